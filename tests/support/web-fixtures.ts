/**
 * The web-of-arguments storage (docs: /work/notes/web-model.md, the issue-14 contract) written
 * straight through the driver, for tests of the reads across maps before the mutations that write
 * it (createEntity, linkActorToEntity, linkSameClaim) are merged. Two helpers, each one
 * parameterised write, nothing else:
 *
 *   const putin = await linkEntity(api.db, 'Putin', [a.id('putin'), b.id('vlad')]);
 *   await linkSameClaims(api.db, [a.id('x'), b.id('x2')]);   // one class: Proposition + STATES + SAME_AS
 *
 * Entities get a fresh id each call, so tests sharing the database cannot collide. The lead may
 * switch these to the mutations once merged; the stored shapes are the contract's.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/neo4j/database.ts';

const createEntity = `
CREATE (entity:Entity {id: $id, name: $name, aliases: [], aliasText: '', kind: 'PERSON', sameAs: [], names: [toLower($name)]})
WITH entity
UNWIND $actorIds AS actorId
MATCH (actor:Actor {id: actorId})
CREATE (actor)-[:REFERS_TO]->(entity)
RETURN count(*) AS linked`;

const createClass = `
CREATE (proposition:Proposition {id: $id})
WITH proposition
UNWIND range(0, size($claimIds) - 1) AS index
MATCH (claim:Claim {id: $claimIds[index]})
CREATE (claim)-[:STATES]->(proposition)
WITH proposition, index, claim
OPTIONAL MATCH (previous:Claim {id: $claimIds[index - 1]}) WHERE index > 0
FOREACH (_ IN CASE WHEN previous IS NULL THEN [] ELSE [1] END |
  CREATE (previous)-[:SAME_AS {note: null, at: datetime()}]->(claim))
RETURN count(*) AS linked`;

/** Creates an entity and links each actor (full ids) to it; returns the entity id. */
export async function linkEntity(db: Database, name: string, actorIds: readonly string[]): Promise<string> {
  const id = `t-entity-${randomBytes(4).toString('hex')}`;
  const linked = await db.write(async (tx) => (await tx.run(createEntity, { id, name, actorIds })).records[0]?.get('linked'));
  if (Number(linked) !== actorIds.length) throw new Error(`linkEntity: some of ${actorIds.join(', ')} do not exist`);
  return id;
}

/**
 * Makes the claims (full ids, at most one per map, none already in a class) one same-claim class:
 * a chain of SAME_AS links as asserted, and the Proposition every member STATES.
 */
export async function linkSameClaims(db: Database, claimIds: readonly string[]): Promise<string> {
  const id = `t-proposition-${randomBytes(4).toString('hex')}`;
  const linked = await db.write(async (tx) => (await tx.run(createClass, { id, claimIds })).records[0]?.get('linked'));
  if (Number(linked) !== claimIds.length) throw new Error(`linkSameClaims: some of ${claimIds.join(', ')} do not exist`);
  return id;
}
