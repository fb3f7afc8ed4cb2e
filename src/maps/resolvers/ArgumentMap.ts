import type { ArgumentMapResolvers } from '../../graphql/resolvers-types.generated.ts';
import { mapGraph } from '../map-queries.ts';

export const ArgumentMap: ArgumentMapResolvers = {
  source: (map, _, { loaders }) => loaders.sourcesByMapId.load(map.id),
  graph: (map, _, { db, scope }) => mapGraph(db, scope, map.id),
  counts: async (map, _, { loaders }) => (await loaders.mapCounts.load(map.id))!,
  preferences: (map, _, { loaders }) => loaders.preferencesOfMaps.load(map.id),
};
