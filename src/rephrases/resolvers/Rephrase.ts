import type { RephraseResolvers } from '../../graphql/resolvers-types.generated.ts';

export const Rephrase: RephraseResolvers = {
  from: async (rephrase, _, { loaders }) => (await loaders.claimsById.load(rephrase.fromId))!,
  to: async (rephrase, _, { loaders }) => (await loaders.claimsById.load(rephrase.toId))!,
};
