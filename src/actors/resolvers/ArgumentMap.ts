import type { ArgumentMapResolvers } from '../../graphql/resolvers-types.generated.ts';
import { listActors } from '../actor-queries.ts';

/** ArgumentMap.actors lives with the actors so that maps/ need not import actors/. */
export const actorArgumentMapFields: ArgumentMapResolvers = {
  actors: (map, _, { db, scope }) => listActors(db, scope, { mapId: map.id }),
};
