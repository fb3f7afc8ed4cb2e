/**
 * The maps a request may read, for the reads that cross maps (dependentClaims of an entity,
 * chains across maps): the listing scope the read guard set (src/auth/guard-reads.ts), else the
 * caller's own map limit — a field below the root (Entity.dependentClaims) is not guarded itself,
 * so it must not rely on the guard having set the scope. null: every map.
 */
import type { RequestContext } from './context.ts';

export function readableMaps(context: Pick<RequestContext, 'scope' | 'caller'>): readonly string[] | null {
  return context.scope.readableMaps ?? context.caller.maps;
}
