/**
 * The steps of random mutation sequences (property and concurrency tests): create claims, link them
 * by inferences and attacks, remove links, delete claims with and without cascade — over a handful
 * of keys, so that steps collide with each other often.
 */
import fc from 'fast-check';
import type { TestApi } from '../support/api.ts';

const claimKey = fc.constantFrom('c0', 'c1', 'c2', 'c3', 'c4', 'c5');
const linkKey = fc.constantFrom('l0', 'l1', 'l2', 'l3');
export const step = fc.oneof(
  fc.record({ op: fc.constant('createClaim' as const), key: claimKey }),
  fc.record({
    op: fc.constant('addInference' as const),
    key: linkKey,
    premises: fc.uniqueArray(claimKey, { minLength: 1, maxLength: 3 }),
    conclusion: claimKey,
  }),
  fc.record({
    op: fc.constant('addAttack' as const),
    key: linkKey,
    attacker: claimKey,
    target: fc.oneof(claimKey, linkKey),
    kind: fc.constantFrom('REBUT', 'UNDERCUT'),
  }),
  fc.record({ op: fc.constant('deleteClaim' as const), key: claimKey, cascade: fc.boolean() }),
  fc.record({ op: fc.constant('removeInference' as const), key: linkKey }),
  fc.record({ op: fc.constant('removeAttack' as const), key: linkKey }),
);
export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

export type Run = TestApi['run'];

/** Runs one step against `mapId`; returns the error codes it answered (none when it succeeded). */
export async function runStep(run: Run, mapId: string, s: Step): Promise<string[]> {
  const id = (key: string) => `${mapId}:${key}`;
  const call = (() => {
    switch (s.op) {
      case 'createClaim':
        return {
          query: `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`,
          variables: { input: { mapId, key: s.key, text: `Claim ${s.key}.` } },
        };
      case 'addInference':
        return {
          query: `mutation($input: AddInferenceInput!) { addInference(input: $input) { id } }`,
          variables: { input: { key: `i${s.key}`, premiseIds: s.premises.map(id), conclusionId: id(s.conclusion) } },
        };
      case 'addAttack':
        return {
          query: `mutation($input: AddAttackInput!) { addAttack(input: $input) { id } }`,
          variables: {
            input: {
              key: `a${s.key}`,
              attackerId: id(s.attacker),
              targetId: id(s.target.startsWith('l') ? `i${s.target}` : s.target),
              kind: s.kind,
            },
          },
        };
      case 'deleteClaim':
        return {
          query: `mutation($id: ID!, $cascade: Boolean) { deleteClaim(id: $id, cascade: $cascade) { deletedClaimId } }`,
          variables: { id: id(s.key), cascade: s.cascade },
        };
      case 'removeInference':
        return { query: `mutation($id: ID!) { removeInference(id: $id) }`, variables: { id: id(`i${s.key}`) } };
      case 'removeAttack':
        return { query: `mutation($id: ID!) { removeAttack(id: $id) }`, variables: { id: id(`a${s.key}`) } };
    }
  })();
  const result = await run(call.query, call.variables);
  return (result.errors ?? []).map((error) => String(error.extensions.code));
}
