import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';

const api = useApi();

interface GraphNode {
  id: string;
  kind: string;
  label: string;
  role: string | null;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

/** The flat graph of a built map, raw and as sorted lines `source KIND target` of local keys. */
async function graphOf(map: BuiltMap) {
  const data = await api.ok(
    `query($id: ID!) { map(id: $id) { graph {
    nodes { id kind label role }
    edges { id source target kind }
  } } }`,
    { id: map.mapId },
  );
  const { nodes, edges } = data.map.graph as { nodes: GraphNode[]; edges: GraphEdge[] };
  const local = (id: string) => id.slice(map.mapId.length + 1);
  return { nodes, edges, edgeLines: edges.map((edge) => `${local(edge.source)} ${edge.kind} ${local(edge.target)}`).sort() };
}

/** Every element kind and every relation: linked support, a chain, a rebuttal, an undercut, actor links. */
const lines = ['a+b > c', 'c > d', 'r rebuts c', 'u undercuts a.b-c', 'ann asserts a', 'd about ann', 'lonely'];

describe('ArgumentMap.graph: nodes', () => {
  it('lists every claim, inference, attack and actor once, with its label and a role for claims', async () => {
    const map = await buildMap(api, 'graph-nodes', lines);
    const { nodes } = await graphOf(map);
    const claim = (key: string, role: string) => ({ id: map.id(key), kind: 'CLAIM', label: `Claim ${key}.`, role });
    const other = (key: string, kind: string, label: string) => ({ id: map.id(key), kind, label, role: null });
    const byId = (left: GraphNode, right: GraphNode) => left.id.localeCompare(right.id);
    expect([...nodes].sort(byId)).toEqual(
      [
        claim('a', 'BASIC_PREMISE'),
        claim('b', 'BASIC_PREMISE'),
        claim('c', 'INTERMEDIATE'),
        claim('d', 'MAIN_CONCLUSION'),
        claim('r', 'UNCONNECTED'),
        claim('u', 'UNCONNECTED'),
        claim('lonely', 'UNCONNECTED'),
        other('a.b-c', 'INFERENCE', 'inference'),
        other('c-d', 'INFERENCE', 'inference'),
        other('r-rebuts-c', 'ATTACK', 'rebuttal'),
        other('u-undercuts-a.b-c', 'ATTACK', 'undercut'),
        other('ann', 'ACTOR', 'ann'),
      ].sort(byId),
    );
  });

  it('lists the nodes of a map that has no edges at all', async () => {
    const map = await buildMap(api, 'graph-no-edges', ['x', 'y']);
    const { nodes, edges } = await graphOf(map);
    expect(nodes.map((node) => node.id).sort()).toEqual([map.id('x'), map.id('y')]);
    expect(edges).toEqual([]);
  });
});

describe('ArgumentMap.graph: edges', () => {
  it('draws every relation as an edge of its kind', async () => {
    const map = await buildMap(api, 'graph-edges', lines);
    expect((await graphOf(map)).edgeLines).toEqual(
      [
        'a PREMISE a.b-c',
        'b PREMISE a.b-c',
        'a.b-c CONCLUSION c',
        'c PREMISE c-d',
        'c-d CONCLUSION d',
        'r ATTACKER r-rebuts-c',
        'r-rebuts-c REBUTS c',
        'u ATTACKER u-undercuts-a.b-c',
        'u-undercuts-a.b-c UNDERCUTS a.b-c',
        'ann ASSERTS a',
        'd ABOUT ann',
      ].sort(),
    );
  });

  it('gives every edge a unique id and ends that are nodes of the graph', async () => {
    const map = await buildMap(api, 'graph-ends', lines);
    const { nodes, edges } = await graphOf(map);
    const ids = new Set(nodes.map((node) => node.id));
    expect(ids.size).toBe(nodes.length);
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    for (const edge of edges) expect([ids.has(edge.source), ids.has(edge.target)], edge.id).toEqual([true, true]);
  });
});

describe('ArgumentMap.graph: isolation', () => {
  it('holds nothing of another map with the same keys', async () => {
    const [map, neighbour] = [
      await buildMap(api, 'graph-mine', lines),
      await buildMap(api, 'graph-theirs', [...lines, 'lonely > d']),
    ];
    const { nodes, edges } = await graphOf(map);
    const ours = (id: string) => id.startsWith(`${map.mapId}:`);
    expect(nodes.every((node) => ours(node.id))).toBe(true);
    expect(edges.every((edge) => ours(edge.source) && ours(edge.target))).toBe(true);
    expect([nodes.length, edges.length]).toEqual([12, 11]);
    expect((await graphOf(neighbour)).edges).toHaveLength(13);
  });
});

describe('ArgumentMap.counts', () => {
  it('counts claims, inferences, attacks and actors, as many as the graph has nodes of each kind', async () => {
    const map = await buildMap(api, 'graph-counts', lines);
    const data = await api.ok(
      `query($id: ID!) { map(id: $id) { counts { claims inferences attacks actors } graph { nodes { kind } } } }`,
      {
        id: map.mapId,
      },
    );
    expect(data.map.counts).toEqual({ claims: 7, inferences: 2, attacks: 2, actors: 1 });
    const ofKind = (kind: string) => data.map.graph.nodes.filter((node: { kind: string }) => node.kind === kind).length;
    expect(data.map.counts).toEqual({
      claims: ofKind('CLAIM'),
      inferences: ofKind('INFERENCE'),
      attacks: ofKind('ATTACK'),
      actors: ofKind('ACTOR'),
    });
  });
});
