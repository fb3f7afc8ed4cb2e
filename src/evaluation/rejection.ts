/** Turns a `RejectionInput` into framework indexes, refusing ids that are not of the map. */
import { NotFoundError } from '../shared/errors.ts';
import type { Framework } from './framework.ts';
import type { Forced } from './grounded.ts';

export interface RejectionArgs {
  claimIds?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  /** FactCheckRatings: claims whose same-claim class carries a fact-check so rated are forced OUT. */
  factCheckedAs?: readonly string[] | null;
}

/** NOT_FOUND names the offending list entry, e.g. `reject.actorIds[1]`. */
export function forcedBy(framework: Framework, reject: RejectionArgs | null | undefined, field = 'reject'): Forced {
  const resolve = (ids: readonly string[] | null | undefined, index: ReadonlyMap<string, number>, name: string, what: string) =>
    (ids ?? []).map((id, position) => {
      const found = index.get(id);
      if (found === undefined)
        throw new NotFoundError(`${field}.${name}[${position}]`, id, `${what} in map "${framework.mapId}"`);
      return found;
    });
  return {
    claims: resolve(reject?.claimIds, framework.claimIndex, 'claimIds', 'claim'),
    actors: resolve(reject?.actorIds, framework.actorIndex, 'actorIds', 'actor'),
  };
}
