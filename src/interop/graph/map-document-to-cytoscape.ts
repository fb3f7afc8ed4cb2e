/**
 * A map as Cytoscape.js JSON, ready for `cytoscape({ container, ...json })`: `elements` holds the
 * nodes and edges of `mapGraph` (ids, `data.kind`, `data.label`, claims' `data.role`), and `style`
 * a stylesheet keyed on those fields with the same conventions as the DOT and Mermaid exports.
 */
import type { MapDocument } from '../../maps/map-document.ts';
import { mapGraph, roleColours } from './map-graph.ts';

export interface CytoscapeJson {
  elements: {
    nodes: { data: { id: string; kind: string; label: string; role?: string } }[];
    edges: { data: { id: string; source: string; target: string; kind: string } }[];
  };
  style: { selector: string; style: Record<string, string | number> }[];
}

export function mapDocumentToCytoscape(doc: MapDocument): CytoscapeJson {
  const { nodes, edges } = mapGraph(doc);
  return {
    elements: {
      nodes: nodes.map(({ role, ...node }) => ({ data: role ? { ...node, role } : node })),
      edges: edges.map((edge) => ({ data: edge })),
    },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '180px', 'font-size': 10 } },
      { selector: 'node[kind = "CLAIM"]', style: { shape: 'round-rectangle', 'background-color': roleColours.UNCONNECTED } },
      ...Object.entries(roleColours).map(([role, colour]) => ({
        selector: `node[role = "${role}"]`,
        style: { 'background-color': colour },
      })),
      { selector: 'node[kind = "INFERENCE"]', style: { shape: 'ellipse', 'background-color': '#ffffff', 'font-size': 8 } },
      { selector: 'node[kind = "ATTACK"]', style: { shape: 'diamond', 'background-color': '#f4cccc', color: '#cc0000' } },
      { selector: 'node[kind = "ACTOR"]', style: { shape: 'ellipse', 'background-color': '#e4d7f5' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#333333' } },
      { selector: 'edge[kind = "ATTACKER"], edge[kind = "REBUTS"]', style: { 'line-color': '#cc0000' } },
      { selector: 'edge[kind = "UNDERCUTS"]', style: { 'line-color': '#cc0000', 'line-style': 'dashed' } },
      { selector: 'edge[kind = "ASSERTS"], edge[kind = "ABOUT"]', style: { 'line-color': '#888888', 'line-style': 'dotted' } },
    ],
  };
}
