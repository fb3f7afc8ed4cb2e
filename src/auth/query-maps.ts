/**
 * Which map each query reads, told from its arguments as mutation-maps.ts tells writes: a map id
 * directly, or the prefix of an element id (`<mapId>:<key>`). `hidden` is the answer the query
 * gives for an id that names nothing — null for a nullable lookup, else its NOT_FOUND — which is
 * also what a token limited to other maps gets, so that it cannot tell a map it may not read from
 * one that does not exist. Listing queries (`lists`) filter by the caller's maps in their Cypher
 * ($mapIds, from QueryScope.readableMaps). `shared` queries read no map (the scheme catalogue).
 * A query with two forms (`form`) is told apart by its arguments. Single-map reads that may cross
 * into other maps (reasoningChains/consequences with acrossMaps) are checked by their start and
 * cross only into the caller's maps (src/graphql/readable-maps.ts).
 * A query missing from this table is refused to a
 * map-limited token (fail closed); tests/security/map-limited-reads.test.ts checks that every
 * Query field of the schema is listed here.
 */
import { dependenceSubject } from '../actors/dependence-subject.ts';
import { NotFoundError } from '../shared/errors.ts';

type Args = Record<string, unknown>;

/** How one form of a query reads: listing, shared, or one map named by its arguments. */
export type QueryForm = { lists: true } | { shared: true } | { map: (args: Args) => string; hidden: (args: Args) => null };

/**
 * A query whose arguments choose its form (dependentClaims: by actor, one map; by entity, a listing
 * across maps). `form` tells it from the arguments before the resolver runs, throwing the resolver's
 * own BAD_USER_INPUT when they fit neither form, so that nothing runs unchecked (fail closed).
 */
export type QueryMaps = QueryForm | { form: (args: Args) => QueryForm };

const mapOf = (id: unknown): string => (typeof id === 'string' ? id.split(':')[0]! : '');
const nothing = () => null;
const notFound = (field: string, what: string) => (args: Args) => {
  throw new NotFoundError(field, String(args[field]), what);
};
const byMapId = (field: string) => ({ map: (args: Args) => String(args[field]), hidden: notFound(field, 'map') });
const byClaimId = (field: string) => ({ map: (args: Args) => mapOf(args[field]), hidden: notFound(field, 'claim') });

export const queryMaps: Record<string, QueryMaps> = {
  map: { map: (args) => String(args.id), hidden: nothing },
  maps: { lists: true },
  claim: { map: (args) => mapOf(args.id), hidden: nothing },
  claims: { lists: true },
  matchClaims: { lists: true },
  claimsRestingOn: { lists: true },
  actor: { map: (args) => mapOf(args.id), hidden: nothing },
  actors: { lists: true },
  // By actor: that actor's map. By entity: a listing, its Cypher limited to the caller's maps.
  dependentClaims: {
    form: (args) =>
      'entityId' in dependenceSubject(args)
        ? { lists: true }
        : { map: (args) => mapOf(args.actorId), hidden: notFound('actorId', 'actor') },
  },
  reasoningChains: byClaimId('conclusionId'),
  consequences: byClaimId('premiseId'),
  justification: byClaimId('conclusionId'),
  evaluate: byMapId('mapId'),
  explainStatus: byClaimId('claimId'),
  criticalPremises: byClaimId('conclusionId'),
  circularReasoning: byMapId('mapId'),
  exportMap: byMapId('mapId'),
  openQuestions: byMapId('mapId'),
  // Entities belong to no map; Entity.actors and Entity.maps show only the caller's maps.
  entity: { shared: true },
  entities: { shared: true },
  suggestEntities: { map: (args) => mapOf(args.actorId), hidden: notFound('actorId', 'actor') },
  mapChanges: byMapId('mapId'),
  schemes: { shared: true },
  scheme: { shared: true },
};
