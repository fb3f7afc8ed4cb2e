/**
 * A map as a Mermaid flowchart, laid out bottom-to-top so conclusions sit on top and the map reads
 * downwards from them to their premises. Shapes and colours follow the DOT export: claims rounded
 * and filled by role (classDef per role), inferences stadiums, attacks red rhombi, actors circles;
 * support solid, rebuttals red, undercuts red dashed, actor links grey dotted (`linkStyle`).
 * Node ids are generated (`n0`, `n1` …) since map ids hold characters Mermaid reads as syntax;
 * labels are quoted with Mermaid's entity codes for the characters that could end them.
 */
import type { GraphEdgeKind, GraphNodeKind } from '../../graphql/resolvers-types.generated.ts';
import type { MapDocument } from '../../maps/map-document.ts';
import { mapGraph, roleColours, wrapLabel } from './map-graph.ts';

const shapes: Record<GraphNodeKind, [string, string]> = {
  CLAIM: ['(', ')'],
  INFERENCE: ['([', '])'],
  ATTACK: ['{', '}'],
  ACTOR: ['((', '))'],
};

const linkStyles: Partial<Record<GraphEdgeKind | 'UNDERCUT_ATTACKER', string>> = {
  ATTACKER: 'stroke:#cc0000',
  REBUTS: 'stroke:#cc0000',
  UNDERCUTS: 'stroke:#cc0000,stroke-dasharray:6 4',
  UNDERCUT_ATTACKER: 'stroke:#cc0000,stroke-dasharray:6 4',
  ASSERTS: 'stroke:#888888,stroke-dasharray:2 3',
  ABOUT: 'stroke:#888888,stroke-dasharray:2 3',
  REPHRASE: 'stroke:#1f77b4,stroke-dasharray:6 4',
  PREFERENCE: 'stroke:#2ca02c,stroke-dasharray:6 4',
};

export function mapDocumentToMermaid(doc: MapDocument): string {
  const { nodes, edges } = mapGraph(doc);
  const shortId = new Map(nodes.map((node, index) => [node.id, `n${index}`]));
  const undercuts = new Set(edges.filter((edge) => edge.kind === 'UNDERCUTS').map((edge) => edge.source));
  const lines = ['flowchart BT'];
  for (const node of nodes) {
    const [open, close] = shapes[node.kind];
    lines.push(`  ${shortId.get(node.id)}${open}"${label(node.label)}"${close}`);
  }
  const styled = new Map<string, number[]>();
  edges.forEach((edge, index) => {
    const kind = edge.kind === 'ATTACKER' && undercuts.has(edge.target) ? 'UNDERCUT_ATTACKER' : edge.kind;
    const dashed = kind !== 'PREMISE' && kind !== 'CONCLUSION' && kind !== 'ATTACKER' && kind !== 'REBUTS';
    lines.push(`  ${shortId.get(edge.source)} ${dashed ? '-.->' : '-->'} ${shortId.get(edge.target)}`);
    const style = linkStyles[kind];
    if (style) styled.set(style, [...(styled.get(style) ?? []), index]);
  });
  for (const [style, indexes] of styled) lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
  for (const [role, colour] of Object.entries(roleColours)) {
    const members = nodes.filter((node) => node.role === role).map((node) => shortId.get(node.id));
    lines.push(`  classDef ${role.toLowerCase()} fill:${colour},stroke:#555555`);
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${role.toLowerCase()}`);
  }
  lines.push('  classDef attack fill:#f4cccc,stroke:#cc0000,color:#cc0000', '  classDef actor fill:#e4d7f5,stroke:#555555');
  for (const kind of ['ATTACK', 'ACTOR'] as const) {
    const members = nodes.filter((node) => node.kind === kind).map((node) => shortId.get(node.id));
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${kind.toLowerCase()}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A quoted Mermaid label: entity codes for the characters a label cannot hold, `<br/>` between lines. */
function label(text: string): string {
  const entities: Record<string, string> = { '"': '#quot;', '#': '#35;', '&': '#amp;', '<': '#lt;', '>': '#gt;', '`': '#96;' };
  return wrapLabel(text)
    .map((line) => line.replace(/["#&<>`]/g, (char) => entities[char]!))
    .join('<br/>');
}
