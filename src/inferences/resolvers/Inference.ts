import type { InferenceResolvers } from '../../graphql/resolvers-types.generated.ts';
import { schemeCatalogue } from '../../schemes/catalogue.ts';

export const Inference: InferenceResolvers = {
  version: async (inference, _, { loaders }) =>
    inference.version ?? (await loaders.inferencesById.load(inference.id))?.version ?? 1,
  premises: (inference, _, { loaders }) => loaders.premisesOfInferences.load(inference.id),
  conclusion: async (inference, _, { loaders }) => (await loaders.conclusionsOfInferences.load(inference.id))!,
  // The stored text is the name as written; the catalogue scheme is resolved from it on each read,
  // so a scheme added to the catalogue later lands on inferences imported before it.
  scheme: (inference) => (inference.scheme ? (schemeCatalogue().byName(inference.scheme) ?? null) : null),
  schemeName: (inference) => inference.scheme ?? null,
  undercutBy: (inference, _, { loaders }) => loaders.undercutsOfInferences.load(inference.id),
  map: async (inference, _, { loaders }) => (await loaders.mapsById.load(inference.mapId))!,
};
