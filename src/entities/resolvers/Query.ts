import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { listEntities } from '../entity-queries.ts';
import { suggestEntities } from '../suggest-entities.ts';

export const entityQueries: QueryResolvers = {
  entity: (_, { id }, { loaders }) => loaders.entitiesById.load(id),
  entities: (_, args, { db, scope }) => listEntities(db, scope, args),
  suggestEntities: (_, args, { db, scope, caller }) => suggestEntities(db, scope, { ...args, readableMaps: caller.maps }),
};
