/**
 * What the explorer's map panel draws: the graph found in a GraphQL result, recognised by shape
 * (the result need not select __typename). Pure, so it is tested without a browser.
 *
 * - A Graph: an object with `nodes` (each with `id`) and `edges` (each with `source` and `target`),
 *   as mapGraph, justification and ArgumentMap.graph answer; also exportMap's CYTOSCAPE_JSON and
 *   ARGMAP graph strings, whose nodes and edges wrap their fields in `data`.
 * - A chain: an object with `claims` (each with `id` or `key`) and `steps` or `inferences`, as
 *   reasoningChains and consequences answer; a dependent claim's `chain` needs only its claims.
 * Every graph and chain in the result is merged into one drawing, each node once.
 */
import type { GraphEdge, GraphNode } from '../map/queries.ts';

export interface ResultGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (value: Json): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: Json): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const nodeKinds = new Set(['CLAIM', 'INFERENCE', 'ATTACK', 'ACTOR']);
const edgeKinds = new Set([
  'PREMISE',
  'CONCLUSION',
  'ATTACKER',
  'REBUTS',
  'UNDERCUTS',
  'ASSERTS',
  'ABOUT',
  'REPHRASE',
  'PREFERENCE',
]);

/** The graph drawn from `result` (a whole GraphQL response or its data); null when it has nothing to draw. */
export function resultGraph(result: Json): ResultGraph | null {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (node: GraphNode) => {
    const known = nodes.get(node.id);
    // The first sight of a node wins, but a real label or role beats a placeholder.
    if (!known) nodes.set(node.id, node);
    else {
      if (known.label === node.id && node.label !== node.id) known.label = node.label;
      known.role ??= node.role;
    }
  };
  const addEdge = (source: string, target: string, kind: GraphEdge['kind'], id?: string) => {
    const key = id ?? `${source}->${kind}->${target}`;
    if (!edges.has(key)) edges.set(key, { id: key, source, target, kind });
  };

  const visit = (value: Json, key: string, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === 'string' && /^\s*\{/.test(value)) {
      visit(parseJson(value), key, depth + 1);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
      return;
    }
    if (!isObj(value)) return;
    if (isGraph(value)) return addGraph(value, addNode, addEdge);
    if (isChain(value, key)) return addChain(value, addNode, addEdge);
    for (const [childKey, child] of Object.entries(value)) visit(child, childKey, depth + 1);
  };
  visit(isObj(result) && 'data' in result ? result.data : result, '', 0);

  // An edge is drawn only between nodes that are drawn.
  for (const [key, edge] of edges) if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(key);
  if (nodes.size === 0) return null;
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

const unwrap = (item: Json): Obj | undefined => (isObj(item) ? (isObj(item.data) ? item.data : item) : undefined);

function isGraph(value: Obj): boolean {
  if (!Array.isArray(value.nodes) || !Array.isArray(value.edges) || value.nodes.length === 0) return false;
  return value.nodes.every((n) => str(unwrap(n)?.id) !== undefined);
}

/** Claims and their steps; under a `chain` field (DependentClaim.chain) the claims alone will do. */
function isChain(value: Obj, key: string): boolean {
  if (!Array.isArray(value.claims) || value.claims.length === 0) return false;
  if (key !== 'chain' && !Array.isArray(value.steps) && !Array.isArray(value.inferences)) return false;
  return value.claims.every((c) => isObj(c) && claimId(c) !== undefined);
}

const claimId = (claim: Obj): string | undefined => str(claim.id) ?? str(claim.key);

function addGraph(
  graph: Obj,
  addNode: (node: GraphNode) => void,
  addEdge: (source: string, target: string, kind: GraphEdge['kind'], id?: string) => void,
): void {
  for (const item of graph.nodes as Json[]) {
    const node = unwrap(item)!;
    const id = str(node.id)!;
    const kind = str(node.kind)?.toUpperCase();
    addNode({
      id,
      kind: kind && nodeKinds.has(kind) ? (kind as GraphNode['kind']) : 'CLAIM',
      label: typeof node.label === 'string' ? node.label : (str(node.text) ?? str(node.name) ?? id),
      role: str(node.role) ?? null,
    });
  }
  for (const item of graph.edges as Json[]) {
    const edge = unwrap(item);
    const source = str(edge?.source);
    const target = str(edge?.target);
    if (!edge || !source || !target) continue;
    const kind = str(edge.kind)?.toUpperCase();
    addEdge(source, target, kind && edgeKinds.has(kind) ? (kind as GraphEdge['kind']) : 'PREMISE', str(edge.id));
  }
}

/** A chain's claims, each once, and its steps: premise → inference → conclusion, or a same-claim hop. */
function addChain(
  chain: Obj,
  addNode: (node: GraphNode) => void,
  addEdge: (source: string, target: string, kind: GraphEdge['kind'], id?: string) => void,
): void {
  const claims = chain.claims as Obj[];
  for (const claim of claims) {
    const id = claimId(claim)!;
    addNode({ id, kind: 'CLAIM', label: str(claim.text) ?? id, role: str(claim.role) ?? null });
  }
  const steps = Array.isArray(chain.steps) ? chain.steps.filter(isObj) : [];
  const inferences = Array.isArray(chain.inferences) ? chain.inferences : [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const step = steps[i];
    const from = (isObj(step?.from) && claimId(step.from)) || claimId(claims[i]!)!;
    const to = (isObj(step?.to) && claimId(step.to)) || claimId(claims[i + 1]!)!;
    if (step?.kind === 'SAME_CLAIM') {
      addEdge(from, to, 'REPHRASE');
      continue;
    }
    const inference = isObj(step?.inference) ? step.inference : isObj(inferences[i]) ? (inferences[i] as Obj) : undefined;
    // Without a selected inference id, the step's own joint stands for it (one per premise → conclusion).
    const id = str(inference?.id) ?? `step:${from}->${to}`;
    addNode({ id, kind: 'INFERENCE', label: str(inference?.schemeName) ?? str(inference?.scheme) ?? '', role: null });
    addEdge(from, id, 'PREMISE');
    addEdge(id, to, 'CONCLUSION');
  }
}
