import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { listMaps } from '../map-queries.ts';

export const mapQueries: QueryResolvers = {
  map: (_, { id }, { loaders }) => loaders.mapsById.load(id),
  maps: (_, __, { db, scope }) => listMaps(db, scope),
};
