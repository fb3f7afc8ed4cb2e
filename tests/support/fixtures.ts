/**
 * A small map with one of everything, loaded through the importMap mutation, and a one-line check
 * that a refused mutation answered with the right code and field and wrote nothing.
 *
 *   alpha ─┐                         doubt ──REBUT a1──▶ alpha
 *          ├─ i1 ─▶ beta ─ i2 ─▶ delta   gap ──UNDERCUT a2──▶ i1
 *   gamma ─┘
 *
 * Roles: alpha, gamma BASIC_PREMISE; beta INTERMEDIATE; delta MAIN_CONCLUSION; doubt, gap
 * UNCONNECTED. Ann asserts alpha and beta is about her; Russia (alias "the Kremlin") asserts delta.
 */
import { expect } from 'vitest';
import { mapSnapshot, uniqueMapId, type TestApi } from './api.ts';

export const smallMapSource = 'Alpha is true. Gamma holds. Beta follows.';

const keys = ['alpha', 'gamma', 'beta', 'delta', 'doubt', 'gap', 'i1', 'i2', 'a1', 'a2', 'ann', 'russia'] as const;
export type SmallMapKey = (typeof keys)[number];

export interface SmallMap {
  mapId: string;
  /** Full id (`<map id>:<key>`) of each element. */
  ids: Record<SmallMapKey, string>;
}

export function smallMapDocument(mapId: string) {
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: 'Small map', source: { title: 'Notes', text: smallMapSource } },
    actors: [
      { id: 'ann', name: 'Ann', kind: 'PERSON', aliases: ['A.'] },
      { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['the Kremlin'] },
    ],
    claims: [
      { id: 'alpha', text: 'Alpha is true.', quote: { text: 'Alpha is true.', start: 0, end: 14 }, tags: ['evidence'] },
      { id: 'gamma', text: 'Gamma holds.', tags: ['evidence', 'implicit'] },
      { id: 'beta', text: 'Beta follows.' },
      { id: 'delta', text: 'Delta is the main conclusion.', tags: ['policy'] },
      { id: 'doubt', text: 'Alpha may not be true.' },
      { id: 'gap', text: 'Alpha does not bear on beta.' },
    ],
    inferences: [
      { id: 'i1', premises: ['alpha', 'gamma'], conclusion: 'beta', scheme: 'Argument from Sign' },
      { id: 'i2', premises: ['beta'], conclusion: 'delta', warrant: 'What follows, holds.' },
    ],
    attacks: [
      { id: 'a1', attacker: 'doubt', kind: 'REBUT', target: 'alpha' },
      { id: 'a2', attacker: 'gap', kind: 'UNDERCUT', target: 'i1' },
    ],
    actorLinks: [
      { actor: 'ann', claim: 'alpha', kind: 'ASSERTS' },
      { actor: 'ann', claim: 'beta', kind: 'ABOUT' },
      { actor: 'russia', claim: 'delta', kind: 'ASSERTS' },
    ],
  };
}

/** Imports the small map under a fresh id; returns the map id and every element's id. */
export async function importSmallMap(api: TestApi, purpose: string): Promise<SmallMap> {
  const mapId = uniqueMapId(purpose);
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
    document: smallMapDocument(mapId),
  });
  const ids = Object.fromEntries(keys.map((key) => [key, `${mapId}:${key}`])) as Record<SmallMapKey, string>;
  return { mapId, ids };
}

export interface Refusal {
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
  /** The input field the error must name (in `extensions.field` and in the message). */
  field: string;
  /** Ids or words the message must also contain. */
  mentions?: string[];
}

/**
 * Runs a mutation that must be refused; checks the code, that field and message name the offending
 * field (and any `mentions`), and that the map is exactly as it was. Returns the error.
 */
export async function expectRefused(
  api: TestApi,
  mapId: string,
  query: string,
  variables: Record<string, unknown>,
  refusal: Refusal,
): Promise<{ message: string; code: unknown; field: unknown }> {
  const before = await mapSnapshot(api.db, mapId);
  const error = await api.fails(query, variables);
  expect(error.code).toBe(refusal.code);
  expect(error.field).toBe(refusal.field);
  expect(error.message).toContain(refusal.field);
  for (const word of refusal.mentions ?? []) expect(error.message).toContain(word);
  expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  return error;
}

/** A small document with every element kind and relation. */
export function everyKindDocument(mapId: string) {
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: 'Every kind', source: { text: 'Alpha is true. Beta follows.' } },
    actors: [{ id: 'ann', name: 'Ann', kind: 'PERSON', aliases: ['A.'] }],
    claims: [
      { id: 'alpha', text: 'Alpha is true.', quote: { text: 'Alpha is true.', start: 0, end: 14 }, tags: ['evidence'] },
      { id: 'gamma', text: 'Gamma holds.' },
      { id: 'beta', text: 'Beta follows.', quote: { text: 'Beta follows.', start: 15, end: 28 } },
      { id: 'doubt', text: 'Alpha may be false.' },
      { id: 'gap', text: 'Alpha does not bear on beta.' },
    ],
    inferences: [{ id: 'i1', premises: ['alpha', 'gamma'], conclusion: 'beta', scheme: 'Argument from Sign' }],
    attacks: [
      { id: 'a1', attacker: 'doubt', kind: 'REBUT', target: 'alpha' },
      { id: 'a2', attacker: 'gap', kind: 'UNDERCUT', target: 'i1' },
    ],
    actorLinks: [
      { actor: 'ann', claim: 'alpha', kind: 'ASSERTS' },
      { actor: 'ann', claim: 'beta', kind: 'ABOUT' },
    ],
    rephrases: [{ id: 'r1', from: 'alpha', to: 'gamma', scheme: 'Restatement' }],
    preferences: [{ id: 'p1', preferred: 'a1', over: 'a2' }],
  };
}
