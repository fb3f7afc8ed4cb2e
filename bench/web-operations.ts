/**
 * The web's operations (issue 14 §6): cross-map dependentClaims of an entity and claimsRestingOn,
 * each beside a single-map dependentClaims of an actor whose answer has about the same size (the
 * target: cross-map p50 within 2× of it). The floor of each is what it always is (measure-operation.ts):
 * the Cypher argmap sends for the request, recorded in-process and replayed through the driver.
 *
 * Probes are chosen from answer sizes computed from the generated web itself (web-answers.ts):
 * the entity whose dependents are nearest in number to the most any single actor of the web has,
 * and for each cross-map question the single-map actor whose dependents are nearest in number.
 */
import type { GeneratedWeb } from './generate-web.ts';
import type { Operation } from './operations.ts';
import { actorDependents, entityDependents, restingOn, webGraph } from './web-answers.ts';

/** The ratings claimsRestingOn asks about: the fact-checker's "debunked". */
export const debunked = ['FALSE', 'MOSTLY_FALSE'];

export interface WebProbes {
  maxDepth: number;
  entityId: string;
  entityDependents: number;
  restingOn: number;
  /** The single-map baselines: an actor (full id) and its number of dependents, per cross-map question. */
  baselines: Record<'entity' | 'restingOn', { actorId: string; dependents: number }>;
}

/** A web operation: its answer size computed in memory, and for a baseline the operation it stands beside. */
export type WebOperation = Operation & { answerCount: number; baselineOf?: string };

export function chooseWebProbes(web: GeneratedWeb, maxDepth: number): WebProbes {
  const graph = webGraph(web);
  const actors = web.maps.flatMap(({ document }) =>
    document.actors.map((actor) => {
      const actorId = `${document.map.id}:${actor.id}`;
      return { actorId, dependents: actorDependents(graph, actorId, maxDepth) };
    }),
  );
  const largest = Math.max(...actors.map((a) => a.dependents));
  const entities = web.entities.map((e) => ({ entityId: e.id, dependents: entityDependents(graph, e.id, maxDepth) }));
  const entity = nearest(entities, largest);
  const resting = restingOn(graph, web, debunked, maxDepth);
  return {
    maxDepth,
    entityId: entity.entityId,
    entityDependents: entity.dependents,
    restingOn: resting,
    baselines: { entity: nearest(actors, entity.dependents), restingOn: nearest(actors, resting) },
  };
}

/** The candidate whose dependents are nearest to `target` by ratio; ties go to the first. */
function nearest<T extends { dependents: number }>(candidates: T[], target: number): T {
  const distance = (c: T) => Math.abs(Math.log((c.dependents + 1) / (target + 1)));
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

const dependentFields = 'distance link claim { id text } chain { claims { id text } }';
// The same selection as a dependent's, with the rated claim and its fact-check in place of the link.
const restingFields = 'distance claim { id text } ratedClaim { id } factCheck { id rating } chain { claims { id text } }';

function actorDependentClaims(name: string, actorId: string, maxDepth: number, answerCount: number, of: string): WebOperation {
  return {
    name,
    argmap: {
      query: `query Dependent($id: ID!, $depth: Int!) { dependentClaims(actorId: $id, maxDepth: $depth, first: 100) { edges { node { ${dependentFields} } } } }`,
      variables: { id: actorId, depth: maxDepth },
    },
    peer: null,
    peerNote: 'not asked: the web compares argmap with its floor and with itself on one map',
    answerCount,
    baselineOf: of,
  };
}

export function webOperations(probes: WebProbes): WebOperation[] {
  const { maxDepth, baselines } = probes;
  return [
    {
      name: 'dependentClaims(entityId)',
      // The floor replays what argmap sends (cypher/actors/entity-dependent-claims.cypher).
      argmap: {
        query: `query CrossDependent($id: ID!, $depth: Int!) { dependentClaims(entityId: $id, maxDepth: $depth, first: 100) { edges { node { ${dependentFields} } } } }`,
        variables: { id: probes.entityId, depth: maxDepth },
      },
      peer: null,
      peerNote: 'no equivalent on the peer',
      answerCount: probes.entityDependents,
    },
    actorDependentClaims(
      'dependentClaims(actorId), same size',
      baselines.entity.actorId,
      maxDepth,
      baselines.entity.dependents,
      'dependentClaims(entityId)',
    ),
    {
      name: 'claimsRestingOn',
      // The floor replays what argmap sends (cypher/fact-checks/claims-resting-on.cypher).
      argmap: {
        query: `query RestingOn($ratings: [FactCheckRating!]!, $depth: Int!) { claimsRestingOn(factCheckedAs: $ratings, maxDepth: $depth, first: 100) { edges { node { ${restingFields} } } } }`,
        variables: { ratings: debunked, depth: maxDepth },
      },
      peer: null,
      peerNote: 'no equivalent on the peer',
      answerCount: probes.restingOn,
    },
    actorDependentClaims(
      'dependentClaims(actorId), size of claimsRestingOn',
      baselines.restingOn.actorId,
      maxDepth,
      baselines.restingOn.dependents,
      'claimsRestingOn',
    ),
  ];
}
