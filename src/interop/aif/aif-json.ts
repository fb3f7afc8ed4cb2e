/**
 * The shape of AIF JSON as AIFdb and OVA write it, read leniently and normalised: the `{"AIF": …}`
 * wrapper of xAIF is unwrapped, every id (nodeID, edgeID, fromID, toID, personID, participantID,
 * which are strings or integers depending on the exporter, even within one file) becomes a string,
 * so `7` and `"7"` are one person, and missing lists mean none.
 *
 * Defects an exporter leaves and a reader can repair are repaired with a warning naming the id
 * (docs/formats-aif-repairs.md): an `AIF` key holding only metadata beside top-level `nodes` and
 * `edges` (the top level is read), a node listed twice with the same content (read once), an edge
 * to a node the file does not hold (dropped). These warnings come first, so that `strict`, which
 * refuses on the first warning, names them. What cannot be read — a non-object, a node without
 * nodeID or type, an unknown node type, a nodeID used twice with different content, an edge
 * without fromID or toID — throws BAD_USER_INPUT naming the id.
 */
import { BadUserInputError } from '../../shared/errors.ts';

export const aifNodeTypes = ['I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA'] as const;
export type AifNodeType = (typeof aifNodeTypes)[number];

export interface AifNode {
  id: string;
  type: AifNodeType;
  text: string;
  scheme: string | null;
  /** AIFdb's scheme number, kept to say when a node names a scheme only by it. */
  schemeId: string | null;
}
export interface AifEdge {
  id: string;
  from: string;
  to: string;
}
export interface AifLocution {
  nodeId: string;
  personId: string | null;
}
export interface AifParticipant {
  id: string;
  name: string;
}

export interface AifGraph {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
  /** argmap's own extension (see map-document-to-aif.ts), when the file was written by argmap. */
  argmap: unknown;
  /** xAIF's `text`: the analysed source, as OVA writes it (often HTML). */
  text: unknown;
  /** The repairs made while reading, in document order. */
  warnings: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;

export function readAifGraph(json: unknown): AifGraph {
  if (!isObject(json)) throw new BadUserInputError('document', 'is not an AIF JSON object');
  const warnings: string[] = [];
  const aif = graphObject(json, warnings);
  const list = (name: string): unknown[] => {
    // Beside a metadata-only `AIF`, a list missing at the top level may still sit inside it.
    const value = aif[name] ?? (aif === json && isObject(json.AIF) ? json.AIF[name] : undefined);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new BadUserInputError(`document.${name}`, 'must be a list');
    return value;
  };

  const nodes = uniqueNodes(list('nodes').map(readNode), warnings);
  const byId = new Set(nodes.map((node) => node.id));
  const edges = list('edges').flatMap((edge, index): AifEdge[] => {
    if (!isObject(edge)) throw new BadUserInputError(`document.edges[${index}]`, 'is not an object');
    const id = idOf(edge.edgeID) ?? `#${index}`;
    const from = idOf(edge.fromID);
    const to = idOf(edge.toID);
    if (from === null) throw new BadUserInputError(`edge ${id}`, 'has no fromID');
    if (to === null) throw new BadUserInputError(`edge ${id}`, 'has no toID');
    const missing = [`fromID "${from}"`, `toID "${to}"`].filter((_, end) => !byId.has(end === 0 ? from : to));
    if (!missing.length) return [{ id, from, to }];
    const verb = missing.length === 1 ? 'names' : 'name';
    warnings.push(`edge ${id} dropped: its ${missing.join(' and ')} ${verb} no node of this document`);
    return [];
  });

  const locutions = list('locutions').flatMap((locution): AifLocution[] => {
    const nodeId = isObject(locution) ? idOf(locution.nodeID) : null;
    // A locution about a node the file does not hold says nothing we can attach; skip it.
    if (!isObject(locution) || nodeId === null || !byId.has(nodeId)) return [];
    return [{ nodeId, personId: idOf(locution.personID) }];
  });

  const participants = list('participants').flatMap((participant): AifParticipant[] => {
    const id = isObject(participant) ? idOf(participant.participantID) : null;
    if (!isObject(participant) || id === null) return [];
    const name = [participant.firstname, participant.surname].filter((part) => typeof part === 'string' && part.trim()).join(' ');
    return name ? [{ id, name: name.replace(/\s+/g, ' ').trim() }] : [];
  });

  return { nodes, edges, locutions, participants, argmap: json.argmap, text: json.text, warnings };
}

/**
 * The object holding the graph: xAIF's `AIF`, unless that holds no nodes or edges while the top
 * level does (an exporter that put only metadata under `AIF`), then the top level.
 */
function graphObject(json: Json, warnings: string[]): Json {
  const holdsGraph = (value: Json) => 'nodes' in value || 'edges' in value;
  let aif = isObject(json.AIF) ? json.AIF : json;
  if (aif !== json && !holdsGraph(aif) && holdsGraph(json)) {
    warnings.push('document: its "AIF" key holds no nodes or edges; the nodes and edges beside it were read');
    aif = json;
  }
  if (!holdsGraph(aif)) throw new BadUserInputError('document', 'has no AIF "nodes" or "edges"');
  return aif;
}

function readNode(node: unknown, index: number): AifNode {
  const id = isObject(node) ? idOf(node.nodeID) : null;
  if (!isObject(node) || id === null) throw new BadUserInputError(`document.nodes[${index}]`, 'has no nodeID');
  const type = typeof node.type === 'string' ? node.type.trim().toUpperCase() : '';
  if (!(aifNodeTypes as readonly string[]).includes(type)) {
    throw new BadUserInputError(
      `node ${id}`,
      `has unknown type "${String(node.type)}" (expected one of ${aifNodeTypes.join(', ')})`,
    );
  }
  const scheme = typeof node.scheme === 'string' ? node.scheme : null;
  const text = typeof node.text === 'string' ? node.text : '';
  return { id, type: type as AifNodeType, text, scheme, schemeId: idOf(node.schemeID) };
}

/**
 * Each nodeID once. A node listed again with the same content (what argmap reads: type, text,
 * scheme, schemeID) is a harmless repeat, read once; with different content nobody can tell which
 * the edges mean, so that is an error naming the nodeID and the first field that differs.
 */
function uniqueNodes(nodes: AifNode[], warnings: string[]): AifNode[] {
  const first = new Map<string, AifNode>();
  return nodes.filter((node) => {
    const earlier = first.get(node.id);
    if (!earlier) {
      first.set(node.id, node);
      return true;
    }
    const field = (['type', 'text', 'scheme', 'schemeId'] as const).find((f) => earlier[f] !== node[f]);
    if (field) {
      const shown = (value: string | null) => (value === null ? 'none' : JSON.stringify(shorten(value)));
      throw new BadUserInputError(
        `node ${node.id}`,
        `nodeID is used twice with different content (${field === 'schemeId' ? 'schemeID' : field} ${shown(earlier[field])} and ${shown(node[field])})`,
      );
    }
    warnings.push(`${node.type}-node ${node.id}: listed twice with the same content; read once`);
    return false;
  });
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
