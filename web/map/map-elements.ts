/**
 * The map's graph as Cytoscape elements: one node per claim, inference, attack and actor, one edge
 * per link, each classed for the stylesheet (style.ts). Sorted by id, so that the same map always
 * gives dagre the same input and so the same drawing.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from './queries.ts';
import { nodeSize, shortLabel } from './style.ts';

const edgeClass: Record<GraphEdge['kind'], string> = {
  PREMISE: 'support',
  CONCLUSION: 'support',
  ATTACKER: 'attacker',
  REBUTS: 'rebut',
  UNDERCUTS: 'undercut',
  ASSERTS: 'asserts actor-link',
  ABOUT: 'about actor-link',
  REPHRASE: 'rephrase',
  PREFERENCE: 'preference',
};

export function mapElements(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): ElementDefinition[] {
  const attackKind = new Map(
    graph.edges.filter((e) => e.kind === 'REBUTS' || e.kind === 'UNDERCUTS').map((e) => [e.source, e.kind]),
  );
  const nodes = [...graph.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const edges = [...graph.edges].sort((a, b) => a.id.localeCompare(b.id));
  return [
    ...nodes.map((node) => {
      const kind = node.kind.toLowerCase();
      const attack = node.kind === 'ATTACK' && attackKind.get(node.id) === 'UNDERCUTS' ? ' undercut' : '';
      return {
        group: 'nodes' as const,
        data: {
          id: node.id,
          kind: node.kind,
          label: node.label,
          short: shortLabel(node.kind, node.label),
          role: node.role ?? '',
          ...nodeSize(node.kind, node.label),
        },
        classes: kind + attack,
      };
    }),
    ...edges.map((edge) => {
      // An attacker's edge into its attack node is drawn in the attack's own style.
      const style =
        edge.kind === 'ATTACKER'
          ? `attacker ${attackKind.get(edge.target) === 'UNDERCUTS' ? 'undercut' : 'rebut'}`
          : edgeClass[edge.kind];
      return {
        group: 'edges' as const,
        data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind },
        classes: style,
      };
    }),
  ];
}
