import type { SubscriptionResolvers } from '../../graphql/resolvers-types.generated.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { MapChangeStream } from '../map-change-stream.ts';
import { parseCursor } from '../map-changes.ts';

export const liveSubscriptions: SubscriptionResolvers = {
  mapChanged: {
    // A map-limited token is told of another map what it would be told of a missing one.
    subscribe: async (_, { mapId, after }, { db, scope, caller, loaders, changes }) => {
      const from = parseCursor(after);
      if (!changes) throw new Error('mapChanged runs only over the WebSocket endpoint');
      if ((caller.maps && !caller.maps.includes(mapId)) || !(await loaders.mapsById.load(mapId))) {
        throw new NotFoundError('mapId', mapId, 'map');
      }
      return new MapChangeStream(db, scope, changes, mapId, from);
    },
  },
};
