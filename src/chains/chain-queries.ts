/**
 * Chains of reasoning, each found by one bounded variable-length Cypher query inside Neo4j: no
 * loop of round trips from Node, whatever the depth.
 */
import type { Graph } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import type { ChainRecord } from '../graphql/records/chain-record.ts';
import { checkDepth, checkLimit } from '../shared/ranges.ts';

type ChainParams = { maxDepth: number; limit: number };
const reasoningChainsQuery = defineQuery<ChainParams & { conclusionId: string }, ChainRecord>('chains/reasoning-chains');
const consequencesQuery = defineQuery<ChainParams & { premiseId: string }, ChainRecord>('chains/consequences');
const justificationQuery = defineQuery<{ conclusionId: string; maxDepth: number }, Graph>('chains/justification');
const claimExistsQuery = defineQuery<{ id: string }, { found: boolean }>('claims/claim-exists');

interface ChainArgs {
  claimId: string;
  maxDepth: number;
  limit: number;
}

export async function reasoningChains(db: Database, scope: QueryScope, args: ChainArgs): Promise<ChainRecord[]> {
  const params = { conclusionId: args.claimId, ...checkChainArgs(args) };
  return readChains(db, scope, 'conclusionId', args.claimId, (tx) => reasoningChainsQuery.run(params, tx));
}

export async function consequences(db: Database, scope: QueryScope, args: ChainArgs): Promise<ChainRecord[]> {
  const params = { premiseId: args.claimId, ...checkChainArgs(args) };
  return readChains(db, scope, 'premiseId', args.claimId, (tx) => consequencesQuery.run(params, tx));
}

export async function justification(db: Database, scope: QueryScope, conclusionId: string, maxDepth: number): Promise<Graph> {
  const params = { conclusionId, maxDepth: checkDepth(maxDepth, 'maxDepth', 1) };
  const [graph] = await db.read((tx) => justificationQuery.run(params, tx), scope);
  if (!graph) throw new NotFoundError('conclusionId', conclusionId, 'claim');
  return graph;
}

function checkChainArgs(args: ChainArgs): ChainParams {
  return { maxDepth: checkDepth(args.maxDepth, 'maxDepth', 1), limit: checkLimit(args.limit, 'limit') };
}

/** An empty answer is ambiguous (no chains, or no such claim); only then is existence checked. */
async function readChains(
  db: Database,
  scope: QueryScope,
  field: string,
  claimId: string,
  read: Parameters<Database['read']>[0],
): Promise<ChainRecord[]> {
  return db.read(async (tx) => {
    const chains = (await read(tx)) as ChainRecord[];
    if (chains.length === 0) {
      const [row] = await claimExistsQuery.run({ id: claimId }, tx);
      if (!row?.found) throw new NotFoundError(field, claimId, 'claim');
    }
    return chains;
  }, scope);
}
