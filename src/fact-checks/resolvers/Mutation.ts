import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { importClaimReview } from '../import-claim-review.ts';

export const factCheckMutations: MutationResolvers = {
  importClaimReview: (_, args, { db, scope }) => importClaimReview(db, scope, args),
};
