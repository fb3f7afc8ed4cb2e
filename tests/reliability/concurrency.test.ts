/**
 * Many clients editing one map at once: racing creates of one id, and random mixes of creating,
 * linking and deleting with cascade. Conflicts are answered CONFLICT (or NOT_FOUND for what a
 * concurrent client just deleted), never INTERNAL_SERVER_ERROR, and the map stays sound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { sound, violations } from './invariants.ts';
import { runStep, step } from './mutation-steps.ts';

const api = useApi();
const clients = Number(process.env.ARGMAP_CONCURRENT_CLIENTS ?? 8);
const documented = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

async function newMap(purpose: string): Promise<string> {
  const mapId = uniqueMapId(purpose);
  await api.ok(`mutation { createMap(input: {id: "${mapId}", title: "Concurrency"}) { id } }`);
  return mapId;
}

describe('concurrency: many clients on one map', () => {
  it('lets exactly one of many racing creates of the same id win; the rest are CONFLICT', async () => {
    const mapId = await newMap('race');
    const results = await Promise.all(
      Array.from({ length: clients }, (_, n) =>
        api.run(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`, {
          input: { mapId, key: 'same', text: `Client ${n}.` },
        }),
      ),
    );
    expect(results.filter((result) => result.data?.createClaim).length).toBe(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions.code)).toEqual(
      Array(clients - 1).fill('CONFLICT'),
    );
  });

  it('keeps the map sound under random concurrent creating, linking and cascading deletes', async () => {
    const mapId = await newMap('mix');
    const scripts = fc.sample(fc.array(step, { minLength: 15, maxLength: 15 }), { numRuns: clients, seed: 42 });
    const codes = (
      await Promise.all(
        scripts.map(async (script) => {
          const answered: string[] = [];
          for (const s of script) answered.push(...(await runStep(api.run, mapId, s)));
          return answered;
        }),
      )
    ).flat();
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
    expect(await violations(api.db, mapId)).toEqual(sound);
    console.log(`[concurrency] ${clients} clients × 15 steps; refusals: ${codes.length} (${[...new Set(codes)].join(', ')})`);
  });
});
