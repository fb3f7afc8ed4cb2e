import type { EntityLinkResolvers } from '../../graphql/resolvers-types.generated.ts';

/** Read after the import committed, through the request's loaders. */
export const EntityLink: EntityLinkResolvers = {
  actor: async (link, _, { loaders }) => (await loaders.actorsById.load(link.actorId))!,
  entity: async (link, _, { loaders }) => (await loaders.entitiesById.load(link.entityId))!,
};
