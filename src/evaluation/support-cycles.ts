/**
 * Every cycle of support — claim → inference → claim … back to the first claim — each once, by
 * Johnson's algorithm ("Finding all the elementary circuits of a directed graph", 1975) on the
 * graph of claims and inferences. Two cycles through the same claims by different inferences are
 * different cycles. Claims are ranked by id and inferences after all claims, so each cycle is found
 * from its claim with the smallest id, and that is where it starts (its canonical rotation).
 *
 * Cost: one pass of Tarjan's strongly connected components over the map, then, per strongly
 * connected part, time linear in its size per cycle found; `limit` bounds the cycles, so a map with
 * no circular reasoning costs one linear pass. Iterative throughout: a long cycle in a 100k-claim
 * map would overflow the call stack of a recursive version.
 */
import type { SupportCycleRecord } from '../graphql/records/evaluation-record.ts';
import type { Framework } from './framework.ts';

export function supportCycles(f: Framework, limit: number): SupportCycleRecord[] {
  const claimCount = f.claimCount;
  const vertexCount = claimCount + f.inferenceIds.length;
  const claimAt = Array.from({ length: claimCount }, (_, claim) => claim).sort((a, b) =>
    f.claimIds[a]! < f.claimIds[b]! ? -1 : 1,
  );
  const rank = new Int32Array(claimCount);
  claimAt.forEach((claim, position) => (rank[claim] = position));
  const next: number[][] = [
    ...claimAt.map((claim) => Array.from(f.premiseIn.of(claim), (inference) => claimCount + inference)),
    ...f.inferenceIds.map((_, inference) => [rank[f.conclusionOf[inference]!]!]),
  ];

  const graph = new Graph(next, vertexCount);
  const found: number[][] = [];
  const work = graph.components(Array.from({ length: vertexCount }, (_, vertex) => vertex));
  while (work.length > 0 && found.length < limit) {
    const component = work.shift()!;
    const start = component[0]!; // components come sorted: the smallest vertex first
    graph.circuits(start, component, limit - found.length, (path) => found.push(path));
    work.push(...graph.components(component.filter((vertex) => vertex !== start)));
  }

  return found
    .map((path) => ({
      claimIds: path.filter((_, i) => i % 2 === 0).map((vertex) => f.claimIds[claimAt[vertex]!]!),
      inferenceIds: path.filter((_, i) => i % 2 === 1).map((vertex) => f.inferenceIds[vertex - claimCount]!),
    }))
    .sort(
      (a, b) =>
        a.claimIds.length - b.claimIds.length ||
        compareLists(a.claimIds, b.claimIds) ||
        compareLists(a.inferenceIds, b.inferenceIds),
    );
}

function compareLists(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** A directed graph with work arrays shared by every search, reset after each on its vertices only. */
class Graph {
  private readonly allowed: Uint8Array;
  private readonly index: Int32Array;
  private readonly low: Int32Array;
  private readonly onStack: Uint8Array;
  private readonly blocked: Uint8Array;
  private readonly blockers: (Set<number> | undefined)[];

  constructor(
    private readonly next: number[][],
    size: number,
  ) {
    this.allowed = new Uint8Array(size);
    this.index = new Int32Array(size).fill(-1);
    this.low = new Int32Array(size);
    this.onStack = new Uint8Array(size);
    this.blocked = new Uint8Array(size);
    this.blockers = new Array(size);
  }

  /** The strongly connected components of the subgraph on `vertices` that hold a cycle (Tarjan). */
  components(vertices: number[]): number[][] {
    const { allowed, index, low, onStack, next } = this;
    for (const vertex of vertices) allowed[vertex] = 1;
    const result: number[][] = [];
    const stack: number[] = [];
    const calls: number[] = [];
    const positions: number[] = [];
    let counter = 0;
    for (const root of vertices) {
      if (index[root] !== -1) continue;
      index[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      calls.push(root);
      positions.push(0);
      while (calls.length > 0) {
        const vertex = calls.at(-1)!;
        const edges = next[vertex]!;
        const position = positions.at(-1)!;
        if (position < edges.length) {
          positions[positions.length - 1] = position + 1;
          const other = edges[position]!;
          if (!allowed[other]) continue;
          if (index[other] === -1) {
            index[other] = low[other] = counter++;
            stack.push(other);
            onStack[other] = 1;
            calls.push(other);
            positions.push(0);
          } else if (onStack[other]) {
            low[vertex] = Math.min(low[vertex]!, index[other]!);
          }
          continue;
        }
        calls.pop();
        positions.pop();
        if (calls.length > 0) low[calls.at(-1)!] = Math.min(low[calls.at(-1)!]!, low[vertex]!);
        if (low[vertex] === index[vertex]) {
          const component: number[] = [];
          let member: number;
          do {
            member = stack.pop()!;
            onStack[member] = 0;
            component.push(member);
          } while (member !== vertex);
          if (component.length > 1) result.push(component.sort((a, b) => a - b));
        }
      }
    }
    for (const vertex of vertices) {
      allowed[vertex] = 0;
      index[vertex] = -1;
    }
    return result.sort((a, b) => a[0]! - b[0]!);
  }

  /** Johnson's CIRCUIT from `start` within `component`: each elementary cycle through it, once. */
  circuits(start: number, component: number[], limit: number, emit: (path: number[]) => void): void {
    const { allowed, blocked, blockers, next } = this;
    for (const vertex of component) allowed[vertex] = 1;
    const unblock = (vertex: number) => {
      const todo = [vertex];
      while (todo.length > 0) {
        const current = todo.pop()!;
        if (!blocked[current]) continue;
        blocked[current] = 0;
        const waiting = blockers[current];
        if (waiting) {
          for (const other of waiting) todo.push(other);
          waiting.clear();
        }
      }
    };
    const path = [start];
    const positions = [0];
    const closed = [false];
    let emitted = 0;
    blocked[start] = 1;
    while (path.length > 0 && emitted < limit) {
      const depth = path.length - 1;
      const vertex = path[depth]!;
      const edges = next[vertex]!;
      const position = positions[depth]!;
      if (position < edges.length) {
        positions[depth] = position + 1;
        const other = edges[position]!;
        if (!allowed[other]) continue;
        if (other === start) {
          emit([...path]);
          emitted++;
          closed[depth] = true;
        } else if (!blocked[other]) {
          blocked[other] = 1;
          path.push(other);
          positions.push(0);
          closed.push(false);
        }
        continue;
      }
      // Done with vertex: unblock it if a cycle went through it, else wait on its successors.
      if (closed[depth]) unblock(vertex);
      else for (const other of edges) if (allowed[other]) (blockers[other] ??= new Set()).add(vertex);
      path.pop();
      positions.pop();
      const wasClosed = closed.pop()!;
      if (wasClosed && depth > 0) closed[depth - 1] = true;
    }
    for (const vertex of component) {
      allowed[vertex] = 0;
      blocked[vertex] = 0;
      blockers[vertex]?.clear();
    }
  }
}
