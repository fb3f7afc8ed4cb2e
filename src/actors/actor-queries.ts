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
import type { MapRecord } from '../graphql/records/map-record.ts';
import type { DependentClaimPage } from '../graphql/records/page-record.ts';
import { encodeOffsetCursor, pageWindow, type CursorScope } from '../shared/offset-cursor.ts';

const listActorsQuery = defineQuery<{ mapId: string | null; mapIds: readonly string[] | null }, { actor: ActorRecord }>(
  'actors/list-actors',
);
const searchActorsQuery = defineQuery<
  { mapId: string | null; mapIds: readonly string[] | null; search: string },
  { actor: ActorRecord }
>('actors/search-actors');
type DependenceParams = { actorId: string; via: ActorLinkKind[]; maxDepth: number };
const dependentClaimsQuery = defineQuery<
  DependenceParams & { skip: number; limit: number; claimProperties: string[] },
  {
    actor: ActorRecord;
    map: MapRecord;
    link: ActorLinkKind;
    distance: number;
    chainClaims: ClaimRecord[];
    chainInferences: InferenceRecord[];
  }
>('actors/dependent-claims');
const countDependentClaims = defineQuery<DependenceParams, { total: number }>('actors/count-dependent-claims');
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
export async function dependentClaims(db: Database, scope: QueryScope, args: DependenceArgs): Promise<DependentClaimPage> {
  const via = [...new Set<ActorLinkKind>(args.via ?? ['ASSERTS', 'ABOUT'])].sort();
  if (via.length === 0) throw new BadUserInputError('via', 'must name at least one link kind');
  const counted = { actorId: args.actorId, via, maxDepth: checkDepth(args.maxDepth ?? 6, 'maxDepth', 0) };
  const cursorScope: CursorScope = { connection: 'dependentClaims', args: counted };
  const { offset, first } = pageWindow(cursorScope, args.first, args.after);
  const params = { ...counted, skip: offset, limit: first + 1, claimProperties: args.claimProperties };
  const { rows, totalCount } = await db.read(async (tx) => {
    const rows = await dependentClaimsQuery.run(params, tx);
    if (rows.length === 0 && (await actorsByIdQuery.run({ ids: [args.actorId] }, tx)).length === 0) {
      throw new NotFoundError('actorId', args.actorId, 'actor');
    }
    const totalCount = args.withTotal ? ((await countDependentClaims.run(counted, tx))[0]?.total ?? 0) : null;
    return { rows, totalCount };
  }, scope);
  return {
    items: rows.slice(0, first).map((row) => ({
      claim: row.chainClaims.at(-1)!,
      map: row.map,
      actor: row.actor,
      link: row.link,
      distance: row.distance,
      chain: { claims: row.chainClaims, inferences: row.chainInferences, end: null },
    })),
    offset,
    hasNextPage: rows.length > first,
    totalCount,
    cursorAt: (at) => encodeOffsetCursor(cursorScope, at),
  };
}
