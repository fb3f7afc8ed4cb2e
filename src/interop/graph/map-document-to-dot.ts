/**
 * A map as a Graphviz DOT digraph (`dot -Tsvg`), drawn bottom-up so conclusions sit on top:
 * claims are boxes filled by role, inferences small ellipses (their scheme), attacks red diamonds,
 * actors purple ovals. Support edges are solid, rebuttals red, undercuts red and dashed, actor links
 * grey and dotted. Every id and label is a quoted DOT string, escaped, so no text can break out.
 */
import type { GraphEdgeKind, GraphNodeKind } from '../../graphql/resolvers-types.generated.ts';
import type { MapDocument } from '../../maps/map-document.ts';
import { mapGraph, roleColours, wrapLabel, type MapGraphNode } from './map-graph.ts';

const nodeStyles: Record<GraphNodeKind, string> = {
  CLAIM: 'shape=box, style="rounded,filled"',
  INFERENCE: 'shape=ellipse, style=filled, fillcolor="#ffffff", fontsize=8',
  ATTACK: 'shape=diamond, style=filled, fillcolor="#f4cccc", color="#cc0000", fontcolor="#cc0000", fontsize=8',
  ACTOR: 'shape=oval, style=filled, fillcolor="#e4d7f5"',
};

const edgeStyles: Record<GraphEdgeKind, string> = {
  PREMISE: 'color="#333333"',
  CONCLUSION: 'color="#333333"',
  ATTACKER: 'color="#cc0000"',
  REBUTS: 'color="#cc0000"',
  UNDERCUTS: 'color="#cc0000", style=dashed',
  ASSERTS: 'color="#888888", style=dotted',
  ABOUT: 'color="#888888", style=dotted',
  REPHRASE: 'color="#1f77b4", style=dashed, arrowhead=empty',
  PREFERENCE: 'color="#2ca02c", style=dashed, arrowhead=diamond',
};

export function mapDocumentToDot(doc: MapDocument): string {
  const { nodes, edges } = mapGraph(doc);
  // An undercut's attacker edge is dashed too, so the whole undercut reads as one dashed line.
  const undercuts = new Set(edges.filter((edge) => edge.kind === 'UNDERCUTS').map((edge) => edge.source));
  const lines = [
    `digraph ${quote(doc.map.id)} {`,
    `  graph [rankdir=BT, labelloc=t, fontname="Helvetica", label=${quote(doc.map.title)}];`,
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [arrowsize=0.7];',
    ...nodes.map(
      (node) => `  ${quote(node.id)} [${nodeStyles[node.kind]}${fill(node)}, label=${quote(wrapLabel(node.label).join('\n'))}];`,
    ),
    ...edges.map((edge) => {
      const style = edge.kind === 'ATTACKER' && undercuts.has(edge.target) ? edgeStyles.UNDERCUTS : edgeStyles[edge.kind];
      return `  ${quote(edge.source)} -> ${quote(edge.target)} [${style}, class=${quote(edge.kind.toLowerCase())}];`;
    }),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function fill(node: MapGraphNode): string {
  return node.role ? `, fillcolor=${quote(roleColours[node.role])}, class=${quote(node.role.toLowerCase())}` : '';
}

/** A DOT quoted string: backslash and quote escaped, line breaks as DOT's centred `\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
