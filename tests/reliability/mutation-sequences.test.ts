/**
 * Property: any sequence of mutations — creating claims, linking them by inferences and attacks,
 * removing links, deleting claims with and without cascade — leaves a sound map (invariants.cypher),
 * and every step answers data or a documented error, never INTERNAL_SERVER_ERROR.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { sound, violations } from './invariants.ts';
import { runStep, step } from './mutation-steps.ts';

const api = useApi();
const runs = Number(process.env.ARGMAP_SEQUENCE_RUNS ?? 25);
const documented = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']);

describe('random mutation sequences', () => {
  it('keep the invariants, and answer only documented codes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (sequence) => {
        const mapId = uniqueMapId('sequence');
        await api.ok(`mutation { createMap(input: {id: "${mapId}", title: "Sequence"}) { id } }`);
        for (const s of sequence) {
          const codes = await runStep(api.run, mapId, s);
          expect(
            codes.filter((code) => !documented.has(code)),
            JSON.stringify(s),
          ).toEqual([]);
        }
        expect(await violations(api.db, mapId)).toEqual(sound);
      }),
      { numRuns: runs },
    );
  }, 300_000);
});
