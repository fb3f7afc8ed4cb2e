/** Reads of actors: listing, full-text search, and the claims that depend on an actor. */
import { checkDepth } from '../shared/ranges.ts';
import { toLiteralLuceneQuery } from '../shared/lucene.ts';
import type { ActorFilter, ActorLinkKind } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineDepthQuery, defineQuery } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { DependentClaimPage } from '../graphql/records/page-record.ts';
import { linkKinds, readDependencePage, type DependenceRow, type PageParams } from './dependence-page.ts';

const listActorsQuery = defineQuery<{ mapId: string | null; mapIds: readonly string[] | null }, { actor: ActorRecord }>(
  'actors/list-actors',
);
const searchActorsQuery = defineQuery<
  { mapId: string | null; mapIds: readonly string[] | null; search: string },
  { actor: ActorRecord }
>('actors/search-actors');
type DependenceParams = { actorId: string; via: ActorLinkKind[]; maxDepth: number };
const dependentClaimsQuery = defineDepthQuery<DependenceParams & PageParams, DependenceRow>('actors/dependent-claims');
const countDependentClaims = defineDepthQuery<DependenceParams, { total: number }>('actors/count-dependent-claims');
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
  first?: number | null;
  after?: string | null;
  /** Claim properties the selection reads (see src/claims/claim-projection.ts). */
  claimProperties: string[];
  /** Whether the selection asks for `totalCount`. */
  withTotal: boolean;
}

/** A page of the claims resting on an actor, nearest first; the total only when asked for. */
export function dependentClaims(db: Database, scope: QueryScope, args: DependenceArgs): Promise<DependentClaimPage> {
  const counted = { actorId: args.actorId, via: linkKinds(args.via), maxDepth: checkDepth(args.maxDepth ?? 6, 'maxDepth', 0) };
  return readDependencePage(db, scope, counted, args, {
    page: dependentClaimsQuery,
    count: countDependentClaims,
    checkExists: async (tx) => {
      if ((await actorsByIdQuery.run({ ids: [args.actorId] }, tx)).length === 0)
        throw new NotFoundError('actorId', args.actorId, 'actor');
    },
  });
}
