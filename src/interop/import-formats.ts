/**
 * Every format a map can be imported from, each a pure conversion of the file's text into an
 * `argmap/map@1` document, which importMap then writes in one transaction. A conversion never
 * writes anything itself, so a file with any error writes nothing.
 */
import type { MapDocument } from '../maps/map-document.ts';
import { aifToMapDocument } from './aif/aif-to-map-document.ts';
import { argdownToMapDocument } from './argdown/argdown-to-map-document.ts';
import { parseJsonText } from './aif/parse-json-text.ts';

export interface ImportOptions {
  /** The id of the map to write; a conversion that needs one and gets none derives it from the file. */
  mapId: string;
  /** A title for the map when the file has none. */
  title?: string | undefined;
}

/** What a conversion noticed: dropped or repaired elements, named by their ids in the file. */
export interface ImportConversion {
  document: MapDocument;
  warnings: string[];
}

export type ImportFormat = 'ARGMAP_JSON' | 'AIF_JSON' | 'ARGDOWN';

export const importFormats: Record<ImportFormat, (text: string, options: ImportOptions) => ImportConversion> = {
  ARGMAP_JSON: (text, options) => {
    // Malformed text is the user's to fix (BAD_USER_INPUT naming the file), as for AIF; what the
    // JSON holds is checked against the map format's schema when it is imported.
    const document = parseJsonText(text) as MapDocument;
    return { document: { ...document, map: { ...document.map, id: options.mapId } }, warnings: [] };
  },
  AIF_JSON: (text, options) => aifToMapDocument(parseJsonText(text), options),
  ARGDOWN: argdownToMapDocument,
};
