import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { selectedFieldNames } from '../../graphql/look-ahead.ts';
import { chainClaimPaths, claimPropertiesSelected } from '../../claims/claim-projection.ts';
import { consequences, justification, reasoningChains } from '../chain-queries.ts';

/** What the chain queries read ahead from the selection: the claim properties and the total. */
const lookAhead = (info: GraphQLResolveInfo) => ({
  claimProperties: claimPropertiesSelected(info, chainClaimPaths(['edges', 'node'])),
  withTotal: selectedFieldNames(info, []).has('totalCount'),
});

export const chainQueries: QueryResolvers = {
  reasoningChains: (_, { conclusionId, maxDepth, first, after }, { db, scope }, info) =>
    reasoningChains(db, scope, { claimId: conclusionId, maxDepth: maxDepth ?? 6, first, after, ...lookAhead(info) }),
  consequences: (_, { premiseId, maxDepth, first, after }, { db, scope }, info) =>
    consequences(db, scope, { claimId: premiseId, maxDepth: maxDepth ?? 6, first, after, ...lookAhead(info) }),
  justification: (_, { conclusionId, maxDepth }, { db, scope }) => justification(db, scope, conclusionId, maxDepth ?? 6),
};
