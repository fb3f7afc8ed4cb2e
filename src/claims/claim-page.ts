/**
 * The `claims` connection: a page of claims by filter, Relay-style. Cursors are opaque offsets;
 * the total is counted by a separate COUNT query only when a client selects `totalCount`.
 */
import type { ClaimFilter, ClaimRole } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError } from '../shared/errors.ts';
import type { ClaimPage, ClaimRecord } from '../graphql/records/claim-record.ts';
import { toLiteralLuceneQuery } from '../shared/lucene.ts';
import { checkRange } from '../shared/ranges.ts';

export const maxPageSize = 100;

interface FilterParams {
  mapId: string | null;
  actorId: string | null;
  tag: string | null;
  isPremise: boolean | null;
  isConcluded: boolean | null;
  search: string | null;
  /** The maps the caller may read; null for all (QueryScope.readableMaps). */
  mapIds: readonly string[] | null;
}
type PageParams = FilterParams & { skip: number; limit: number };

const listClaims = defineQuery<PageParams, { claim: ClaimRecord }>('claims/list-claims');
const listMapClaims = defineQuery<PageParams, { claim: ClaimRecord }>('claims/list-map-claims');
const searchClaims = defineQuery<PageParams, { claim: ClaimRecord }>('claims/search-claims');
const countClaims = defineQuery<FilterParams, { total: number }>('claims/count-claims');
const countSearchClaims = defineQuery<FilterParams, { total: number }>('claims/count-search-claims');

/** Which premise/conclusion facts each role implies; the queries filter on these two facts. */
const roleFacts: Record<ClaimRole, { isPremise: boolean; isConcluded: boolean }> = {
  BASIC_PREMISE: { isPremise: true, isConcluded: false },
  INTERMEDIATE: { isPremise: true, isConcluded: true },
  MAIN_CONCLUSION: { isPremise: false, isConcluded: true },
  UNCONNECTED: { isPremise: false, isConcluded: false },
};

export interface PageArgs {
  filter?: ClaimFilter | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Reads a page; `readAlong`, when given, reads more about the page's claims (by id) in the same
 * transaction, and its answer comes back as `along` (claim-neighbourhood.ts reads ahead with it).
 */
export async function claimPage<Along = undefined>(
  db: Database,
  scope: QueryScope,
  args: PageArgs,
  readAlong?: (tx: QueryRunner, ids: string[]) => Promise<Along>,
): Promise<ClaimPage & { along: Along | undefined }> {
  const first = checkRange(args.first ?? 20, 'first', 1, maxPageSize);
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  const filter = toFilterParams(args.filter ?? {}, scope.readableMaps ?? null);
  // One map's page reads only that page through the id index (list-map-claims); see its comment.
  const list = filter.mapId === null ? listClaims : listMapClaims;
  const [page, count] = filter.search === null ? [list, countClaims] : [searchClaims, countSearchClaims];
  const { rows, along } = await db.read(async (tx) => {
    const rows = await page.run({ ...filter, skip: offset, limit: first + 1 }, tx);
    const ids = rows.slice(0, first).map((row) => row.claim.id);
    return { rows, along: readAlong && ids.length > 0 ? await readAlong(tx, ids) : undefined };
  }, scope);
  return {
    claims: rows.slice(0, first).map((row) => row.claim),
    offset,
    hasNextPage: rows.length > first,
    along,
    countTotal: async () => (await db.read((tx) => count.run(filter, tx), scope))[0]?.total ?? 0,
  };
}

function toFilterParams(filter: ClaimFilter, mapIds: readonly string[] | null): FilterParams {
  const facts = filter.role ? roleFacts[filter.role] : { isPremise: null, isConcluded: null };
  const search = filter.search?.trim() ? toLiteralLuceneQuery(filter.search.trim(), 'filter.search') : null;
  return { mapId: filter.mapId ?? null, actorId: filter.actorId ?? null, tag: filter.tag ?? null, search, mapIds, ...facts };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`claims:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^claims:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  // A forged offset past 2^53 would reach Cypher's SKIP as a float and fail there.
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(offset)) throw new BadUserInputError('after', `"${cursor}" is not a cursor of this connection`);
  return offset;
}
