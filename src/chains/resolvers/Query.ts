import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { consequences, justification, reasoningChains } from '../chain-queries.ts';

export const chainQueries: QueryResolvers = {
  reasoningChains: (_, { conclusionId, maxDepth, limit }, { db, scope }) =>
    reasoningChains(db, scope, { claimId: conclusionId, maxDepth: maxDepth ?? 6, limit: limit ?? 100 }),
  consequences: (_, { premiseId, maxDepth, limit }, { db, scope }) =>
    consequences(db, scope, { claimId: premiseId, maxDepth: maxDepth ?? 6, limit: limit ?? 100 }),
  justification: (_, { conclusionId, maxDepth }, { db, scope }) => justification(db, scope, conclusionId, maxDepth ?? 6),
};
