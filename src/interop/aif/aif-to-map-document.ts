/**
 * AIF JSON → `argmap/map@1` document (pure; nothing is written). The mapping, as in the README:
 * I → claim; RA → inference; CA → attack (I-node target: REBUT; RA or CA target: UNDERCUT);
 * MA → rephrase; PA → preference; speakers of L-nodes and participants → actors, L –YA→ I →
 * ASSERTS; xAIF's `text` → the map's source text (xaif-source-text.ts). TA, YA and L nodes are
 * dialogue structure: read for speakers, not kept. One step per node kind (convert-*.ts) over a
 * shared conversion state (aif-conversion.ts), in this order, because CA reads what RA kept and PA
 * what both kept. Defects the reader repairs (aif-json.ts) are the first warnings.
 *
 * AIF nodeIDs become keys unchanged when they are valid keys (they are in every corpus seen), so a
 * claim's key is its I-node's nodeID. No I, RA or CA node is ever lost without a warning naming its
 * nodeID: an RA/CA/MA/PA missing an end, a duplicate RA, an edge with no argmap form are dropped
 * with a warning; an RA or CA with several conclusions or ends is split into `<key>`, `<key>.2`, …
 */
import type { MapDocument } from '../../maps/map-document.ts';
import type { ImportConversion, ImportOptions } from '../import-formats.ts';
import { applyAifExtension } from './apply-aif-extension.ts';
import { createAifConversion } from './aif-conversion.ts';
import { readAifExtension } from './aif-extension.ts';
import { readAifGraph } from './aif-json.ts';
import { convertCaNodes } from './convert-ca-nodes.ts';
import { convertINodes } from './convert-i-nodes.ts';
import { convertMaNodes } from './convert-ma-nodes.ts';
import { convertPaNodes } from './convert-pa-nodes.ts';
import { convertRaNodes } from './convert-ra-nodes.ts';
import { convertSpeakers } from './convert-speakers.ts';
import { xaifSourceText } from './xaif-source-text.ts';

export function aifToMapDocument(json: unknown, options: ImportOptions): ImportConversion {
  const graph = readAifGraph(json);
  const extension = readAifExtension(graph.argmap);
  const cx = createAifConversion(graph);
  convertINodes(cx);
  convertRaNodes(cx);
  convertCaNodes(cx);
  convertMaNodes(cx);
  convertPaNodes(cx);
  const participantActors = convertSpeakers(cx);
  if (extension) applyAifExtension(cx.doc, extension, participantActors, cx.keyOf);
  // argmap's own extension carries the exact source; xAIF's text is read only in its absence.
  const sourceText = extension?.map.source ? null : xaifSourceText(graph.text, cx.warnings);
  const source = extension?.map.source ?? (sourceText ? { text: sourceText } : null);

  const document: MapDocument = {
    format: 'argmap/map@1',
    map: {
      id: options.mapId,
      title: options.title ?? (extension?.map.title || `AIF map ${options.mapId}`),
      ...(extension?.map.description != null ? { description: extension.map.description } : {}),
      ...(source ? { source } : {}),
    },
    ...cx.doc,
  };
  return { document, warnings: cx.warnings };
}
