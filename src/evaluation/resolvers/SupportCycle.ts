import type { SupportCycleResolvers } from '../../graphql/resolvers-types.generated.ts';

export const SupportCycle: SupportCycleResolvers = {
  claims: (cycle, _, { loaders }) => Promise.all(cycle.claimIds.map(async (id) => (await loaders.claimsById.load(id))!)),
  inferences: (cycle, _, { loaders }) =>
    Promise.all(cycle.inferenceIds.map(async (id) => (await loaders.inferencesById.load(id))!)),
  length: (cycle) => cycle.claimIds.length,
};
