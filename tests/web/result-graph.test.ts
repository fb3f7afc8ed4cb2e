import { describe, expect, it } from 'vitest';
import { resultGraph } from '../../web/explorer/result-graph.ts';

const claim = (id: string, text = `text of ${id}`) => ({ id, text });

describe('resultGraph: what the explorer panel finds to draw in a result', () => {
  it('merges every chain of a reasoningChains result, each claim and inference once', () => {
    const step = (from: string, inference: string, to: string) => ({
      kind: 'SUPPORT',
      from: { id: from },
      inference: { id: inference },
      to: { id: to },
    });
    const result = {
      data: {
        reasoningChains: {
          edges: [
            { node: { claims: [claim('a'), claim('c')], steps: [step('a', 'i1', 'c')] } },
            { node: { claims: [claim('b'), claim('a'), claim('c')], steps: [step('b', 'i2', 'a'), step('a', 'i1', 'c')] } },
          ],
        },
      },
    };
    const graph = resultGraph(result)!;
    expect(
      graph.nodes
        .filter((n) => n.kind === 'CLAIM')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(
      graph.nodes
        .filter((n) => n.kind === 'INFERENCE')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['i1', 'i2']);
    expect(graph.edges.map((e) => `${e.source}-${e.kind}-${e.target}`).sort()).toEqual([
      'a-PREMISE-i1',
      'b-PREMISE-i2',
      'i1-CONCLUSION-c',
      'i2-CONCLUSION-a',
    ]);
  });

  it('reads chains whose claims carry only keys and whose inferences carry no ids (the consequences example)', () => {
    const chain = {
      claims: [{ key: 'p', role: 'BASIC_PREMISE' }, { key: 'q' }, { key: 'r' }],
      inferences: [{ schemeName: 'x' }, {}],
    };
    const graph = resultGraph({ consequences: { edges: [{ node: chain }] } })!;
    expect(graph.nodes.filter((n) => n.kind === 'CLAIM')).toHaveLength(3);
    expect(graph.nodes.filter((n) => n.kind === 'INFERENCE')).toHaveLength(2);
    expect(graph.nodes.find((n) => n.id === 'p')!.role).toBe('BASIC_PREMISE');
    expect(graph.edges).toHaveLength(4);
  });

  it("draws dependentClaims through each dependent claim's chain, and a same-claim hop as a rephrase", () => {
    const chain = {
      claims: [claim('m1:x'), claim('m2:x'), claim('m2:y')],
      steps: [
        { kind: 'SAME_CLAIM', from: { id: 'm1:x' }, inference: null, to: { id: 'm2:x' } },
        { kind: 'SUPPORT', from: { id: 'm2:x' }, inference: { id: 'm2:i' }, to: { id: 'm2:y' } },
      ],
    };
    const result = { dependentClaims: { edges: [{ node: { claim: claim('m2:y'), distance: 2, chain } }] } };
    const graph = resultGraph(result)!;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['m1:x', 'm2:i', 'm2:x', 'm2:y']);
    expect(graph.edges.some((e) => e.kind === 'REPHRASE' && e.source === 'm1:x' && e.target === 'm2:x')).toBe(true);
  });

  it("draws a dependent claim's chain from its claims alone (the depends-on-putin example), but no other list of claims", () => {
    const node = (keys: string[]) => ({ node: { claim: { key: keys.at(-1) }, chain: { claims: keys.map((key) => ({ key })) } } });
    const graph = resultGraph({ actor: { dependentClaims: { edges: [node(['a']), node(['a', 'b']), node(['a', 'b', 'c'])] } } })!;
    expect(
      graph.nodes
        .filter((n) => n.kind === 'CLAIM')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(graph.nodes.filter((n) => n.kind === 'INFERENCE')).toHaveLength(2);
    expect(resultGraph({ inference: { claims: [{ id: 'a' }, { id: 'b' }] } })).toBeNull();
  });

  it('takes a Graph as it is, and the Cytoscape JSON string exportMap answers', () => {
    const graph = {
      nodes: [
        { id: 'c1', kind: 'CLAIM', label: 'one', role: 'MAIN_CONCLUSION' },
        { id: 'i1', kind: 'INFERENCE', label: '', role: null },
        { id: 'c2', kind: 'CLAIM', label: 'two', role: null },
      ],
      edges: [
        { id: 'e1', source: 'c2', target: 'i1', kind: 'PREMISE' },
        { id: 'e2', source: 'i1', target: 'c1', kind: 'CONCLUSION' },
      ],
    };
    expect(resultGraph({ data: { justification: graph } })).toEqual(graph);
    const cytoscapeJson = JSON.stringify({
      elements: { nodes: graph.nodes.map((data) => ({ data })), edges: graph.edges.map((data) => ({ data })) },
    });
    expect(resultGraph({ data: { exportMap: cytoscapeJson } })).toEqual(graph);
  });

  it('finds nothing to draw in a result without a graph or a chain, or in an error', () => {
    expect(resultGraph({ data: { claim: claim('a') } })).toBeNull();
    expect(resultGraph({ data: { reasoningChains: { edges: [] } } })).toBeNull();
    expect(resultGraph({ errors: [{ message: 'nope' }] })).toBeNull();
    expect(resultGraph(undefined)).toBeNull();
  });
});
