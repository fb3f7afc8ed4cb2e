/**
 * claimsRestingOn: the fact-checker's question — which claims, in which maps, rest on a claim
 * rated FALSE (or as asked)? One round trip per page (cypher/fact-checks/claims-resting-on), plus
 * the count when `totalCount` is selected, in the same read transaction.
 */
import type { ChainRecord } from '../graphql/records/chain-record.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { FactCheckRecord } from '../graphql/records/fact-check-record.ts';
import type { RestingClaimPage } from '../graphql/records/resting-claim-record.ts';
import type { FactCheckRating } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineDepthQuery } from '../neo4j/query.ts';
import { BadUserInputError } from '../shared/errors.ts';
import { encodeOffsetCursor, pageWindow, type CursorScope } from '../shared/offset-cursor.ts';
import { checkDepth } from '../shared/ranges.ts';

type Counted = { ratings: FactCheckRating[]; maps: string[] | null; mapIds: readonly string[] | null; maxDepth: number };
const claimsRestingOnQuery = defineDepthQuery<
  Counted & { skip: number; limit: number },
  {
    claim: ClaimRecord;
    ratedClaim: ClaimRecord;
    factCheck: FactCheckRecord;
    distance: number;
    chainClaims: ClaimRecord[];
    chainInferences: ChainRecord['inferences'];
  }
>('fact-checks/claims-resting-on');
const countClaimsRestingOn = defineDepthQuery<Counted, { total: number }>('fact-checks/count-claims-resting-on');

export interface RestingArgs {
  factCheckedAs: readonly FactCheckRating[];
  maps?: readonly string[] | null;
  maxDepth?: number | null;
  first?: number | null;
  after?: string | null;
  withTotal: boolean;
}

export async function claimsRestingOn(db: Database, scope: QueryScope, args: RestingArgs): Promise<RestingClaimPage> {
  const ratings = [...new Set(args.factCheckedAs)].sort();
  if (ratings.length === 0) throw new BadUserInputError('factCheckedAs', 'must name at least one rating');
  const maps = args.maps ? [...new Set(args.maps)].sort() : null;
  const maxDepth = checkDepth(args.maxDepth ?? 6, 'maxDepth', 0);
  // The cursor is bound to the arguments; readable maps are the caller's, not part of the question.
  const cursorScope: CursorScope = { connection: 'claimsRestingOn', args: { ratings, maps, maxDepth } };
  const { offset, first } = pageWindow(cursorScope, args.first, args.after);
  const counted = { ratings, maps, mapIds: scope.readableMaps ?? null, maxDepth };
  const { rows, totalCount } = await db.read(async (tx) => {
    const rows = await claimsRestingOnQuery.run({ ...counted, skip: offset, limit: first + 1 }, tx);
    const totalCount = args.withTotal ? ((await countClaimsRestingOn.run(counted, tx))[0]?.total ?? 0) : null;
    return { rows, totalCount };
  }, scope);
  return {
    items: rows.slice(0, first).map((row) => ({
      claim: row.claim,
      ratedClaim: row.ratedClaim,
      factCheck: row.factCheck,
      distance: row.distance,
      chain: { claims: row.chainClaims, inferences: row.chainInferences, end: null },
    })),
    offset,
    hasNextPage: rows.length > first,
    totalCount,
    cursorAt: (at) => encodeOffsetCursor(cursorScope, at),
  };
}
