import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { createEntity, linkActorToEntity, mergeEntities, unlinkActorFromEntity } from '../entity-mutations.ts';

export const entityMutations: MutationResolvers = {
  createEntity: (_, { input }, { db, scope }) => createEntity(db, scope, input),
  linkActorToEntity: (_, args, { db, scope }) => linkActorToEntity(db, scope, args),
  unlinkActorFromEntity: (_, { actorId }, { db, scope }) => unlinkActorFromEntity(db, scope, actorId),
  mergeEntities: (_, args, { db, scope }) => mergeEntities(db, scope, args),
};
