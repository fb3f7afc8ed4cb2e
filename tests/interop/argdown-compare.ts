/** Ways to compare map documents by content, for the Argdown round-trip tests. */
import type { MapDocument } from '../../src/maps/map-document.ts';

const sortKey = (item: object) => JSON.stringify(Object.entries(item).sort());
const byJson = <T extends object>(list: T[] = []) => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));

/** The whole document with every list in a content order and absent tags as []. */
export function canonicalDocument(doc: MapDocument) {
  return {
    ...doc,
    actors: byJson(doc.actors),
    claims: byJson((doc.claims ?? []).map((claim) => ({ tags: [], ...claim }))),
    inferences: byJson((doc.inferences ?? []).map((inference) => ({ ...inference, premises: [...inference.premises].sort() }))),
    attacks: byJson(doc.attacks),
    actorLinks: byJson(doc.actorLinks),
    rephrases: byJson(doc.rephrases),
    preferences: byJson(doc.preferences),
  };
}

/**
 * What the Argdown body itself carries: claims (id, text, tags), inferences (id, linked premises,
 * conclusion, scheme, warrant), and attacks by attacker, kind and target (their ids and schemes
 * travel only in argmap's front matter).
 */
export function supportAndConflict(doc: MapDocument) {
  return {
    claims: byJson((doc.claims ?? []).map(({ id, text, tags }) => ({ id, text, tags: tags ?? [] }))),
    inferences: byJson(
      (doc.inferences ?? []).map(({ id, premises, conclusion, scheme, warrant }) => ({
        id,
        premises: [...premises].sort(),
        conclusion,
        scheme: scheme ?? null,
        warrant: warrant ?? null,
      })),
    ),
    attacks: byJson((doc.attacks ?? []).map(({ attacker, kind, target }) => ({ attacker, kind, target }))),
  };
}
