/**
 * The three-map web the cross-map tests read, built through importMap and tests/support/web-fixtures.ts (the mutations):
 *
 *   map A:  pa asserts a1;  a1 > a2 > a3;  a4 > a5           (pa: Putin as map A names him)
 *   map B:  b1 > b2;  b5 about pb;  b5 > b6                  (pb: Putin as map B names him)
 *   map C:  c1 > c2 > c3
 *   entity putin = {pa, pb};  same claims: {a2, b1}, {b2, c1}, {b6, a4}
 *
 * So pa's support crosses A → B → C, and pb's crosses B → A: both directions. Each hop is a step:
 * c3 is 6 steps from a1 (a1 > a2, hop, b1 > b2, hop, c1 > c2 > c3).
 */
import type { TestApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { linkEntity, linkSameClaims } from '../support/web-fixtures.ts';

export interface Web {
  a: BuiltMap;
  b: BuiltMap;
  c: BuiltMap;
  putin: string;
  /** The full id of a claim or actor by its key; the key's first letter names its map. */
  id: (key: string) => string;
}

export async function buildWeb(api: TestApi, purpose: string): Promise<Web> {
  const [a, b, c] = await Promise.all([
    buildMap(api, `${purpose}-a`, ['pa asserts a1', 'a1 > a2', 'a2 > a3', 'a4 > a5']),
    buildMap(api, `${purpose}-b`, ['b1 > b2', 'b5 about pb', 'b5 > b6']),
    buildMap(api, `${purpose}-c`, ['c1 > c2', 'c2 > c3']),
  ]);
  const maps: Record<string, BuiltMap> = { a, b, c };
  const id = (key: string) => maps[key.replace(/^p/, '')[0]!]!.id(key);
  const putin = await linkEntity(api, 'Vladimir Putin', [id('pa'), id('pb')]);
  for (const members of [
    ['a2', 'b1'],
    ['b2', 'c1'],
    ['b6', 'a4'],
  ]) {
    await linkSameClaims(api, members.map(id));
  }
  return { a, b, c, putin, id };
}

/** Each dependent of the web's entity: its distance and the actor its chain starts from. */
export const webDependents: Record<string, { distance: number; actor: 'pa' | 'pb' }> = {
  a1: { distance: 0, actor: 'pa' },
  a2: { distance: 1, actor: 'pa' },
  a3: { distance: 2, actor: 'pa' },
  b1: { distance: 2, actor: 'pa' },
  b2: { distance: 3, actor: 'pa' },
  c1: { distance: 4, actor: 'pa' },
  c2: { distance: 5, actor: 'pa' },
  c3: { distance: 6, actor: 'pa' },
  b5: { distance: 0, actor: 'pb' },
  b6: { distance: 1, actor: 'pb' },
  a4: { distance: 2, actor: 'pb' },
  a5: { distance: 3, actor: 'pb' },
};
