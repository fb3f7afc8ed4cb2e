import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();

const justificationQuery = `query($id: ID!, $maxDepth: Int) {
  justification(conclusionId: $id, maxDepth: $maxDepth) {
    nodes { id kind label role }
    edges { id source target kind }
  }
}`;

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

/** The justification graph of a claim, as sorted lines `KIND key` and `source KIND target`. */
async function justificationOf(map: BuiltMap, key: string, maxDepth?: number) {
  const data = await api.ok(justificationQuery, { id: map.id(key), maxDepth });
  const { nodes, edges } = data.justification as { nodes: GraphNode[]; edges: GraphEdge[] };
  const local = (id: string) => id.slice(map.mapId.length + 1);
  return {
    raw: { nodes, edges },
    nodes: nodes.map((node) => `${node.kind} ${local(node.id)}`).sort(),
    edges: edges.map((edge) => `${local(edge.source)} ${edge.kind} ${local(edge.target)}`).sort(),
  };
}

/**
 * d is concluded from c (linked from a and b) and from e; f supports a one step further down.
 * r rebuts c, u undercuts the linked inference, s rebuts f; d supports top, and z > q is elsewhere.
 */
const lines = [
  'a+b > c',
  'c > d',
  'e > d',
  'f > a',
  'r rebuts c',
  'u undercuts a.b-c',
  's rebuts f',
  'd > top',
  'z > q',
  'ann asserts a',
];

describe('justification: the support subgraph', () => {
  it('holds every claim and inference within maxDepth and the attacks on them, nothing outside', async () => {
    const map = await buildMap(api, 'justify', lines);
    const graph = await justificationOf(map, 'd', 2);
    expect(graph.nodes).toEqual(
      [
        'CLAIM d',
        'CLAIM c',
        'CLAIM e',
        'CLAIM a',
        'CLAIM b',
        'CLAIM r',
        'CLAIM u',
        'INFERENCE c-d',
        'INFERENCE e-d',
        'INFERENCE a.b-c',
        'ATTACK r-rebuts-c',
        'ATTACK u-undercuts-a.b-c',
      ].sort(),
    );
  });

  it('draws premises, conclusions, attackers, rebuttals and undercuts as edges', async () => {
    const map = await buildMap(api, 'justify-edges', lines);
    const graph = await justificationOf(map, 'd', 2);
    expect(graph.edges).toEqual(
      [
        'a PREMISE a.b-c',
        'b PREMISE a.b-c',
        'a.b-c CONCLUSION c',
        'c PREMISE c-d',
        'c-d CONCLUSION d',
        'e PREMISE e-d',
        'e-d CONCLUSION d',
        'r ATTACKER r-rebuts-c',
        'r-rebuts-c REBUTS c',
        'u ATTACKER u-undercuts-a.b-c',
        'u-undercuts-a.b-c UNDERCUTS a.b-c',
      ].sort(),
    );
  });

  it('gives each node once and each edge a unique id between its nodes', async () => {
    const map = await buildMap(api, 'justify-ids', lines);
    const { raw } = await justificationOf(map, 'd', 6);
    const ids = new Set(raw.nodes.map((node) => node.id));
    expect(ids.size).toBe(raw.nodes.length);
    expect(new Set(raw.edges.map((edge) => edge.id)).size).toBe(raw.edges.length);
    for (const edge of raw.edges) expect([ids.has(edge.source), ids.has(edge.target)], edge.id).toEqual([true, true]);
  });

  it('labels claims with their text and role', async () => {
    const map = await buildMap(api, 'justify-labels', lines);
    const { raw } = await justificationOf(map, 'd', 1);
    expect(raw.nodes.find((node) => node.id === map.id('c'))).toEqual({
      id: map.id('c'),
      kind: 'CLAIM',
      label: 'Claim c.',
      role: 'INTERMEDIATE',
    });
    expect(raw.nodes.find((node) => node.id === map.id('e'))).toMatchObject({ role: 'BASIC_PREMISE' });
  });

  it('goes one step further down with a larger maxDepth', async () => {
    const map = await buildMap(api, 'justify-deeper', lines);
    const [two, three] = [await justificationOf(map, 'd', 2), await justificationOf(map, 'd', 3)];
    expect(three.nodes.filter((node) => !two.nodes.includes(node))).toEqual([
      'ATTACK s-rebuts-f',
      'CLAIM f',
      'CLAIM s',
      'INFERENCE f-a',
    ]);
  });

  it('is only the conclusion, with the attacks on it, for a claim nothing supports', async () => {
    const map = await buildMap(api, 'justify-alone', ['a > b', 'r rebuts a']);
    const graph = await justificationOf(map, 'a');
    expect(graph).toMatchObject({
      nodes: ['ATTACK r-rebuts-a', 'CLAIM a', 'CLAIM r'],
      edges: ['r ATTACKER r-rebuts-a', 'r-rebuts-a REBUTS a'],
    });
  });
});

describe('justification: cyclic support', () => {
  it('terminates with each claim and inference of the cycle once', async () => {
    const map = await buildMap(api, 'justify-cycle', ['a > b', 'b > c', 'c > a', 'x > a']);
    const graph = await justificationOf(map, 'a', 10);
    expect(graph.nodes).toEqual([
      'CLAIM a',
      'CLAIM b',
      'CLAIM c',
      'CLAIM x',
      'INFERENCE a-b',
      'INFERENCE b-c',
      'INFERENCE c-a',
      'INFERENCE x-a',
    ]);
    expect(graph.edges).toEqual(
      [
        'a PREMISE a-b',
        'a-b CONCLUSION b',
        'b PREMISE b-c',
        'b-c CONCLUSION c',
        'c PREMISE c-a',
        'c-a CONCLUSION a',
        'x PREMISE x-a',
        'x-a CONCLUSION a',
      ].sort(),
    );
  });
});

describe('justification: arguments', () => {
  it.each([0, 11])('refuses maxDepth = %i with BAD_USER_INPUT naming it', async (maxDepth) => {
    const map = await buildMap(api, 'justify-bad', ['a > b']);
    const error = await api.fails(justificationQuery, { id: map.id('b'), maxDepth });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
  });

  it('answers NOT_FOUND for an unknown conclusion', async () => {
    const error = await api.fails(justificationQuery, { id: `${unknownMapId()}:no-such-claim` });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'conclusionId' });
  });
});
