/**
 * The one access check for reads by a token limited to maps: every Query field resolver is
 * wrapped. A lookup of an element or map outside the token's maps answers as if it did not exist
 * (null, or NOT_FOUND; see query-maps.ts) without running; a listing runs with the token's maps
 * in its query scope and lists only those. A caller without a map limit passes straight through.
 * Fields below the root need no check: every element belongs to one map, and each traversal
 * from it (a claim's inferences, a map's claims, an actor's dependent claims) stays in that map —
 * but for the reads that cross maps (Entity.dependentClaims, chains with acrossMaps), which limit
 * their Cypher to the caller's maps themselves (src/graphql/readable-maps.ts).
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { ForbiddenError } from '../shared/errors.ts';
import { queryMaps } from './query-maps.ts';

type Resolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

export function guardReads<Resolvers extends object>(queries: Resolvers): Resolvers {
  const guarded = Object.entries(queries).map(([field, resolve]) => {
    const inner = resolve as Resolver;
    const entry = queryMaps[field];
    const wrapped: Resolver = (parent, args, context, info) => {
      const allowed = context.caller.maps;
      if (allowed === null) return inner(parent, args, context, info);
      if (!entry) throw new ForbiddenError(`${field}: this token is limited to some maps and may not run this query`);
      const reads = 'form' in entry ? entry.form(args) : entry;
      if ('shared' in reads) return inner(parent, args, context, info);
      if ('lists' in reads) {
        return inner(parent, args, { ...context, scope: { ...context.scope, readableMaps: allowed } }, info);
      }
      return allowed.includes(reads.map(args)) ? inner(parent, args, context, info) : reads.hidden(args);
    };
    return [field, wrapped];
  });
  return Object.fromEntries(guarded) as Resolvers;
}
