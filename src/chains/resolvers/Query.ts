import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { RequestContext } from '../../graphql/context.ts';
import { selectedFieldNames } from '../../graphql/look-ahead.ts';
import { readableMaps } from '../../graphql/readable-maps.ts';
import { chainClaimPaths, claimPropertiesSelected } from '../../claims/claim-projection.ts';
import { consequences, justification, reasoningChains } from '../chain-queries.ts';

/** What the chain queries read ahead from the selection: the claim properties and the total. */
const lookAhead = (info: GraphQLResolveInfo) => ({
  claimProperties: claimPropertiesSelected(info, chainClaimPaths(['edges', 'node'])),
  withTotal: selectedFieldNames(info, []).has('totalCount'),
});

/** With acrossMaps, the chains may enter every map the caller may read, and no other. */
const crossing = (acrossMaps: boolean | null | undefined, context: RequestContext) =>
  acrossMaps ? { acrossMaps: { readableMaps: readableMaps(context) } } : {};

export const chainQueries: QueryResolvers = {
  reasoningChains: (_, { conclusionId, maxDepth, acrossMaps, first, after }, context, info) =>
    reasoningChains(context.db, context.scope, {
      claimId: conclusionId,
      maxDepth: maxDepth ?? 6,
      first,
      after,
      ...crossing(acrossMaps, context),
      ...lookAhead(info),
    }),
  consequences: (_, { premiseId, maxDepth, acrossMaps, first, after }, context, info) =>
    consequences(context.db, context.scope, {
      claimId: premiseId,
      maxDepth: maxDepth ?? 6,
      first,
      after,
      ...crossing(acrossMaps, context),
      ...lookAhead(info),
    }),
  justification: (_, { conclusionId, maxDepth }, { db, scope }) => justification(db, scope, conclusionId, maxDepth ?? 6),
};
