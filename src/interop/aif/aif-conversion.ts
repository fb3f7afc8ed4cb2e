/**
 * The state one AIF → map conversion shares between its per-kind steps (convert-i-nodes.ts,
 * convert-ra-nodes.ts, …): the graph, each node's key, the argument edges in and out of each node,
 * the document being built, and the one list of warnings. Built once per document; the steps then
 * run in a fixed order (I, RA, CA, MA, PA, speakers), each reading what the earlier ones kept.
 */
import type { MapDocument } from '../../maps/map-document.ts';
import type { AifGraph, AifNode, AifNodeType } from './aif-json.ts';
import { anchoredPropositions } from './aif-anchors.ts';
import { aifKey, schemeName } from './aif-text.ts';

export type AifDoc = Required<Omit<MapDocument, 'format' | 'map'>>;

export interface AifConversion {
  graph: AifGraph;
  nodes: ReadonlyMap<string, AifNode>;
  doc: AifDoc;
  /** Every warning of the conversion, in the order the steps noticed them. */
  warnings: string[];
  /** Keys taken so far (element and actor keys share one namespace in a map document). */
  usedKeys: Set<string>;
  /** AIF nodeID → key, for every I, RA, CA, MA and PA node. */
  keyOf: ReadonlyMap<string, string>;
  /** RA nodeID → the keys of the inferences kept from it (several when it was split). */
  inferenceKeysOf: Map<string, string[]>;
  /** CA nodeID → the keys of the attacks kept from it. */
  attackKeysOf: Map<string, string[]>;
  key(node: AifNode): string;
  ofType(type: AifNodeType): AifNode[];
  /** The nodes of the given types with a meaningful edge into `node`. */
  ins(node: AifNode, ...types: AifNodeType[]): AifNode[];
  /** The nodes of the given types that `node` has a meaningful edge to. */
  outs(node: AifNode, ...types: AifNodeType[]): AifNode[];
  drop(node: AifNode, why: string): void;
  /** The node's scheme name, or null; warns when the node names its scheme only by AIFdb's schemeID. */
  scheme(node: AifNode): string | null;
  /** One element per pair of ends; a node with several is split into `<key>`, `<key>.2`, … */
  split<T>(node: AifNode, pairs: [AifNode, AifNode][], make: (key: string, a: AifNode, b: AifNode) => T): T[];
}

const argumentTypes: AifNodeType[] = ['I', 'RA', 'CA', 'MA', 'PA'];
const dialogueTypes: AifNodeType[] = ['L', 'YA', 'TA'];
const schemeTypes: AifNodeType[] = ['RA', 'CA', 'MA', 'PA'];
/** Edges that say something in argmap's model; any other edge between argument nodes is dropped. */
const meaningful = new Set([
  'I>RA',
  'RA>I',
  'I>CA',
  'CA>I',
  'CA>RA',
  'CA>CA',
  'I>MA',
  'MA>I',
  ...['I', 'RA', 'CA'].flatMap((end) => [`${end}>PA`, `PA>${end}`]),
]);

/** Every pair of one `a` and one `b`. */
export function pairs(as: AifNode[], bs: AifNode[]): [AifNode, AifNode][] {
  return as.flatMap((a) => bs.map((b): [AifNode, AifNode] => [a, b]));
}

/** The shared state for `graph`, with keys given and edges read (the reader's repairs start the warnings). */
export function createAifConversion(graph: AifGraph): AifConversion {
  const warnings = [...graph.warnings];
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const { usedKeys, keyOf } = assignKeys(graph, warnings);
  const { into, outOf } = readEdges(graph, nodes, warnings);
  const key = (node: AifNode) => keyOf.get(node.id)!;
  return {
    graph,
    nodes,
    doc: { actors: [], claims: [], inferences: [], attacks: [], actorLinks: [], rephrases: [], preferences: [] },
    warnings,
    usedKeys,
    keyOf,
    inferenceKeysOf: new Map(),
    attackKeysOf: new Map(),
    key,
    ofType: (type) => graph.nodes.filter((node) => node.type === type),
    ins: (node, ...types) => (into.get(node.id) ?? []).filter((n) => types.includes(n.type)),
    outs: (node, ...types) => (outOf.get(node.id) ?? []).filter((n) => types.includes(n.type)),
    drop: (node, why) => warnings.push(`${node.type}-node ${node.id} dropped: ${why}`),
    scheme(node) {
      const name = schemeName(node.text, node.scheme);
      // No table of AIFdb's scheme numbers ships with argmap, so the number alone names nothing.
      if (!name && node.scheme === null && node.schemeId !== null)
        warnings.push(
          `${node.type}-node ${node.id}: schemeID ${node.schemeId} comes without a scheme name; kept without a scheme`,
        );
      return name;
    },
    split(node, ends, make) {
      if (ends.length > 1) warnings.push(`${node.type}-node ${node.id} split into ${ends.length} (it has several ends)`);
      return ends.map(([a, b], i) => make(i === 0 ? key(node) : `${key(node)}.${i + 1}`, a, b));
    },
  };
}

/** AIF nodeIDs become keys unchanged when they are valid keys; others are made valid and reported. */
function assignKeys(graph: AifGraph, warnings: string[]) {
  const usedKeys = new Set<string>();
  const keyOf = new Map<string, string>();
  for (const node of graph.nodes.filter((n) => argumentTypes.includes(n.type))) {
    let { key, changed } = aifKey(node.id);
    for (let n = 2; usedKeys.has(key); n++, changed = true) key = `${aifKey(node.id).key.slice(0, 90)}-${n}`;
    if (changed) warnings.push(`${node.type}-node ${node.id}: keyed "${key}" (nodeID is not a valid key)`);
    usedKeys.add(key);
    keyOf.set(node.id, key);
  }
  return { usedKeys, keyOf };
}

/**
 * The argument edges, each end at an L-node read as the I-node that locution anchors when the other
 * end is an S-node (see aif-anchors.ts); dialogue edges are left to aif-speakers.ts, and an edge
 * between argument nodes that argmap cannot say is dropped with a warning.
 */
function readEdges(graph: AifGraph, nodes: ReadonlyMap<string, AifNode>, warnings: string[]) {
  const into = new Map<string, AifNode[]>();
  const outOf = new Map<string, AifNode[]>();
  const anchorOf = anchoredPropositions(graph.edges, nodes);
  for (const edge of graph.edges) {
    const ends = [nodes.get(edge.from)!, nodes.get(edge.to)!].map((end, i, [from, to]) => {
      const other = i === 0 ? to! : from!;
      const anchor = end.type === 'L' && schemeTypes.includes(other.type) ? anchorOf.get(end.id) : undefined;
      if (!anchor) return end;
      warnings.push(`${other.type}-node ${other.id}: its end L-node ${end.id} read as I-node ${anchor.id}, which it anchors`);
      return anchor;
    });
    const [from, to] = ends as [AifNode, AifNode];
    if (dialogueTypes.includes(from.type) || dialogueTypes.includes(to.type)) continue;
    if (!meaningful.has(`${from.type}>${to.type}`)) {
      const why =
        from.type === 'I' && to.type === 'I' ? 'a direct I→I edge has no S-node to say how they relate' : 'no argmap form';
      warnings.push(`edge ${edge.id} (${from.type}-node ${from.id} → ${to.type}-node ${to.id}) dropped: ${why}`);
      continue;
    }
    (into.get(to.id) ?? into.set(to.id, []).get(to.id)!).push(from);
    (outOf.get(from.id) ?? outOf.set(from.id, []).get(from.id)!).push(to);
  }
  return { into, outOf };
}
