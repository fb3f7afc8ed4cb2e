import type { ActorResolvers } from '../../graphql/resolvers-types.generated.ts';

/** Actor.entity lives with the entities so that actors/ need not import entities/. */
export const entityActorFields: ActorResolvers = {
  entity: (actor, _, { loaders }) => loaders.entitiesOfActors.load(actor.id),
};
