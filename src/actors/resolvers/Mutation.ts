import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { createActor, linkActor, unlinkActor } from '../actor-mutations.ts';

export const actorMutations: MutationResolvers = {
  createActor: (_, { input }, { db, scope }) => createActor(db, scope, input),
  linkActor: (_, link, { db, scope }) => linkActor(db, scope, link),
  unlinkActor: (_, link, { db, scope }) => unlinkActor(db, scope, link),
};
