/**
 * The Neo4j-backed evaluation (importMap, the structure query, the in-memory fixpoint, the GraphQL
 * answer) against the naive reference of reference-grounded.ts, on 150 small random maps
 * (fast-check, fixed seed), each with a random rejection of claims and actors; circular reasoning
 * against brute force on the same maps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { randomMap, randomMapDocument } from './random-maps.ts';
import { describe as describeCycle, referenceCycles, referenceLabels } from './reference-grounded.ts';

const api = useApi();

const query = `query($mapId: ID!, $reject: RejectionInput) {
  base: evaluate(mapId: $mapId) { labels { claimId status } }
  rejected: evaluate(mapId: $mapId, reject: $reject) { labels { claimId status } changed { claimId before after } }
  circularReasoning(mapId: $mapId, limit: 1000) { claims { key } inferences { key } }
}`;

describe('evaluate: random maps against the reference', () => {
  it('agrees label by label, with and without the rejection, and on what changed', async () => {
    await fc.assert(
      fc.asyncProperty(randomMap, async (random) => {
        const mapId = uniqueMapId('random');
        await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
          document: randomMapDocument(mapId, random),
        });
        const id = (key: string) => `${mapId}:${key}`;
        const data = await api.ok(query, {
          mapId,
          reject: { claimIds: random.reject.claims.map(id), actorIds: random.reject.actors.map(id) },
        });
        const byKey = (labels: { claimId: string; status: string }[]) =>
          Object.fromEntries(labels.map((label) => [label.claimId.slice(mapId.length + 1), label.status]));
        const before = referenceLabels(random.map);
        const after = referenceLabels(random.map, random.reject);
        expect(byKey(data.base.labels)).toEqual(before);
        expect(byKey(data.rejected.labels)).toEqual(after);
        expect(data.rejected.changed.map((change: { claimId: string }) => change.claimId.slice(mapId.length + 1))).toEqual(
          random.map.claims.filter((claim) => before[claim] !== after[claim]).sort(),
        );
        const cycles = data.circularReasoning.map((cycle: { claims: { key: string }[]; inferences: { key: string }[] }) =>
          describeCycle(cycle.claims.flatMap((claim, i) => [claim.key, cycle.inferences[i]!.key])),
        );
        expect(cycles.sort()).toEqual(referenceCycles(random.map));
      }),
      { seed: 20240611, numRuns: 150 },
    );
    // 150 maps through Neo4j: a limit for a loaded CI machine, not a timing assertion.
  }, 300_000);
});
