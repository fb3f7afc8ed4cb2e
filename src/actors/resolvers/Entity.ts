import type { EntityResolvers } from '../../graphql/resolvers-types.generated.ts';
import { readableMaps } from '../../graphql/readable-maps.ts';
import { dependenceLookAhead } from '../dependence-look-ahead.ts';
import { entityDependentClaims } from '../entity-dependence.ts';

/** Entity.dependentClaims lives with the other dependence reads; the entity's own fields live with entities. */
export const actorEntityFields: EntityResolvers = {
  dependentClaims: (entity, args, context, info) =>
    entityDependentClaims(context.db, context.scope, {
      ...args,
      entityId: entity.id,
      readableMaps: readableMaps(context),
      ...dependenceLookAhead(info),
    }),
};
