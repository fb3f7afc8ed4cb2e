/**
 * The web of arguments between maps (entities over actors, same-claim classes), made through the
 * mutations that write it in the service — createEntity, linkActorToEntity, linkSameClaim — so the
 * tests that read across maps read what the real writes store:
 *
 *   const putin = await linkEntity(api, 'Putin', [a.id('putin'), b.id('vlad')]);
 *   await linkSameClaims(api, [a.id('x'), b.id('x2')]);   // one class, linked x–x2
 *
 * Entities get a fresh id each call, so tests sharing the database cannot collide.
 */
import { randomBytes } from 'node:crypto';
import type { TestApi } from './api.ts';

type Runner = Pick<TestApi, 'ok'>;

/** Creates an entity (a PERSON named `name`) and links each actor (full ids) to it; returns its id. */
export async function linkEntity(api: Runner, name: string, actorIds: readonly string[]): Promise<string> {
  const created = await api.ok<{ createEntity: { id: string } }>(
    `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`,
    { input: { id: `t-entity-${randomBytes(4).toString('hex')}`, name, kind: 'PERSON' } },
  );
  for (const actorId of actorIds) {
    await api.ok(`mutation($a: ID!, $e: ID!) { linkActorToEntity(actorId: $a, entityId: $e) { id } }`, {
      a: actorId,
      e: created.createEntity.id,
    });
  }
  return created.createEntity.id;
}

/**
 * Makes the claims (full ids, at most one per map) one same-claim class by linking each to the
 * next: `[x, y, z]` links x–y and y–z.
 */
export async function linkSameClaims(api: Runner, claimIds: readonly string[]): Promise<void> {
  for (let index = 1; index < claimIds.length; index++) {
    await api.ok(`mutation($c: ID!, $o: ID!) { linkSameClaim(claimId: $c, otherClaimId: $o) { id } }`, {
      c: claimIds[index - 1],
      o: claimIds[index],
    });
  }
}
