/**
 * Every format a map can be exported in, each a pure function of the map's `argmap/map@1`
 * document: formats never read Neo4j themselves, so each is tested on documents alone.
 */
import type { MapFormat } from '../graphql/resolvers-types.generated.ts';
import type { MapDocument } from '../maps/map-document.ts';

export const exportFormats: Record<MapFormat, (document: MapDocument) => string> = {
  ARGMAP_JSON: (document) => `${JSON.stringify(document, null, 2)}\n`,
};
