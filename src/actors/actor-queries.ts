/** Reads of actors: listing, full-text search, and the claims that depend on an actor. */
import { checkDepth } from '../shared/ranges.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import { toLiteralLuceneQuery } from '../shared/lucene.ts';
import type { ActorFilter, ActorLinkKind } from '../graphql/resolvers-types.generated.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, NotFoundError } from '../shared/errors.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { DependentClaimRecord } from '../graphql/records/dependent-claim-record.ts';

const listActorsQuery = defineQuery<{ mapId: string | null; mapIds: readonly string[] | null }, { actor: ActorRecord }>(
  'actors/list-actors',
);
const searchActorsQuery = defineQuery<
  { mapId: string | null; mapIds: readonly string[] | null; search: string },
  { actor: ActorRecord }
>('actors/search-actors');
const dependentClaimsQuery = defineQuery<
  { actorId: string; via: ActorLinkKind[]; maxDepth: number },
  { claim: ClaimRecord; link: ActorLinkKind; distance: number; chainClaims: ClaimRecord[]; chainInferences: InferenceRecord[] }
>('actors/dependent-claims');
const actorsByIdQuery = defineQuery<{ ids: string[] }, { key: string }>('loaders/actors-by-id');

export async function listActors(
  db: Database,
  scope: QueryScope,
  filter: ActorFilter | null | undefined,
): Promise<ActorRecord[]> {
  const mapId = filter?.mapId ?? null;
  const mapIds = scope.readableMaps ?? null;
  const trimmed = filter?.search?.trim();
  const search = trimmed ? toLiteralLuceneQuery(trimmed, 'filter.search', 2) : null;
  const rows = await db.read(
    (tx) => (search ? searchActorsQuery.run({ mapId, mapIds, search }, tx) : listActorsQuery.run({ mapId, mapIds }, tx)),
    scope,
  );
  return rows.map((row) => row.actor);
}

export interface DependenceArgs {
  actorId: string;
  via?: ActorLinkKind[] | null;
  maxDepth?: number | null;
}

export async function dependentClaims(db: Database, scope: QueryScope, args: DependenceArgs): Promise<DependentClaimRecord[]> {
  const via = [...new Set<ActorLinkKind>(args.via ?? ['ASSERTS', 'ABOUT'])];
  if (via.length === 0) throw new BadUserInputError('via', 'must name at least one link kind');
  const params = { actorId: args.actorId, via, maxDepth: checkDepth(args.maxDepth ?? 6, 'maxDepth', 0) };
  return db.read(async (tx) => {
    const rows = await dependentClaimsQuery.run(params, tx);
    if (rows.length === 0 && (await actorsByIdQuery.run({ ids: [args.actorId] }, tx)).length === 0) {
      throw new NotFoundError('actorId', args.actorId, 'actor');
    }
    return rows.map((row) => ({
      claim: row.claim,
      link: row.link,
      distance: row.distance,
      chain: { claims: row.chainClaims, inferences: row.chainInferences, end: null },
    }));
  }, scope);
}
