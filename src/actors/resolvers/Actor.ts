import type { ActorResolvers } from '../../graphql/resolvers-types.generated.ts';
import { dependentClaims } from '../actor-queries.ts';
import { dependenceLookAhead } from '../dependence-look-ahead.ts';

export const Actor: ActorResolvers = {
  aliases: (actor) => actor.aliases ?? [],
  asserts: (actor, _, { loaders }) => loaders.claimsAssertedByActors.load(actor.id),
  claimsAbout: (actor, _, { loaders }) => loaders.claimsAboutActors.load(actor.id),
  dependentClaims: (actor, args, { db, scope }, info) =>
    dependentClaims(db, scope, { ...args, actorId: actor.id, ...dependenceLookAhead(info) }),
  map: async (actor, _, { loaders }) => (await loaders.mapsById.load(actor.mapId))!,
};
