import type { ClaimLabelResolvers, StatusChangeResolvers } from '../../graphql/resolvers-types.generated.ts';

// Claims are loaded only when asked for, batched per request: a bare `claimId` costs nothing.
export const ClaimLabel: ClaimLabelResolvers = {
  claim: async (label, _, { loaders }) => (await loaders.claimsById.load(label.claimId))!,
};

export const StatusChange: StatusChangeResolvers = {
  claim: async (change, _, { loaders }) => (await loaders.claimsById.load(change.claimId))!,
};
