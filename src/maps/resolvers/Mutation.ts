import type { MutationResolvers } from '../../graphql/resolvers-types.generated.ts';
import { importMap } from '../import-map.ts';
import { createMap } from '../map-queries.ts';

export const mapMutations: MutationResolvers = {
  createMap: (_, { input }, { db, scope }) => createMap(db, scope, input),
  importMap: (_, { document, linkEntities }, { db, scope }) =>
    importMap(db, scope, document, { linkEntities: linkEntities ?? false }),
};
