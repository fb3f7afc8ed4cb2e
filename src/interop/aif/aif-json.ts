/**
 * The shape of AIF JSON as AIFdb and OVA write it, read leniently and normalised: the `{"AIF": …}`
 * wrapper of xAIF is unwrapped, every id (nodeID, edgeID, fromID, toID, personID, participantID,
 * which are strings or integers depending on the exporter) becomes a string, and missing lists
 * mean none. What cannot be read — a non-object, a node without nodeID or type, an unknown node
 * type, a duplicate nodeID, an edge to a missing node — throws BAD_USER_INPUT naming the id.
 */
import { BadUserInputError } from '../../shared/errors.ts';

export const aifNodeTypes = ['I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA'] as const;
export type AifNodeType = (typeof aifNodeTypes)[number];

export interface AifNode {
  id: string;
  type: AifNodeType;
  text: string;
  scheme: string | null;
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
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;

export function readAifGraph(json: unknown): AifGraph {
  if (!isObject(json)) throw new BadUserInputError('document', 'is not an AIF JSON object');
  const aif = isObject(json.AIF) ? json.AIF : json;
  const list = (name: string): unknown[] => {
    const value = aif[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new BadUserInputError(`document.${name}`, 'must be a list');
    return value;
  };
  if (!('nodes' in aif) && !('edges' in aif)) throw new BadUserInputError('document', 'has no AIF "nodes" or "edges"');

  const nodes = list('nodes').map((node, index): AifNode => {
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
    return { id, type: type as AifNodeType, text: typeof node.text === 'string' ? node.text : '', scheme };
  });
  const byId = new Set<string>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new BadUserInputError(`node ${node.id}`, 'nodeID is used twice');
    byId.add(node.id);
  }

  const edges = list('edges').map((edge, index): AifEdge => {
    if (!isObject(edge)) throw new BadUserInputError(`document.edges[${index}]`, 'is not an object');
    const id = idOf(edge.edgeID) ?? `#${index}`;
    const from = idOf(edge.fromID);
    const to = idOf(edge.toID);
    for (const [end, value] of [
      ['fromID', from],
      ['toID', to],
    ] as const) {
      if (value === null) throw new BadUserInputError(`edge ${id}`, `has no ${end}`);
      if (!byId.has(value)) throw new BadUserInputError(`edge ${id}`, `${end} "${value}" is not a node of this document`);
    }
    return { id, from: from!, to: to! };
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

  return { nodes, edges, locutions, participants, argmap: isObject(json) ? json.argmap : undefined };
}
