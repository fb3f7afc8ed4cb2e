import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { dependenceLookAhead } from '../dependence-look-ahead.ts';
import { dependentClaims, listActors } from '../actor-queries.ts';

export const actorQueries: QueryResolvers = {
  actor: (_, { id }, { loaders }) => loaders.actorsById.load(id),
  actors: (_, { filter }, { db, scope }) => listActors(db, scope, filter),
  dependentClaims: (_, args, { db, scope }, info) => dependentClaims(db, scope, { ...args, ...dependenceLookAhead(info) }),
};
