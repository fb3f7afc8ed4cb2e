import type { CriticalPremiseResolvers } from '../../graphql/resolvers-types.generated.ts';

export const CriticalPremise: CriticalPremiseResolvers = {
  premise: async (critical, _, { loaders }) => (await loaders.claimsById.load(critical.premiseId))!,
};
