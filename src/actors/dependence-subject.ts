/**
 * Whose dependents `dependentClaims` reads: exactly one of `actorId` (that actor, in its own map) and
 * `entityId` (every actor linked to the entity, across maps). `maps` chooses maps to cross into, so
 * it goes only with `entityId`: an actor's answers stay those of its own map, as they always were.
 * Used by the resolver and by the read guard (src/auth/query-maps.ts), which must tell the two forms
 * apart before the resolver runs; both refuse the same arguments with the same error.
 */
import { BadUserInputError } from '../shared/errors.ts';

export type DependenceSubject = { actorId: string } | { entityId: string };

export function dependenceSubject(args: { actorId?: unknown; entityId?: unknown; maps?: unknown }): DependenceSubject {
  const { actorId, entityId, maps } = args;
  if ((actorId == null) === (entityId == null)) {
    throw new BadUserInputError('actorId', 'name exactly one of actorId and entityId');
  }
  if (actorId != null) {
    if (maps != null) throw new BadUserInputError('maps', 'goes only with entityId: an actor is asked about in its own map');
    return { actorId: String(actorId) };
  }
  return { entityId: String(entityId) };
}
