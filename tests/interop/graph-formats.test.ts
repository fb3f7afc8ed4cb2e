import cytoscape from 'cytoscape';
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';
import { fromDot, type RootGraphModel } from 'ts-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapDocumentToCytoscape } from '../../src/interop/graph/map-document-to-cytoscape.ts';
import { mapDocumentToDot } from '../../src/interop/graph/map-document-to-dot.ts';
import { mapDocumentToMermaid } from '../../src/interop/graph/map-document-to-mermaid.ts';
import { mapGraph, wrapLabel } from '../../src/interop/graph/map-graph.ts';
import type { MapDocument } from '../../src/maps/map-document.ts';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { useApi } from '../support/api.ts';

const api = useApi();
const seed = readSeedDocument() as unknown as MapDocument;
const exportAs = (format: string) => `query { exportMap(mapId: "editorial", format: ${format}) }`;

/** The seed's size as a graph: every claim, inference, attack and actor; every relation. */
const nodeCount = () => seed.claims!.length + seed.inferences!.length + seed.attacks!.length + seed.actors!.length;
const edgeCount = () =>
  seed.inferences!.reduce((sum, inference) => sum + new Set(inference.premises).size + 1, 0) +
  2 * seed.attacks!.length +
  seed.actorLinks!.length;

/** A document whose texts hold every character the formats must escape. */
const hostile: MapDocument = {
  format: 'argmap/map@1',
  map: { id: 'hostile', title: 'Quotes " and \\ backslashes' },
  claims: [
    { id: 'a', text: 'He said "no" -> [x] {y} <b>bold</b> #1 & `code` \\ end; %% not a comment' },
    { id: 'b', text: 'A very long claim text that goes on and on so that it must be wrapped over several lines.' },
  ],
  inferences: [{ id: 'i', premises: ['b'], conclusion: 'a', scheme: 'Scheme "quoted"' }],
};

// mermaid's parser expects a DOM (DOMPurify); jsdom gives it one on Node.
let mermaid: Mermaid;
beforeAll(async () => {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
});

/** A node's label as Graphviz shows it: the parser leaves DOT's `\\n` and `\\\\` escapes in place. */
function dotLabel(graph: RootGraphModel, id: string): string | undefined {
  const label = graph.getNode(id)?.attributes.get('label');
  return typeof label === 'string' ? label.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char)) : undefined;
}

async function mermaidGraph(text: string) {
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as { getVertices(): Map<string, { text: string }>; getEdges(): unknown[] };
  return { vertices: db.getVertices(), edges: db.getEdges() };
}

describe('exportMap: DOT', () => {
  it('writes the seed map as DOT that ts-graphviz parses, with one node per element and one edge per relation', async () => {
    const { exportMap: text } = await api.ok(exportAs('DOT'));
    const graph = fromDot(text);
    expect(graph.nodes).toHaveLength(nodeCount());
    expect(graph.edges).toHaveLength(edgeCount());
    expect(dotLabel(graph, 'editorial:trump-angry-with-putin')).toBe('Donald Trump is angry with\nVladimir Putin.');
  });

  it('styles edges by relation kind', () => {
    const text = mapDocumentToDot(seed);
    expect(text).toMatch(/-> "editorial:kremlin-on-road-to-ceasefire" \[color="#cc0000", class="rebuts"\]/);
    expect(text).toMatch(/\[color="#cc0000", style=dashed, class="undercuts"\]/);
    expect(text).toMatch(/\[color="#888888", style=dotted, class="asserts"\]/);
  });

  it('escapes quotes and backslashes so labels come back intact', () => {
    const graph = fromDot(mapDocumentToDot(hostile));
    expect(graph.nodes).toHaveLength(3);
    expect(dotLabel(graph, 'hostile:a')).toBe(wrapLabel(hostile.claims![0]!.text).join('\n'));
  });
});

describe('exportMap: MERMAID', () => {
  it('writes the seed map as a flowchart that mermaid parses, with as many vertices and edges as the map', async () => {
    const { exportMap: text } = await api.ok(exportAs('MERMAID'));
    expect(await mermaid.parse(text)).toMatchObject({ diagramType: 'flowchart-v2' });
    const { vertices, edges } = await mermaidGraph(text);
    expect(vertices.size).toBe(nodeCount());
    expect(edges).toHaveLength(edgeCount());
  });

  it('puts conclusions on top and styles rebuttals, undercuts and actor links', () => {
    const text = mapDocumentToMermaid(seed);
    expect(text.split('\n')[0]).toBe('flowchart BT');
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#cc0000\n/);
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#cc0000,stroke-dasharray:6 4\n/);
    expect(text).toMatch(/classDef main_conclusion fill:/);
  });

  it('escapes label text so no character ends a label', async () => {
    const { vertices, edges } = await mermaidGraph(mapDocumentToMermaid(hostile));
    expect(vertices.size).toBe(3);
    expect(edges).toHaveLength(2);
    const [label] = [...vertices.values()].map((vertex) => vertex.text);
    expect(label).toMatch(/^He said .*<br>%% not a comment$/);
  });
});

describe('exportMap: CYTOSCAPE_JSON', () => {
  it('writes elements cytoscape.js loads, every edge between two of its nodes', async () => {
    const json = JSON.parse((await api.ok(exportAs('CYTOSCAPE_JSON'))).exportMap);
    const ids = new Set(json.elements.nodes.map((node: { data: { id: string } }) => node.data.id));
    for (const edge of json.elements.edges) {
      expect(ids).toContain(edge.data.source);
      expect(ids).toContain(edge.data.target);
    }
    const cy = cytoscape({ headless: true, elements: json.elements, style: json.style });
    expect(cy.nodes()).toHaveLength(nodeCount());
    expect(cy.edges()).toHaveLength(edgeCount());
    expect(cy.edges('[kind = "UNDERCUTS"]')).toHaveLength(seed.attacks!.filter((attack) => attack.kind === 'UNDERCUT').length);
    expect(cy.getElementById('editorial:broaden-and-deepen-sanctions').data('role')).toBe('MAIN_CONCLUSION');
  });

  it('has the nodes and edges of ArgumentMap.graph', async () => {
    const { map } = await api.ok(
      `query { map(id: "editorial") { graph { nodes { id kind role } edges { id source target kind } } } }`,
    );
    const sort = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const { nodes, edges } = mapDocumentToCytoscape(seed).elements;
    expect(sort(nodes.map(({ data: { id, kind, role } }) => ({ id, kind, role: role ?? null })))).toEqual(sort(map.graph.nodes));
    expect(sort(edges.map((edge) => edge.data))).toEqual(sort(map.graph.edges));
    expect(mapGraph(seed).nodes).toHaveLength(nodeCount());
  });
});
