import type { MutationResolvers } from '../../../graphql/resolvers-types.generated.ts';
import { importMap } from '../../../maps/import-map.ts';
import { argdownToMapDocument } from '../argdown-to-map-document.ts';

export const argdownMutations: MutationResolvers = {
  importArgdown: (_, { text, mapId, title, linkEntities }, { db, scope }) => {
    const { document, warnings } = argdownToMapDocument(text, { mapId, title: title ?? undefined });
    return importMap(db, scope, document, { warnings, linkEntities: linkEntities ?? false });
  },
};
