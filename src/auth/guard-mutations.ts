/**
 * The one access check for writes: every Mutation field resolver is wrapped, so no mutation can
 * run unchecked or unrecorded. The caller is looked up afresh first (a token revoked a moment ago
 * must not write, though it may still read for a few seconds: authenticate.ts). Anonymous →
 * UNAUTHENTICATED; a reader, or an editor limited to other maps → FORBIDDEN; both before anything
 * is written. An allowed call runs with an audit scope, so `Database.write` records who wrote
 * which maps in the write's own transaction.
 */
import type { GraphQLFieldResolver } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors.ts';
import { hasRole, type Caller } from '../graphql/caller.ts';
import { mapsWrittenBy } from './mutation-maps.ts';

type Resolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

/** Throws unless `caller` may run mutation `field` with `args`; returns the maps it writes. */
export function authorizeWrite(caller: Caller, field: string, args: Record<string, unknown>): string[] {
  if (caller.role === null) throw new UnauthenticatedError(`${field} needs a bearer token (Authorization: Bearer <token>)`);
  if (!hasRole(caller, 'editor'))
    throw new ForbiddenError(`${field} needs an editor or admin token; this one is a ${caller.role}`);
  const maps = mapsWrittenBy(field, args);
  if (caller.maps === null) return maps ?? [];
  if (!maps) throw new ForbiddenError(`${field}: this token is limited to some maps, so name the map (mapId)`);
  const outside = maps.filter((map) => !caller.maps!.includes(map));
  if (outside.length > 0) throw new ForbiddenError(`${field}: this token may not write map "${outside[0]}"`, { mapIds: outside });
  return maps;
}

export function guardMutations<Resolvers extends object>(mutations: Resolvers): Resolvers {
  const guarded = Object.entries(mutations).map(([field, resolve]) => {
    const inner = resolve as Resolver;
    const wrapped: Resolver = async (parent, args, context, info) => {
      const caller = context.refreshCaller ? await context.refreshCaller() : context.caller;
      const mapIds = authorizeWrite(caller, field, args);
      const audit = {
        actor: caller.tokenId!,
        role: caller.role!,
        mapIds,
        requestId: context.requestId,
      };
      return inner(parent, args, { ...context, caller, scope: { ...context.scope, operationName: field, audit } }, info);
    };
    return [field, wrapped];
  });
  return Object.fromEntries(guarded) as Resolvers;
}
