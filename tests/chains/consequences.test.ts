import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { chain, chainQuery, readChains } from '../support/chains.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();
const consequencesQuery = chainQuery('consequences');

/** The chains of `consequences` from a claim of the map, as keys. */
const chainsFrom = (map: BuiltMap, key: string, args?: { maxDepth?: number }) => readChains(api, 'consequences', map, key, args);

describe('consequences: a linear chain', () => {
  it('returns the one chain from the premise up to the final conclusion', async () => {
    const map = await buildMap(api, 'up-linear', ['a > b', 'b > c', 'c > d']);
    expect(await chainsFrom(map, 'a')).toEqual([chain(['a', 'b', 'c', 'd'], ['a-b', 'b-c', 'c-d'], 'FINAL_CONCLUSION')]);
  });

  it('gives steps that go from claims[i] by inferences[i] to claims[i+1]', async () => {
    const map = await buildMap(api, 'up-steps', ['a > b', 'b > c']);
    const data = await api.ok(
      `query($id: ID!) { consequences(premiseId: $id) { edges { node {
      steps { from { key } inference { key } to { key } }
    } } } }`,
      { id: map.id('a') },
    );
    expect(data.consequences.edges[0].node.steps).toEqual([
      { from: { key: 'a' }, inference: { key: 'a-b' }, to: { key: 'b' } },
      { from: { key: 'b' }, inference: { key: 'b-c' }, to: { key: 'c' } },
    ]);
  });
});

describe('consequences: linked premises and divergent support', () => {
  it('goes up through a linked inference from either of its premises', async () => {
    const map = await buildMap(api, 'up-linked', ['a+b > c']);
    expect(await chainsFrom(map, 'b')).toEqual([chain(['b', 'c'], ['a.b-c'], 'FINAL_CONCLUSION')]);
  });

  it('gives a chain for each claim the premise supports, shortest first', async () => {
    const map = await buildMap(api, 'up-divergent', ['a > b', 'a > c', 'c > d']);
    expect(await chainsFrom(map, 'a')).toEqual([
      chain(['a', 'b'], ['a-b'], 'FINAL_CONCLUSION'),
      chain(['a', 'c', 'd'], ['a-c', 'c-d'], 'FINAL_CONCLUSION'),
    ]);
  });
});

describe('consequences: maxDepth', () => {
  it('cuts a longer chain at maxDepth and ends it DEPTH_LIMIT', async () => {
    const map = await buildMap(api, 'up-depth', ['a > b', 'b > c', 'c > d']);
    expect(await chainsFrom(map, 'a', { maxDepth: 2 })).toEqual([chain(['a', 'b', 'c'], ['a-b', 'b-c'], 'DEPTH_LIMIT')]);
  });
});

describe('consequences: cyclic support', () => {
  const lines = ['a > b', 'b > c', 'c > a', 'a > x'];

  it('terminates and returns each path once', async () => {
    const map = await buildMap(api, 'up-cycle', lines);
    expect(await chainsFrom(map, 'a', { maxDepth: 10 })).toEqual([
      chain(['a', 'x'], ['a-x'], 'FINAL_CONCLUSION'),
      chain(['a', 'b', 'c'], ['a-b', 'b-c'], 'CYCLE'),
    ]);
  });

  it('goes round the cycle to the way out when there is one', async () => {
    const map = await buildMap(api, 'up-cycle-exit', lines);
    expect(await chainsFrom(map, 'b', { maxDepth: 10 })).toEqual([
      chain(['b', 'c', 'a', 'x'], ['b-c', 'c-a', 'a-x'], 'FINAL_CONCLUSION'),
    ]);
  });
});

describe('consequences: arguments', () => {
  it.each([
    ['maxDepth', 0],
    ['maxDepth', 11],
    ['first', 0],
    ['first', 101],
  ])('refuses %s = %i with BAD_USER_INPUT naming the argument', async (name, value) => {
    const map = await buildMap(api, 'up-bad-args', ['a > b']);
    const error = await api.fails(consequencesQuery, { id: map.id('a'), [name]: value });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    expect(error.message).toContain(name);
  });

  it('answers NOT_FOUND for an unknown premise', async () => {
    const error = await api.fails(consequencesQuery, { id: `${unknownMapId()}:no-such-claim` });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'premiseId' });
  });

  it('answers no chains, not an error, for a claim that supports nothing', async () => {
    const map = await buildMap(api, 'up-final', ['a > b', 'lonely']);
    expect(await chainsFrom(map, 'b')).toEqual([]);
    expect(await chainsFrom(map, 'lonely')).toEqual([]);
  });
});
