import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();

const cyclesQuery = `query($id: ID!, $limit: Int) {
  circularReasoning(mapId: $id, limit: $limit) { claims { key } inferences { key } length }
}`;

/** Each cycle as `a >a-b> b >b-a>`. */
async function cycles(purpose: string, lines: string[], limit?: number): Promise<string[]> {
  const map = await buildMap(api, purpose, lines);
  const data = await api.ok(cyclesQuery, { id: map.mapId, limit });
  return data.circularReasoning.map((cycle: { claims: { key: string }[]; inferences: { key: string }[]; length: number }) => {
    expect(cycle.length).toBe(cycle.claims.length);
    return cycle.claims.map((claim, i) => `${claim.key} >${cycle.inferences[i]!.key}>`).join(' ');
  });
}

describe('circularReasoning', () => {
  it('gives a cycle once, starting from its smallest claim', async () => {
    expect(await cycles('triangle', ['b > c', 'c > a', 'a > b', 'x > a'])).toEqual(['a >a-b> b >b-c> c >c-a>']);
  });

  it('counts a cycle through linked premises', async () => {
    expect(await cycles('linked', ['a+x > b', 'b > a'])).toEqual(['a >a.x-b> b >b-a>']);
  });

  it('tells apart cycles through the same claims by different inferences, shortest first', async () => {
    expect(await cycles('parallel', ['a > b', 'a+x > b', 'b > a', 'b > c', 'c > a'])).toEqual([
      'a >a-b> b >b-a>',
      'a >a.x-b> b >b-a>',
      'a >a-b> b >b-c> c >c-a>',
      'a >a.x-b> b >b-c> c >c-a>',
    ]);
  });

  it('finds all 20 cycles of four claims that each support every other, and stops at limit', async () => {
    const keys = ['a', 'b', 'c', 'd'];
    const web = keys.flatMap((from) => keys.filter((to) => to !== from).map((to) => `${from} > ${to}`));
    const all = await cycles('web', web);
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
    expect(await cycles('web-limit', web, 5)).toHaveLength(5);
  });

  it('answers no cycles for a map without circular reasoning', async () => {
    expect(await cycles('acyclic', ['a > b', 'b > c', 'a > c', 'c rebuts a'])).toEqual([]);
  });

  it.each([0, 1001])('refuses limit = %i with BAD_USER_INPUT naming limit', async (limit) => {
    const map = await buildMap(api, 'bad-limit', ['a > b']);
    expect(await api.fails(cyclesQuery, { id: map.mapId, limit })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('answers NOT_FOUND naming mapId for an unknown map', async () => {
    expect(await api.fails(cyclesQuery, { id: unknownMapId() })).toMatchObject({ code: 'NOT_FOUND', field: 'mapId' });
  });
});
