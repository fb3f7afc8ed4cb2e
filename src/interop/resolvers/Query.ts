import type { QueryResolvers } from '../../graphql/resolvers-types.generated.ts';
import { exportMapDocument } from '../../maps/export-map.ts';
import { exportFormats } from '../export-formats.ts';

export const interopQueries: QueryResolvers = {
  exportMap: async (_, { mapId, format }, { db, scope, caller }) =>
    exportFormats[format ?? 'ARGMAP_JSON'](await exportMapDocument(db, scope, mapId, caller.maps)),
};
