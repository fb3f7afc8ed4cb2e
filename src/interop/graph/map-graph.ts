/**
 * A document as the flat graph every drawing format is written from: the same nodes, edges, ids,
 * kinds and claim roles as `ArgumentMap.graph` (cypher/maps/map-graph.cypher), computed from the
 * document instead of Neo4j. Claims, inferences (RA), attacks (CA) and actors are nodes; PREMISE,
 * CONCLUSION, ATTACKER, REBUTS, UNDERCUTS (to an inference, or to an attack it undercuts),
 * ASSERTS (actor → claim), ABOUT (claim → actor), REPHRASE (claim → its rephrasing, AIF MA) and
 * PREFERENCE (preferred element → the other, AIF PA) are edges.
 */
import type { ClaimRole, GraphEdgeKind, GraphNodeKind } from '../../graphql/resolvers-types.generated.ts';
import type { MapDocument } from '../../maps/map-document.ts';

export interface MapGraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  role: ClaimRole | null;
}

export interface MapGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
}

export interface MapGraph {
  nodes: MapGraphNode[];
  edges: MapGraphEdge[];
}

export function mapGraph(doc: MapDocument): MapGraph {
  const id = (key: string) => `${doc.map.id}:${key}`;
  const inferences = doc.inferences ?? [];
  const premises = new Set(inferences.flatMap((inference) => inference.premises));
  const concluded = new Set(inferences.map((inference) => inference.conclusion));
  const claimIds = new Set((doc.claims ?? []).map((claim) => claim.id));
  const nodes: MapGraphNode[] = [
    ...(doc.claims ?? []).map((claim) => ({
      id: id(claim.id),
      kind: 'CLAIM' as const,
      label: claim.text,
      role: role(premises.has(claim.id), concluded.has(claim.id)),
    })),
    ...inferences.map((inference) => ({
      id: id(inference.id),
      kind: 'INFERENCE' as const,
      label: inference.scheme ?? 'inference',
      role: null,
    })),
    ...(doc.attacks ?? []).map((attack) => ({
      id: id(attack.id),
      kind: 'ATTACK' as const,
      label: attack.kind === 'REBUT' ? 'rebuttal' : 'undercut',
      role: null,
    })),
    ...(doc.actors ?? []).map((actor) => ({ id: id(actor.id), kind: 'ACTOR' as const, label: actor.name, role: null })),
  ];
  const edge = (source: string, kind: GraphEdgeKind, target: string): MapGraphEdge => ({
    id: `${id(source)}>${kind}>${id(target)}`,
    source: id(source),
    target: id(target),
    kind,
  });
  const edges = [
    ...inferences.flatMap((inference) =>
      [...new Set(inference.premises)].map((premise) => edge(premise, 'PREMISE', inference.id)),
    ),
    ...inferences.map((inference) => edge(inference.id, 'CONCLUSION', inference.conclusion)),
    ...(doc.attacks ?? []).flatMap((attack) => [
      edge(attack.attacker, 'ATTACKER', attack.id),
      edge(attack.id, claimIds.has(attack.target) ? 'REBUTS' : 'UNDERCUTS', attack.target),
    ]),
    ...(doc.actorLinks ?? []).map((link) =>
      link.kind === 'ASSERTS' ? edge(link.actor, 'ASSERTS', link.claim) : edge(link.claim, 'ABOUT', link.actor),
    ),
    ...(doc.rephrases ?? []).map((rephrase) => edge(rephrase.from, 'REPHRASE', rephrase.to)),
    ...(doc.preferences ?? []).map((preference) => edge(preference.preferred, 'PREFERENCE', preference.over)),
  ];
  return { nodes, edges };
}

function role(isPremise: boolean, isConcluded: boolean): ClaimRole {
  if (isPremise && isConcluded) return 'INTERMEDIATE';
  if (isPremise) return 'BASIC_PREMISE';
  return isConcluded ? 'MAIN_CONCLUSION' : 'UNCONNECTED';
}

/** Breaks a label into lines of at most `width` characters, at spaces where there are any. */
export function wrapLabel(text: string, width = 32): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; rest = rest.slice(width)) {
      const piece = rest.slice(0, width);
      if (line && line.length + 1 + piece.length > width) {
        lines.push(line);
        line = piece;
      } else line = line ? `${line} ${piece}` : piece;
    }
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
}

/** Fill colours by claim role, and the styles of each kind of edge, shared by DOT and Mermaid. */
export const roleColours: Record<ClaimRole, string> = {
  MAIN_CONCLUSION: '#f9d49b',
  INTERMEDIATE: '#cfe2f3',
  BASIC_PREMISE: '#d9ead3',
  UNCONNECTED: '#eeeeee',
};
