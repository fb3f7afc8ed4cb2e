/**
 * How many claims each web question should answer, computed from the generated web in memory (not
 * through argmap): the benchmark uses these counts to choose its probes (an entity and an actor
 * whose answers have about the same size) and prints them beside the measured answers.
 *
 * Dependents, as dependentClaims defines them: the claims linked to the actors (ASSERTS or ABOUT,
 * distance 0) and every claim reachable from them by support (premise → inference → conclusion),
 * within maxDepth steps; across maps (the contract, /work/notes/web-model.md) a hop from a claim to
 * another member of its same-claim class is a step of its own, counted against maxDepth.
 */
import type { GeneratedWeb } from './generate-web.ts';

export interface WebGraph {
  /** Full claim id → the full ids of the claims it supports (one step each). */
  supports: Map<string, string[]>;
  /** Full claim id → the other members of its same-claim class. */
  sameAs: Map<string, string[]>;
  /** Full actor id → the full ids of the claims it is linked to. */
  linkedClaims: Map<string, string[]>;
  /** Entity id → full actor ids. */
  actorsOf: Map<string, string[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

export function webGraph(web: GeneratedWeb): WebGraph {
  const graph: WebGraph = { supports: new Map(), sameAs: new Map(), linkedClaims: new Map(), actorsOf: new Map() };
  for (const { document } of web.maps) {
    const id = (key: string) => `${document.map.id}:${key}`;
    for (const inference of document.inferences)
      for (const premise of inference.premises) push(graph.supports, id(premise), id(inference.conclusion));
    for (const link of document.actorLinks) push(graph.linkedClaims, id(link.actor), id(link.claim));
  }
  for (const { claimIds } of web.sameClaims)
    for (const claimId of claimIds)
      graph.sameAs.set(
        claimId,
        claimIds.filter((other) => other !== claimId),
      );
  for (const { actorId, entityId } of web.entityLinks) push(graph.actorsOf, entityId, actorId);
  return graph;
}

/** Breadth-first from `sources` (distance 0): every claim within maxDepth steps, with its distance. */
export function reachable(
  graph: WebGraph,
  sources: Iterable<string>,
  maxDepth: number,
  acrossMaps: boolean,
): Map<string, number> {
  const distance = new Map<string, number>();
  let frontier = [...new Set(sources)];
  for (const claim of frontier) distance.set(claim, 0);
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const claim of frontier) {
      const steps = [...(graph.supports.get(claim) ?? []), ...(acrossMaps ? (graph.sameAs.get(claim) ?? []) : [])];
      for (const later of steps) {
        if (distance.has(later)) continue;
        distance.set(later, depth);
        next.push(later);
      }
    }
    frontier = next;
  }
  return distance;
}

/** The dependents of one actor, in its own map. */
export function actorDependents(graph: WebGraph, actorId: string, maxDepth: number): number {
  return reachable(graph, graph.linkedClaims.get(actorId) ?? [], maxDepth, false).size;
}

/** The dependents of an entity: of all its actors, in every map, crossing same-claim links. */
export function entityDependents(graph: WebGraph, entityId: string, maxDepth: number): number {
  const sources = (graph.actorsOf.get(entityId) ?? []).flatMap((actor) => graph.linkedClaims.get(actor) ?? []);
  return reachable(graph, sources, maxDepth, true).size;
}

/**
 * The claims resting on a claim rated as one of `ratings`, as claimsRestingOn answers them: the
 * rated claim itself at distance 0, and everything reachable from it within maxDepth steps, where
 * reaching another member of its same-claim class is a hop (a step) like any other.
 */
export function restingOn(graph: WebGraph, web: GeneratedWeb, ratings: string[], maxDepth: number): number {
  const rated = web.factChecks.filter((f) => ratings.includes(f.rating)).map((f) => f.claimId);
  return reachable(graph, rated, maxDepth, true).size;
}
