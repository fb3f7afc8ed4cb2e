import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { chain, chainQuery, readChains } from '../support/chains.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();
const chainsQuery = chainQuery('reasoningChains');

/** The chains of `reasoningChains` from a claim of the map, as keys. */
const chainsTo = (map: BuiltMap, key: string, args?: { maxDepth?: number }) => readChains(api, 'reasoningChains', map, key, args);

describe('reasoningChains: a linear chain', () => {
  const lines = ['a > b', 'b > c', 'c > d'];

  it('returns the one chain from the basic premise up to the conclusion', async () => {
    const map = await buildMap(api, 'linear', lines);
    expect(await chainsTo(map, 'd')).toEqual([chain(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d'], 'BASIC_PREMISE')]);
  });

  it('gives steps that go from claims[i] by inferences[i] to claims[i+1]', async () => {
    const map = await buildMap(api, 'steps', lines);
    const data = await api.ok(
      `query($id: ID!) { reasoningChains(conclusionId: $id) { edges { node {
      steps { from { key } inference { key conclusion { key } premises { key } } to { key } }
    } } } }`,
      { id: map.id('d') },
    );
    expect(data.reasoningChains.edges[0].node.steps).toEqual([
      { from: { key: 'a' }, inference: { key: 'a-b', premises: [{ key: 'a' }], conclusion: { key: 'b' } }, to: { key: 'b' } },
      { from: { key: 'b' }, inference: { key: 'b-c', premises: [{ key: 'b' }], conclusion: { key: 'c' } }, to: { key: 'c' } },
      { from: { key: 'c' }, inference: { key: 'c-d', premises: [{ key: 'c' }], conclusion: { key: 'd' } }, to: { key: 'd' } },
    ]);
  });

  it('starts from an intermediate claim as from any conclusion', async () => {
    const map = await buildMap(api, 'intermediate', lines);
    expect(await chainsTo(map, 'b')).toEqual([chain(['a', 'b'], ['a-b'], 'BASIC_PREMISE')]);
  });
});

describe('reasoningChains: linked premises', () => {
  it('gives one chain per premise, both through the one inference', async () => {
    const map = await buildMap(api, 'linked', ['a+b > c']);
    expect(await chainsTo(map, 'c')).toEqual([
      chain(['a', 'c'], ['a.b-c'], 'BASIC_PREMISE'),
      chain(['b', 'c'], ['a.b-c'], 'BASIC_PREMISE'),
    ]);
  });
});

describe('reasoningChains: convergent support', () => {
  it('gives a chain through each inference into the claim, shortest first', async () => {
    const map = await buildMap(api, 'convergent', ['a > c', 'b > c', 'x > a']);
    expect(await chainsTo(map, 'c')).toEqual([
      chain(['b', 'c'], ['b-c'], 'BASIC_PREMISE'),
      chain(['x', 'a', 'c'], ['x-a', 'a-c'], 'BASIC_PREMISE'),
    ]);
  });
});

describe('reasoningChains: maxDepth', () => {
  const lines = ['a > b', 'b > c', 'c > d'];

  it('cuts a longer chain at maxDepth and ends it DEPTH_LIMIT', async () => {
    const map = await buildMap(api, 'depth-cut', lines);
    expect(await chainsTo(map, 'd', { maxDepth: 2 })).toEqual([chain(['b', 'c', 'd'], ['b-c', 'c-d'], 'DEPTH_LIMIT')]);
  });

  it('ends BASIC_PREMISE when the chain reaches its premise exactly at maxDepth', async () => {
    const map = await buildMap(api, 'depth-exact', lines);
    expect(await chainsTo(map, 'd', { maxDepth: 3 })).toEqual([
      chain(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d'], 'BASIC_PREMISE'),
    ]);
  });

  it('follows a chain up to the ceiling of 10 inferences', async () => {
    const keys = Array.from({ length: 12 }, (_, index) => `k${String(index).padStart(2, '0')}`);
    const map = await buildMap(
      api,
      'depth-ceiling',
      keys.slice(1).map((key, index) => `${keys[index]} > ${key}`),
    );
    const [longest, ...others] = await chainsTo(map, 'k11', { maxDepth: 10 });
    expect(others).toEqual([]);
    expect(longest).toMatchObject({ claims: keys.slice(1), length: 10, end: 'DEPTH_LIMIT' });
  });
});

describe('reasoningChains: cyclic support', () => {
  const lines = ['a > b', 'b > c', 'c > a', 'x > a'];

  it('terminates and returns each path once', async () => {
    const map = await buildMap(api, 'cycle', lines);
    expect(await chainsTo(map, 'a', { maxDepth: 10 })).toEqual([
      chain(['x', 'a'], ['x-a'], 'BASIC_PREMISE'),
      chain(['b', 'c', 'a'], ['b-c', 'c-a'], 'CYCLE'),
    ]);
  });

  it('never repeats a claim within a chain', async () => {
    const map = await buildMap(api, 'cycle-distinct', lines);
    for (const key of ['a', 'b', 'c']) {
      for (const found of await chainsTo(map, key, { maxDepth: 10 })) {
        expect(new Set(found.claims).size, found.claims.join(' > ')).toBe(found.claims.length);
      }
    }
  });

  it('goes round the cycle to the way out when there is one', async () => {
    const map = await buildMap(api, 'cycle-exit', lines);
    expect(await chainsTo(map, 'c', { maxDepth: 10 })).toEqual([
      chain(['x', 'a', 'b', 'c'], ['x-a', 'a-b', 'b-c'], 'BASIC_PREMISE'),
    ]);
  });

  it('ends CYCLE, not DEPTH_LIMIT, at maxDepth when the only way on is back into the chain', async () => {
    const map = await buildMap(api, 'cycle-at-depth', ['a > b', 'b > c', 'c > a']);
    expect(await chainsTo(map, 'a', { maxDepth: 2 })).toEqual([chain(['b', 'c', 'a'], ['b-c', 'c-a'], 'CYCLE')]);
  });

  it('returns every ordering once in a web where each claim supports every other', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const map = await buildMap(
      api,
      'cycle-web',
      keys.flatMap((from) => keys.filter((to) => to !== from).map((to) => `${from} > ${to}`)),
    );
    const found = await chainsTo(map, 'a', { maxDepth: 10 });
    expect(found).toHaveLength(24); // 4! orderings of b, c, d, e below a
    expect(new Set(found.map((each) => each.claims.join(' '))).size).toBe(24);
    expect(found.every((each) => each.length === 4 && each.end === 'CYCLE' && each.claims.at(-1) === 'a')).toBe(true);
  });
});

describe('reasoningChains: arguments', () => {
  it.each([
    ['maxDepth', 0],
    ['maxDepth', 11],
    ['first', 0],
    ['first', 101],
  ])('refuses %s = %i with BAD_USER_INPUT naming the argument', async (name, value) => {
    const map = await buildMap(api, 'bad-args', ['a > b']);
    const error = await api.fails(chainsQuery, { id: map.id('b'), [name]: value });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    expect(error.message).toContain(name);
  });

  it('answers NOT_FOUND for an unknown conclusion', async () => {
    const error = await api.fails(chainsQuery, { id: `${unknownMapId()}:no-such-claim` });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'conclusionId' });
  });

  it('answers no chains, not an error, for a claim nothing supports', async () => {
    const map = await buildMap(api, 'unsupported', ['a > b', 'lonely']);
    expect(await chainsTo(map, 'a')).toEqual([]);
    expect(await chainsTo(map, 'lonely')).toEqual([]);
  });
});
