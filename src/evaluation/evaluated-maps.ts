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
import { type MapStructure, readMapStructures } from './map-structure.ts';
import type { OpenAssumptions } from './question-attacks.ts';

export class EvaluatedMap {
  readonly framework: Framework;
  readonly #structure: MapStructure;
  #base: Labelling | undefined;
  #blocking: EvaluatedMap | undefined;
  #byId: number[] | undefined;

  constructor(structure: MapStructure, openAssumptions: OpenAssumptions = 'IGNORE') {
    this.#structure = structure;
    this.framework = new Framework(structure, openAssumptions);
  }

  /** The labelling with nothing rejected, computed on first use. */
  get base(): Labelling {
    return (this.#base ??= grounded(this.framework));
  }

  /** The map read with `openAssumptions` (IGNORE: this one), built from the same structure on first use. */
  reading(openAssumptions: OpenAssumptions): EvaluatedMap {
    if (openAssumptions === this.framework.openAssumptions) return this;
    return (this.#blocking ??= new EvaluatedMap(this.#structure, openAssumptions));
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
        return structure ? new EvaluatedMap(structure) : null;
      });
    });
    perRequest.set(context, loader);
  }
  return loader;
}
