import type { FactCheckResolvers } from '../../graphql/resolvers-types.generated.ts';

export const FactCheck: FactCheckResolvers = {
  appearance: (check) => check.appearance ?? [],
  claim: async (check, _, { loaders }) => (await loaders.claimsById.load(check.claimId))!,
  document: (check) => JSON.parse(check.document) as unknown,
};
