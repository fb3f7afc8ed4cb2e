import type { MutationResolvers } from '../../../graphql/resolvers-types.generated.ts';
import { importAif } from '../import-aif.ts';

export const aifMutations: MutationResolvers = {
  importAif: (_, { document, mapId, title, strict, linkEntities }, { db, scope }) =>
    importAif(db, scope, document, { mapId, title, strict, linkEntities }),
};
