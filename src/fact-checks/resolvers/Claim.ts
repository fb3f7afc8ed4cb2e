import type { ClaimResolvers } from '../../graphql/resolvers-types.generated.ts';
import { factChecksLoader } from '../fact-checks-of-claims.ts';

export const factCheckClaimFields: ClaimResolvers = {
  factChecks: (claim, _, context) => factChecksLoader(context).load(claim.id),
};
