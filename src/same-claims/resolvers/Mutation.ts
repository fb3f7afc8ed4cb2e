import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { linkSameClaim, unlinkSameClaim } from '../same-claim-mutations.ts';

export const sameClaimMutations: MutationResolvers = {
  linkSameClaim: (_, { claimId, otherClaimId, note }, { db, scope }) => linkSameClaim(db, scope, { claimId, otherClaimId }, note),
  unlinkSameClaim: (_, { claimId, otherClaimId }, { db, scope }) => unlinkSameClaim(db, scope, { claimId, otherClaimId }),
};
