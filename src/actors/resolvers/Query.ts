import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { readableMaps } from '../../graphql/readable-maps.ts';
import { dependenceLookAhead } from '../dependence-look-ahead.ts';
import { dependenceSubject } from '../dependence-subject.ts';
import { dependentClaims, listActors } from '../actor-queries.ts';
import { entityDependentClaims } from '../entity-dependence.ts';

export const actorQueries: QueryResolvers = {
  actor: (_, { id }, { loaders }) => loaders.actorsById.load(id),
  actors: (_, { filter }, { db, scope }) => listActors(db, scope, filter),
  dependentClaims: (_, { actorId, entityId, maps, ...args }, context, info) => {
    const subject = dependenceSubject({ actorId, entityId, maps });
    const { db, scope } = context;
    return 'actorId' in subject
      ? dependentClaims(db, scope, { ...args, actorId: subject.actorId, ...dependenceLookAhead(info) })
      : entityDependentClaims(db, scope, {
          ...args,
          entityId: subject.entityId,
          maps,
          readableMaps: readableMaps(context),
          ...dependenceLookAhead(info),
        });
  },
};
