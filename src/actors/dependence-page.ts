/**
 * One page of dependent claims, for both forms of dependentClaims (by actor, actor-queries.ts; by
 * entity, entity-dependence.ts): the page query, the existence check only when the page comes back
 * empty (no dependents, or nothing to depend on), and the count only when `totalCount` is selected,
 * all in one read transaction.
 */
import type { ActorLinkKind } from '../graphql/resolvers-types.generated.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import type { MapRecord } from '../graphql/records/map-record.ts';
import type { DependentClaimPage } from '../graphql/records/page-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import type { PreparedQuery, QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError } from '../shared/errors.ts';
import { encodeOffsetCursor, pageWindow } from '../shared/offset-cursor.ts';

/** A row of a dependent-claims page query: the chain runs from the linked claim to the dependent one. */
export interface DependenceRow {
  actor: ActorRecord;
  map: MapRecord;
  link: ActorLinkKind;
  distance: number;
  chainClaims: ClaimRecord[];
  chainInferences: (InferenceRecord | null)[];
}

export type PageParams = { skip: number; limit: number; claimProperties: string[] };

export interface DependencePageQueries<Counted extends Record<string, unknown>> {
  page: PreparedQuery<Counted & PageParams, DependenceRow>;
  count: PreparedQuery<Counted, { total: number }>;
  /** Throws NOT_FOUND when what the claims would depend on does not exist. */
  checkExists: (tx: QueryRunner) => Promise<void>;
}

/** The link kinds that count, once each and sorted (the cursor digest sees the same list each time). */
export function linkKinds(via: readonly ActorLinkKind[] | null | undefined): ActorLinkKind[] {
  const kinds = [...new Set<ActorLinkKind>(via ?? ['ASSERTS', 'ABOUT'])].sort();
  if (kinds.length === 0) throw new BadUserInputError('via', 'must name at least one link kind');
  return kinds;
}

export async function readDependencePage<Counted extends Record<string, unknown>>(
  db: Database,
  scope: QueryScope,
  counted: Counted,
  request: { first?: number | null; after?: string | null; claimProperties: string[]; withTotal: boolean },
  queries: DependencePageQueries<Counted>,
): Promise<DependentClaimPage> {
  const cursorScope = { connection: 'dependentClaims', args: { ...counted } };
  const { offset, first } = pageWindow(cursorScope, request.first, request.after);
  const params = { ...counted, skip: offset, limit: first + 1, claimProperties: request.claimProperties };
  const { rows, totalCount } = await db.read(async (tx) => {
    const rows = await queries.page.run(params, tx);
    if (rows.length === 0) await queries.checkExists(tx);
    const totalCount = request.withTotal ? ((await queries.count.run(counted, tx))[0]?.total ?? 0) : null;
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
