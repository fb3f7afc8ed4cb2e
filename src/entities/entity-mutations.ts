/**
 * createEntity, linkActorToEntity, unlinkActorFromEntity and mergeEntities, each one write
 * transaction (audited by Database.write). Every check runs before the first write, so a refused
 * call writes nothing.
 */
import type { CreateEntityInput } from '../graphql/resolvers-types.generated.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { EntityRecord } from '../graphql/records/entity-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';
import { normaliseName } from '../shared/normalise-name.ts';
import {
  checkAliases,
  checkEntityId,
  checkName,
  checkSameAs,
  freeId,
  slugOf,
  storedEntity,
  type StoredEntity,
} from './entity-input.ts';

type Found = EntityRecord & { names: string[] };
const createEntityQuery = defineQuery<{ entity: StoredEntity }, { entity: EntityRecord }>('entities/create-entity');
const idsFrom = defineQuery<{ base: string }, { ids: string[] }>('entities/entity-ids-from');
const findEntities = defineQuery<{ ids: string[] }, { entity: Found }>('entities/find-entities');
const actorsById = defineQuery<{ ids: string[] }, { key: string }>('loaders/actors-by-id');
const linkQuery = defineQuery<{ actorId: string; entityId: string }, { actor: ActorRecord; linkedTo: string | null }>(
  'entities/link-actor-to-entity',
);
const unlinkQuery = defineQuery<{ actorId: string }, { actor: ActorRecord; removed: number }>(
  'entities/unlink-actor-from-entity',
);
const mergeQuery = defineQuery<
  { keepId: string; mergeId: string; keep: Omit<StoredEntity, 'id' | 'name' | 'kind'> },
  { entity: EntityRecord }
>('entities/merge-entities');

export async function createEntity(db: Database, scope: QueryScope, input: CreateEntityInput): Promise<EntityRecord> {
  const name = checkName(input.name, 'input.name');
  const aliases = checkAliases(input.aliases ?? [], name, 'input.aliases');
  const sameAs = checkSameAs(input.sameAs ?? [], 'input.sameAs');
  const given = input.id != null ? checkEntityId(input.id, 'input.id') : null;
  return db.write(async (tx) => {
    const id = given ?? (await freeEntityId(tx, name));
    if (given && (await findEntities.run({ ids: [given] }, tx)).length > 0) {
      throw new ConflictError('input.id', `an entity with id "${given}" already exists`);
    }
    const [row] = await createEntityQuery.run({ entity: storedEntity({ id, name, aliases, kind: input.kind, sameAs }) }, tx);
    return row!.entity;
  }, scope);
}

/** An id made from the name: its slug, or the slug with the first free `-2`, `-3`, … */
export async function freeEntityId(tx: QueryRunner, name: string): Promise<string> {
  const base = slugOf(name);
  const [row] = await idsFrom.run({ base }, tx);
  return freeId(base, row?.ids ?? []);
}

/** Linking an actor already linked to ANOTHER entity is refused (CONFLICT), never a silent relink. */
export async function linkActorToEntity(
  db: Database,
  scope: QueryScope,
  args: { actorId: string; entityId: string },
): Promise<ActorRecord> {
  return db.write(async (tx) => {
    await requireActor(tx, args.actorId);
    await requireEntities(tx, [{ field: 'entityId', id: args.entityId }]);
    const [row] = await linkQuery.run(args, tx);
    if (row!.linkedTo !== null && row!.linkedTo !== args.entityId) {
      throw new ConflictError(
        'actorId',
        `actor "${args.actorId}" is linked to entity "${row!.linkedTo}" already; unlink it first (unlinkActorFromEntity)`,
        { entityId: row!.linkedTo },
      );
    }
    return row!.actor;
  }, scope);
}

export async function unlinkActorFromEntity(db: Database, scope: QueryScope, actorId: string): Promise<ActorRecord> {
  return db.write(async (tx) => {
    await requireActor(tx, actorId);
    const [row] = await unlinkQuery.run({ actorId }, tx);
    if (row!.removed === 0) throw new NotFoundError('actorId', actorId, 'entity link of actor');
    return row!.actor;
  }, scope);
}

/** mergeId's actors move to keepId; its name and aliases become aliases of keepId, sameAs unioned. */
export async function mergeEntities(
  db: Database,
  scope: QueryScope,
  args: { keepId: string; mergeId: string },
): Promise<EntityRecord> {
  if (args.keepId === args.mergeId) throw new BadUserInputError('mergeId', `is the same entity as keepId ("${args.keepId}")`);
  return db.write(async (tx) => {
    const [keep, gone] = await requireEntities(tx, [
      { field: 'keepId', id: args.keepId },
      { field: 'mergeId', id: args.mergeId },
    ]);
    const aliases = unionByName(keep!.name, [...keep!.aliases, gone!.name, ...gone!.aliases]);
    const stored = storedEntity({ ...keep!, aliases, sameAs: [...new Set([...keep!.sameAs, ...gone!.sameAs])] });
    const merged = {
      aliases,
      aliasText: stored.aliasText,
      sameAs: stored.sameAs,
      names: stored.names,
      namesText: stored.namesText,
    };
    const [row] = await mergeQuery.run({ ...args, keep: merged }, tx);
    return row!.entity;
  }, scope);
}

/** The aliases in order, less those that normalise to the name or to an earlier alias. */
function unionByName(name: string, aliases: string[]): string[] {
  const seen = new Set([normaliseName(name)]);
  return aliases.filter((alias) => {
    const normal = normaliseName(alias);
    if (!normal || seen.has(normal)) return false;
    seen.add(normal);
    return true;
  });
}

/** The entities named, in order; NOT_FOUND naming the field of the first that does not exist. */
async function requireEntities(tx: QueryRunner, refs: { field: string; id: string }[]): Promise<Found[]> {
  const rows = await findEntities.run({ ids: refs.map((ref) => ref.id) }, tx);
  return refs.map((ref) => {
    const row = rows.find((candidate) => candidate.entity.id === ref.id);
    if (!row) throw new NotFoundError(ref.field, ref.id, 'entity');
    return row.entity;
  });
}

/** NOT_FOUND naming `actorId` when there is no such actor. */
async function requireActor(tx: QueryRunner, actorId: string): Promise<void> {
  if ((await actorsById.run({ ids: [actorId] }, tx)).length === 0) throw new NotFoundError('actorId', actorId, 'actor');
}
