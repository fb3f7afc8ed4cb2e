import type { EntityResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { MapRecord } from '../../graphql/records/map-record.ts';
import { readableActors } from '../readable-actors.ts';

/** An entity belongs to no map, but its actors do: a map-limited caller sees only its maps' ones. */
export const Entity: EntityResolvers = {
  aliases: (entity) => entity.aliases ?? [],
  sameAs: (entity) => entity.sameAs ?? [],
  actors: async (entity, _, { loaders, caller }) => readableActors(await loaders.actorsOfEntities.load(entity.id), caller),
  maps: async (entity, _, { loaders, caller }) => {
    const actors = readableActors(await loaders.actorsOfEntities.load(entity.id), caller);
    const maps = await loaders.mapsById.loadMany([...new Set(actors.map((actor) => actor.mapId))].sort());
    return maps.filter((map): map is MapRecord => map !== null && !(map instanceof Error));
  },
};
