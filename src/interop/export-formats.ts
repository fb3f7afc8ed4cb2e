/**
 * Every format a map can be exported in, each a pure function of the map's `argmap/map@1`
 * document: formats never read Neo4j themselves, so each is tested on documents alone.
 */
import type { MapFormat } from '../graphql/resolvers-types.generated.ts';
import type { MapDocument } from '../maps/map-document.ts';
import { mapDocumentToAif } from './aif/map-document-to-aif.ts';
import { mapDocumentToArgdown } from './argdown/map-document-to-argdown.ts';
import { mapDocumentToCytoscape } from './graph/map-document-to-cytoscape.ts';
import { mapDocumentToDot } from './graph/map-document-to-dot.ts';
import { mapDocumentToMermaid } from './graph/map-document-to-mermaid.ts';

export const exportFormats: Record<MapFormat, (document: MapDocument) => string> = {
  ARGMAP_JSON: (document) => `${JSON.stringify(document, null, 2)}\n`,
  AIF_JSON: (document) => `${JSON.stringify(mapDocumentToAif(document), null, 2)}\n`,
  ARGDOWN: mapDocumentToArgdown,
  DOT: mapDocumentToDot,
  MERMAID: mapDocumentToMermaid,
  CYTOSCAPE_JSON: (document) => `${JSON.stringify(mapDocumentToCytoscape(document), null, 2)}\n`,
};
