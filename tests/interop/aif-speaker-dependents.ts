/**
 * Who rests on whom, read straight from AIF JSON by plain rules, independently of the converter
 * (src/interop/aif/) and of the service: the reference the corpus check of issue 14 §6
 * (scripts/corpus-dependents.ts) compares `dependentClaims(entityId)` against.
 *
 * - A speaker is the `Name` of an L-node's `Name : text`, normalised (NFKD, diacritics dropped,
 *   lower case, punctuation as space, spaces collapsed), so `TRUMP` and `Trump:` are one speaker,
 *   as entity linking by normalised name makes them one entity.
 * - A speaker asserts an I-node when one of the speaker's L-nodes has an edge to a YA whose edge
 *   leads to the I-node. `illocutions: 'asserting'` counts only YA nodes whose text says
 *   "Asserting"; `'any'` (the default) counts every illocution, as argmap's AIF reading does
 *   (docs/formats.md). L-nodes naming nobody are counted as `unattributed`, not guessed.
 * - Support: an RA's premises are the I-nodes with an edge into it, its conclusions the I-nodes it
 *   has an edge to; an end at an L-node that anchors exactly one I-node (L –YA→ I) stands for that
 *   I-node. A premise that is also the RA's conclusion is no step.
 * - The dependents of a speaker in a file: the I-nodes the speaker asserts (distance 0) and every
 *   I-node reachable from them by support within maxDepth steps, each at its least distance. Files
 *   are separate maps: nothing crosses between them here (the corpora have no same-claim links).
 * Not read: locutions on I-nodes (AraucariaDB) and xAIF participants; the check names its corpus
 * (US2016 debates) where neither occurs.
 */

interface AifNode {
  nodeID: string | number;
  type: string;
  text: string;
}
interface AifEdge {
  fromID: string | number;
  toID: string | number;
}

export type Illocutions = 'any' | 'asserting';

/** Per file: per normalised speaker, the dependent I-nodes (nodeID → least distance). */
export interface FileDependents {
  speakers: Map<string, Map<string, number>>;
  /** I-nodes asserted from an L-node that names nobody. */
  unattributed: string[];
}

/** NFKD, diacritics dropped, lower case, anything but letters and digits as one space, trimmed. */
export function normaliseSpeaker(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The `Name` of `Name : text` (the first colon), or null when the text has no name before one. */
export function speakerOf(text: string): string | null {
  const match = /^\s*([^:\n]{1,100}?)\s*:\s*\S/.exec(text);
  return match ? normaliseSpeaker(match[1]!) || null : null;
}

export function fileDependents(json: string, maxDepth: number, illocutions: Illocutions = 'any'): FileDependents {
  const parsed = JSON.parse(json) as { AIF?: unknown };
  const { nodes, edges } = (parsed.AIF ?? parsed) as { nodes: AifNode[]; edges: AifEdge[] };
  const byId = new Map(nodes.map((n) => [String(n.nodeID), n]));
  const typeOf = (id: string) => byId.get(id)?.type;
  const outOf = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = [String(edge.fromID), String(edge.toID)];
    (outOf.get(from) ?? outOf.set(from, []).get(from)!).push(to);
    (into.get(to) ?? into.set(to, []).get(to)!).push(from);
  }
  const counts = (ya: string) => illocutions === 'any' || /asserting/i.test(byId.get(ya)!.text);
  /** The I-nodes an L-node's illocutions reach. */
  const reached = (l: string, filter: (ya: string) => boolean) =>
    (outOf.get(l) ?? [])
      .filter((ya) => typeOf(ya) === 'YA' && filter(ya))
      .flatMap((ya) => (outOf.get(ya) ?? []).filter((i) => typeOf(i) === 'I'));
  const anchored = (id: string): string | null => {
    if (typeOf(id) === 'I') return id;
    if (typeOf(id) !== 'L') return null;
    const propositions = new Set(reached(id, () => true));
    return propositions.size === 1 ? [...propositions][0]! : null;
  };

  const supports = new Map<string, Set<string>>();
  for (const ra of nodes.filter((n) => n.type === 'RA').map((n) => String(n.nodeID))) {
    const ends = (list: string[]) => list.map(anchored).filter((id): id is string => id !== null);
    const conclusions = ends(outOf.get(ra) ?? []);
    for (const premise of ends(into.get(ra) ?? []))
      for (const conclusion of conclusions)
        if (premise !== conclusion) (supports.get(premise) ?? supports.set(premise, new Set()).get(premise)!).add(conclusion);
  }

  const asserted = new Map<string, Set<string>>();
  const unattributed = new Set<string>();
  for (const l of nodes.filter((n) => n.type === 'L')) {
    const speaker = speakerOf(l.text);
    for (const i of reached(String(l.nodeID), counts)) {
      if (speaker) (asserted.get(speaker) ?? asserted.set(speaker, new Set()).get(speaker)!).add(i);
      else unattributed.add(i);
    }
  }
  const speakers = new Map([...asserted].map(([speaker, sources]) => [speaker, distances(sources, supports, maxDepth)]));
  return { speakers, unattributed: [...unattributed] };
}

/** Breadth-first over support from `sources`: each reachable I-node at its least distance ≤ maxDepth. */
function distances(sources: Set<string>, supports: Map<string, Set<string>>, maxDepth: number): Map<string, number> {
  const distance = new Map([...sources].map((id) => [id, 0]));
  let frontier = [...sources];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next = frontier.flatMap((id) => [...(supports.get(id) ?? [])]).filter((id) => !distance.has(id));
    for (const id of next) distance.set(id, depth);
    frontier = [...new Set(next)];
  }
  return distance;
}

/**
 * Across files (each a map, named by `mapId`): per normalised speaker, every dependent claim as
 * `<mapId>:<nodeID>` with its distance; what dependentClaims(entityId) should answer for the entity
 * the speaker's actors are linked to by name.
 */
export function speakerDependents(
  files: { mapId: string; json: string }[],
  maxDepth: number,
  illocutions: Illocutions = 'any',
): Map<string, Map<string, number>> {
  const all = new Map<string, Map<string, number>>();
  for (const { mapId, json } of files) {
    for (const [speaker, dependents] of fileDependents(json, maxDepth, illocutions).speakers) {
      const claims = all.get(speaker) ?? all.set(speaker, new Map()).get(speaker)!;
      for (const [nodeId, distance] of dependents) claims.set(`${mapId}:${nodeId}`, distance);
    }
  }
  return all;
}
