/**
 * Chains of reasoning, each page found by one bounded variable-length Cypher query inside Neo4j:
 * no loop of round trips from Node, whatever the depth. Pages are shortest first; the total is
 * counted, in the same transaction, only when the selection asks for it.
 */
import type { Graph } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import type { ChainRecord } from '../graphql/records/chain-record.ts';
import type { ChainPage } from '../graphql/records/page-record.ts';
import { checkDepth } from '../shared/ranges.ts';
import { encodeOffsetCursor, pageWindow, type CursorScope } from '../shared/offset-cursor.ts';

/** `mapIds` is set only when the chains cross maps: the maps they may enter (null = every map). */
type CountParams = { maxDepth: number; mapIds?: readonly string[] | null };
type PageParams = CountParams & { skip: number; limit: number; claimProperties: string[] };
type Total = { total: number };
type Across = { mapIds: readonly string[] | null };

const reasoningChainsQuery = defineQuery<PageParams & { conclusionId: string }, ChainRecord>('chains/reasoning-chains');
const countReasoningChains = defineQuery<CountParams & { conclusionId: string }, Total>('chains/count-reasoning-chains');
const consequencesQuery = defineQuery<PageParams & { premiseId: string }, ChainRecord>('chains/consequences');
const countConsequences = defineQuery<CountParams & { premiseId: string }, Total>('chains/count-consequences');
const reasoningChainsAcross = defineQuery<PageParams & Across & { conclusionId: string }, ChainRecord>(
  'chains/reasoning-chains-across-maps',
);
const countReasoningChainsAcross = defineQuery<CountParams & Across & { conclusionId: string }, Total>(
  'chains/count-reasoning-chains-across-maps',
);
const consequencesAcross = defineQuery<PageParams & Across & { premiseId: string }, ChainRecord>(
  'chains/consequences-across-maps',
);
const countConsequencesAcross = defineQuery<CountParams & Across & { premiseId: string }, Total>(
  'chains/count-consequences-across-maps',
);
const justificationQuery = defineQuery<{ conclusionId: string; maxDepth: number }, Graph>('chains/justification');
const claimExistsQuery = defineQuery<{ id: string }, { found: boolean }>('claims/claim-exists');

/** One direction of chain reading: its connection name, its start argument and its two queries. */
interface Direction {
  connection: 'reasoningChains' | 'consequences';
  field: 'conclusionId' | 'premiseId';
  page: (tx: QueryRunner, claimId: string, params: PageParams) => Promise<ChainRecord[]>;
  count: (tx: QueryRunner, claimId: string, params: CountParams) => Promise<Total[]>;
}

// Inside one map unless params.mapIds is set (undefined); then across the maps it allows.
const downwards: Direction = {
  connection: 'reasoningChains',
  field: 'conclusionId',
  page: (tx, conclusionId, { mapIds, ...params }) =>
    mapIds === undefined
      ? reasoningChainsQuery.run({ conclusionId, ...params }, tx)
      : reasoningChainsAcross.run({ conclusionId, mapIds, ...params }, tx),
  count: (tx, conclusionId, { mapIds, ...params }) =>
    mapIds === undefined
      ? countReasoningChains.run({ conclusionId, ...params }, tx)
      : countReasoningChainsAcross.run({ conclusionId, mapIds, ...params }, tx),
};

const upwards: Direction = {
  connection: 'consequences',
  field: 'premiseId',
  page: (tx, premiseId, { mapIds, ...params }) =>
    mapIds === undefined
      ? consequencesQuery.run({ premiseId, ...params }, tx)
      : consequencesAcross.run({ premiseId, mapIds, ...params }, tx),
  count: (tx, premiseId, { mapIds, ...params }) =>
    mapIds === undefined
      ? countConsequences.run({ premiseId, ...params }, tx)
      : countConsequencesAcross.run({ premiseId, mapIds, ...params }, tx),
};

export interface ChainArgs {
  claimId: string;
  maxDepth: number;
  first?: number | null;
  after?: string | null;
  /**
   * Also hop between maps through same-claim links, into these maps (null = every map); absent:
   * stay in the start claim's map. The resolver passes the maps the caller may read.
   */
  acrossMaps?: { readableMaps: readonly string[] | null };
  /** Claim properties the selection reads (see src/claims/claim-projection.ts). */
  claimProperties: string[];
  /** Whether the selection asks for `totalCount`. */
  withTotal: boolean;
}

export function reasoningChains(db: Database, scope: QueryScope, args: ChainArgs): Promise<ChainPage> {
  return readChainPage(db, scope, downwards, args);
}

export function consequences(db: Database, scope: QueryScope, args: ChainArgs): Promise<ChainPage> {
  return readChainPage(db, scope, upwards, args);
}

export async function justification(db: Database, scope: QueryScope, conclusionId: string, maxDepth: number): Promise<Graph> {
  const params = { conclusionId, maxDepth: checkDepth(maxDepth, 'maxDepth', 1) };
  const [graph] = await db.read((tx) => justificationQuery.run(params, tx), scope);
  if (!graph) throw new NotFoundError('conclusionId', conclusionId, 'claim');
  return graph;
}

/** An empty page is ambiguous (no chains, or no such claim); only then is existence checked. */
async function readChainPage(db: Database, scope: QueryScope, direction: Direction, args: ChainArgs): Promise<ChainPage> {
  const maxDepth = checkDepth(args.maxDepth, 'maxDepth', 1);
  const across = args.acrossMaps ? { mapIds: args.acrossMaps.readableMaps && [...args.acrossMaps.readableMaps].sort() } : {};
  const counted: CountParams = { maxDepth, ...across };
  const cursorScope: CursorScope = { connection: direction.connection, args: { [direction.field]: args.claimId, ...counted } };
  const { offset, first } = pageWindow(cursorScope, args.first, args.after);
  const params = { ...counted, skip: offset, limit: first + 1, claimProperties: args.claimProperties };
  const { rows, totalCount } = await db.read(async (tx) => {
    const rows = await direction.page(tx, args.claimId, params);
    if (rows.length === 0) await checkClaimExists(tx, direction.field, args.claimId);
    const totalCount = args.withTotal ? ((await direction.count(tx, args.claimId, counted))[0]?.total ?? 0) : null;
    return { rows, totalCount };
  }, scope);
  return {
    items: rows.slice(0, first),
    offset,
    hasNextPage: rows.length > first,
    totalCount,
    cursorAt: (at) => encodeOffsetCursor(cursorScope, at),
  };
}

async function checkClaimExists(tx: QueryRunner, field: string, claimId: string): Promise<void> {
  const [row] = await claimExistsQuery.run({ id: claimId }, tx);
  if (!row?.found) throw new NotFoundError(field, claimId, 'claim');
}
