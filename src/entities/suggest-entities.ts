/**
 * suggestEntities: who else an actor may be. Candidates are entities, and actors of other maps
 * linked to no entity, one of whose names equals one of the actor's once normalised
 * (src/shared/normalise-name.ts); each says whether its name or an alias matched, and which.
 * Entities come first, then actors, each by name; the entity the actor is linked to already is
 * left out.
 * Actors of maps the caller may not read are never candidates. Suggestions only: nothing is linked.
 */
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { EntityRecord } from '../graphql/records/entity-record.ts';
import type { EntityMatchReason } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import { checkRange } from '../shared/ranges.ts';
import { normaliseName, normalisedNames } from '../shared/normalise-name.ts';

export interface EntitySuggestionRecord {
  entity: EntityRecord | null;
  actor: ActorRecord | null;
  reason: EntityMatchReason;
  matched: string;
}

/** Full-text candidates read at most; more than enough for a page of 100 after the exact check. */
const candidateLimit = 1000;

type NamedEntity = EntityRecord & { names: string[] };
const actorWithEntity = defineQuery<{ ids: string[] }, { key: string; item: EntityRecord }>('loaders/entities-of-actors');
const actorsById = defineQuery<{ ids: string[] }, { key: string; item: ActorRecord }>('loaders/actors-by-id');
const entitiesNamed = defineQuery<{ names: string[] }, { name: string; entity: NamedEntity }>('entities/entities-named');
const unlinkedActorsNamed = defineQuery<
  { names: string[]; mapId: string; mapIds: readonly string[] | null; limit: number },
  { actor: ActorRecord }
>('entities/unlinked-actors-named');

export async function suggestEntities(
  db: Database,
  scope: QueryScope,
  args: { actorId: string; first?: number | null | undefined; readableMaps: readonly string[] | null },
): Promise<EntitySuggestionRecord[]> {
  const first = checkRange(args.first ?? 10, 'first', 1, 100);
  return db.read(async (tx) => {
    const [found] = await actorsById.run({ ids: [args.actorId] }, tx);
    if (!found) throw new NotFoundError('actorId', args.actorId, 'actor');
    const actor = found.item;
    const names = normalisedNames(actor.name, actor.aliases ?? []);
    const [linked] = await actorWithEntity.run({ ids: [actor.id] }, tx);
    const entityRows = await entitiesNamed.run({ names }, tx);
    const entities = uniqueBy(entityRows, (row) => row.entity.id)
      .filter((row) => row.entity.id !== linked?.item.id)
      .map((row) => ({ entity: withoutNames(row.entity), actor: null, ...matchOf(row.entity, names) }));
    if (entities.length >= first) return entities.slice(0, first);
    const actorRows = await unlinkedActorsNamed.run(
      { names, mapId: actor.mapId, mapIds: args.readableMaps, limit: candidateLimit },
      tx,
    );
    const actors = actorRows
      .map((row) => ({ entity: null, actor: row.actor, ...matchOf(row.actor, names) }))
      .filter((suggestion) => suggestion.matched !== '');
    return [...entities, ...actors].slice(0, first);
  }, scope);
}

/** NAME when the candidate's own name matches, else the first alias that does; '' when none (full-text only). */
function matchOf(
  candidate: { name: string; aliases?: string[] | null },
  names: readonly string[],
): { reason: EntityMatchReason; matched: string } {
  if (names.includes(normaliseName(candidate.name))) return { reason: 'NAME', matched: candidate.name };
  const alias = (candidate.aliases ?? []).find((a) => names.includes(normaliseName(a)));
  return { reason: 'ALIAS', matched: alias ?? '' };
}

function withoutNames({ names: _names, ...entity }: NamedEntity): EntityRecord {
  return entity;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
