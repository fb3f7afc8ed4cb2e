/** One-line access to evaluate for tests: a map's labels (and changes) keyed by claim key. */
import type { TestApi } from '../support/api.ts';
import type { BuiltMap } from '../support/map-builder.ts';

export type Labels = Record<string, 'IN' | 'OUT' | 'UNDEC'>;

const evaluateQuery = `query($mapId: ID!, $reject: RejectionInput) {
  evaluate(mapId: $mapId, reject: $reject) { labels { claimId status } changed { claimId before after } }
}`;

/** Rejected claims and actors, by key. */
export interface RejectKeys {
  claims?: string[];
  actors?: string[];
}

export async function evaluateMap(api: TestApi, map: BuiltMap, reject: RejectKeys = {}) {
  const data = await api.ok(evaluateQuery, {
    mapId: map.mapId,
    reject: { claimIds: (reject.claims ?? []).map(map.id), actorIds: (reject.actors ?? []).map(map.id) },
  });
  const key = (id: string) => id.slice(map.mapId.length + 1);
  const labels: Labels = {};
  for (const label of data.evaluate.labels) labels[key(label.claimId)] = label.status;
  const changed = data.evaluate.changed.map(
    (change: { claimId: string; before: string; after: string }) => `${key(change.claimId)}: ${change.before} → ${change.after}`,
  );
  return { labels, changed: changed as string[] };
}

export async function labelsOf(api: TestApi, map: BuiltMap, reject: RejectKeys = {}): Promise<Labels> {
  return (await evaluateMap(api, map, reject)).labels;
}
