/**
 * The entity links of an imported map, written in the import's own transaction after its actors.
 * The document says what each actor is (`actors[].entity`, argmap/map@1): the entity with that id;
 * else one sharing a sameAs IRI; else it is created with that id. With `linkEntities`, each actor
 * the document gives no entity is linked to the entity with one of its normalised names (its name
 * first, then by entity id), created from the actor when there is none — and later actors of the
 * same document match the entities created for earlier ones. As for every other part of a map,
 * the map equals the document afterwards: an actor the document links to nothing (and
 * `linkEntities` does not link) refers to no entity.
 */
import type { EntityLinkRecord } from '../graphql/records/entity-link-record.ts';
import type { EntityRecord } from '../graphql/records/entity-record.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
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
import { normaliseName, normalisedNames } from '../shared/normalise-name.ts';

type Kind = EntityRecord['kind'];
/** An actor of a document as this module reads it. */
export interface ImportedActor {
  /** The stored id, `<mapId>:<key>`. */
  id: string;
  name: string;
  kind: Kind;
  aliases?: string[] | undefined;
  entity?: { id: string; name: string; aliases?: string[]; kind?: Kind; sameAs?: string[] } | undefined;
}

type Named = EntityRecord & { names: string[] };
const findEntities = defineQuery<{ ids: string[] }, { entity: Named }>('entities/find-entities');
const withSameAs = defineQuery<{ iris: string[] }, { entity: EntityRecord }>('entities/entities-with-same-as');
const entitiesNamed = defineQuery<{ names: string[] }, { name: string; entity: Named }>('entities/entities-named');
const idsFrom = defineQuery<{ base: string }, { ids: string[] }>('entities/entity-ids-from');
const createEntities = defineQuery<{ entities: StoredEntity[] }, never>('entities/create-entities');
const setActorEntities = defineQuery<{ mapId: string; links: { actorId: string; entityId: string }[] }, never>(
  'entities/set-actor-entities',
);

/** Checks every `actors[].entity` of a document before anything is written; BAD_USER_INPUT names the field. */
export function checkDocumentEntities(actors: readonly Omit<ImportedActor, 'id'>[]): void {
  actors.forEach((actor, index) => {
    if (!actor.entity) return;
    const field = `document.actors[${index}].entity`;
    checkEntityId(actor.entity.id, `${field}.id`);
    checkName(actor.entity.name, `${field}.name`);
    checkAliases(actor.entity.aliases ?? [], actor.entity.name, `${field}.aliases`);
    checkSameAs(actor.entity.sameAs ?? [], `${field}.sameAs`);
  });
}

/** Writes the links of map `mapId`'s actors; returns every link, by actor id. */
export async function linkImportedActors(
  tx: QueryRunner,
  mapId: string,
  actors: readonly ImportedActor[],
  linkEntities: boolean,
): Promise<EntityLinkRecord[]> {
  const created = new Map<string, StoredEntity>();
  const links: EntityLinkRecord[] = [];
  for (const actor of actors.filter((a) => a.entity)) links.push(await documentLink(tx, actor, created));
  if (linkEntities)
    links.push(
      ...(await nameLinks(
        tx,
        actors.filter((a) => !a.entity),
        created,
      )),
    );
  if (created.size) await createEntities.run({ entities: [...created.values()] }, tx);
  await setActorEntities.run({ mapId, links: links.map(({ actorId, entityId }) => ({ actorId, entityId })) }, tx);
  return links.sort((a, b) => a.actorId.localeCompare(b.actorId));
}

/** The entity the document names: by id, else by a shared sameAs IRI, else created with that id. */
async function documentLink(
  tx: QueryRunner,
  actor: ImportedActor,
  created: Map<string, StoredEntity>,
): Promise<EntityLinkRecord> {
  const spec = actor.entity!;
  const link = (entityId: string, isNew: boolean) => ({ actorId: actor.id, entityId, created: isNew });
  if (created.has(spec.id)) return link(spec.id, false);
  if ((await findEntities.run({ ids: [spec.id] }, tx)).length) return link(spec.id, false);
  const [shared] = spec.sameAs?.length ? await withSameAs.run({ iris: spec.sameAs }, tx) : [];
  if (shared) return link(shared.entity.id, false);
  const name = spec.name.trim();
  created.set(
    spec.id,
    storedEntity({
      id: spec.id,
      name,
      aliases: checkAliases(spec.aliases ?? [], name, 'entity.aliases'),
      kind: spec.kind ?? actor.kind,
      sameAs: [...new Set(spec.sameAs ?? [])],
    }),
  );
  return link(spec.id, true);
}

/** linkEntities: each actor to the entity with one of its normalised names, created when none has. */
async function nameLinks(
  tx: QueryRunner,
  actors: readonly ImportedActor[],
  created: Map<string, StoredEntity>,
): Promise<EntityLinkRecord[]> {
  const namesOf = new Map(actors.map((actor) => [actor.id, normalisedNames(actor.name, actor.aliases ?? [])]));
  const rows = await entitiesNamed.run({ names: [...new Set([...namesOf.values()].flat())] }, tx);
  const stored = rows.map((row) => ({ id: row.entity.id, names: row.entity.names }));
  const links: EntityLinkRecord[] = [];
  for (const actor of actors) {
    const names = namesOf.get(actor.id)!;
    if (!names.length) continue;
    const candidates = [...stored, ...[...created.values()].map((e) => ({ id: e.id, names: e.names }))];
    const match = bestMatch(candidates, names);
    if (match) {
      links.push({ actorId: actor.id, entityId: match, created: false });
      continue;
    }
    const entity = storedEntity({
      id: await freeIdAmong(tx, actor.name, created),
      name: actor.name,
      aliases: (actor.aliases ?? []).filter((alias) => normaliseName(alias) !== names[0]),
      kind: actor.kind,
      sameAs: [],
    });
    created.set(entity.id, entity);
    links.push({ actorId: actor.id, entityId: entity.id, created: true });
  }
  return links;
}

/** The entity whose name is the actor's name, else one with any shared name; ties by id. */
function bestMatch(candidates: { id: string; names: string[] }[], names: string[]): string | undefined {
  const sorted = [...candidates].sort((a, b) => a.id.localeCompare(b.id));
  return (
    sorted.find((c) => c.names[0] === names[0])?.id ??
    sorted.find((c) => c.names.includes(names[0]!))?.id ??
    sorted.find((c) => c.names.some((n) => names.includes(n)))?.id
  );
}

async function freeIdAmong(tx: QueryRunner, name: string, created: Map<string, StoredEntity>): Promise<string> {
  const base = slugOf(name);
  const [row] = await idsFrom.run({ base }, tx);
  return freeId(base, [...(row?.ids ?? []), ...created.keys()]);
}
