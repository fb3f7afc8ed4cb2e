/**
 * Per request, each map's structure is read once and its labelling with nothing rejected computed
 * once, however many fields ask: `Claim.status` on a page of 50 claims costs one round trip and
 * one fixpoint per map, not 50. The loader lives in a WeakMap keyed by the request's context (so
 * it needs no slot in the shared context type, dies with the request, and no cache outlives it).
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context.ts';
import { Framework } from './framework.ts';
import { grounded, type Labelling } from './grounded.ts';
import { readMapStructures } from './map-structure.ts';

export class EvaluatedMap {
  readonly framework: Framework;
  #base: Labelling | undefined;
  #byId: number[] | undefined;

  constructor(framework: Framework) {
    this.framework = framework;
  }

  /** The labelling with nothing rejected, computed on first use. */
  get base(): Labelling {
    return (this.#base ??= grounded(this.framework));
  }

  /** Claim indexes in claim id order, for stable answers. */
  get claimsById(): number[] {
    const ids = this.framework.claimIds;
    return (this.#byId ??= Array.from(ids, (_, claim) => claim).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)));
  }
}

const perRequest = new WeakMap<RequestContext, DataLoader<string, EvaluatedMap | null>>();

/** The request's loader of evaluated maps by map id (null for an unknown map). */
export function evaluatedMaps(context: RequestContext): DataLoader<string, EvaluatedMap | null> {
  let loader = perRequest.get(context);
  if (!loader) {
    loader = new DataLoader(async (mapIds) => {
      const structures = await readMapStructures(context.db, context.scope, mapIds);
      return mapIds.map((mapId) => {
        const structure = structures.get(mapId);
        return structure ? new EvaluatedMap(new Framework(structure)) : null;
      });
    });
    perRequest.set(context, loader);
  }
  return loader;
}
