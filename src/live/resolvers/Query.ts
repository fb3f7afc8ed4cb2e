import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { mapChanges, parseCursor } from '../map-changes.ts';

export const liveQueries: QueryResolvers = {
  mapChanges: async (_, { mapId, after, first }, { db, scope, loaders }) => {
    const from = parseCursor(after);
    if (!(await loaders.mapsById.load(mapId))) throw new NotFoundError('mapId', mapId, 'map');
    return mapChanges(db, scope, mapId, from, first ?? 50);
  },
};
