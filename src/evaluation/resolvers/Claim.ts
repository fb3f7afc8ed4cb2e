import type { ClaimResolvers } from '../../graphql/resolvers-types.generated.ts';
import { claimStatus } from '../evaluation-service.ts';

/** The evaluation's fields on Claim, merged into the Claim resolver map. */
export const evaluationClaimFields: ClaimResolvers = {
  status: (claim, _, context) => claimStatus(context, claim),
};
