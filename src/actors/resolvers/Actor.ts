import type { ActorResolvers } from '../../graphql/resolvers-types.generated.ts';
import { dependentClaims } from '../actor-queries.ts';

export const Actor: ActorResolvers = {
  aliases: (actor) => actor.aliases ?? [],
  asserts: (actor, _, { loaders }) => loaders.claimsAssertedByActors.load(actor.id),
  claimsAbout: (actor, _, { loaders }) => loaders.claimsAboutActors.load(actor.id),
  dependentClaims: (actor, { via, maxDepth }, { db, scope }) => dependentClaims(db, scope, { actorId: actor.id, via, maxDepth }),
  map: async (actor, _, { loaders }) => (await loaders.mapsById.load(actor.mapId))!,
};
