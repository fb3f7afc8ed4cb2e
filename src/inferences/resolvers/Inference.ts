import type { InferenceResolvers } from '../../graphql/resolvers-types.generated.ts';

export const Inference: InferenceResolvers = {
  premises: (inference, _, { loaders }) => loaders.premisesOfInferences.load(inference.id),
  conclusion: async (inference, _, { loaders }) => (await loaders.conclusionsOfInferences.load(inference.id))!,
  undercutBy: (inference, _, { loaders }) => loaders.undercutsOfInferences.load(inference.id),
  map: async (inference, _, { loaders }) => (await loaders.mapsById.load(inference.mapId))!,
};
