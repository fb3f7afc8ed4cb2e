import type { ClaimResolvers } from '../../graphql/resolvers-types.generated.ts';

/** Claim.sameAs: batched per request, and limited to the caller's maps (src/graphql/loaders.ts). */
export const sameClaimClaimFields: ClaimResolvers = {
  sameAs: (claim, _, { loaders }) => loaders.sameClaims.load(claim.id),
};
