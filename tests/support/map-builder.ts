/**
 * Small maps for tests, one line per relation, imported with the real importMap mutation:
 *
 *   'a > c'            inference `a-c`: claim a supports claim c
 *   'a+b > c'          inference `a.b-c`: linked premises a and b support c together
 *   'd rebuts c'       attack `d-rebuts-c` on claim c
 *   'g undercuts a-c'  attack `g-undercuts-a-c` on inference a-c
 *   'ann asserts a'    actor ann asserts claim a
 *   'a about ann'      claim a is about actor ann
 *   'lonely'           a claim with no relations
 *
 * Claims and actors come into being by being named; a claim's text is `Claim <key>.`, an actor's
 * name is its key. Keys are single words without `+`, `.` or spaces.
 */
import { type TestApi, uniqueMapId } from './api.ts';

interface Relations {
  claims: Set<string>;
  actors: Set<string>;
  inferences: { id: string; premises: string[]; conclusion: string }[];
  attacks: { id: string; attacker: string; kind: 'REBUT' | 'UNDERCUT'; target: string }[];
  actorLinks: { actor: string; claim: string; kind: 'ASSERTS' | 'ABOUT' }[];
}

/** The key of the inference written `a+b > c`: `a.b-c`. */
export const inferenceKey = (premises: readonly string[], conclusion: string): string => `${premises.join('.')}-${conclusion}`;

/** An `argmap/map@1` document holding what the lines describe. */
export function mapDocument(mapId: string, lines: readonly string[]) {
  const into: Relations = { claims: new Set(), actors: new Set(), inferences: [], attacks: [], actorLinks: [] };
  for (const line of lines) readLine(line.trim().split(/\s+/), into, line);
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: `Test map ${mapId}` },
    actors: [...into.actors].map((id) => ({ id, name: id, kind: 'PERSON' })),
    claims: [...into.claims].map((id) => ({ id, text: `Claim ${id}.` })),
    inferences: into.inferences,
    attacks: into.attacks,
    actorLinks: into.actorLinks,
  };
}

function readLine(words: string[], into: Relations, line: string): void {
  const [first, verb, last, ...rest] = words;
  if (rest.length > 0 || (words.length !== 1 && words.length !== 3)) throw new Error(`map-builder: cannot read "${line}"`);
  if (verb === undefined) {
    into.claims.add(first!);
  } else if (verb === '>') {
    const premises = first!.split('+');
    premises.forEach((premise) => into.claims.add(premise));
    into.claims.add(last!);
    into.inferences.push({ id: inferenceKey(premises, last!), premises, conclusion: last! });
  } else if (verb === 'rebuts' || verb === 'undercuts') {
    into.claims.add(first!);
    if (verb === 'rebuts') into.claims.add(last!);
    into.attacks.push({
      id: `${first}-${verb}-${last}`,
      attacker: first!,
      kind: verb === 'rebuts' ? 'REBUT' : 'UNDERCUT',
      target: last!,
    });
  } else if (verb === 'asserts') {
    into.actors.add(first!);
    into.claims.add(last!);
    into.actorLinks.push({ actor: first!, claim: last!, kind: 'ASSERTS' });
  } else if (verb === 'about') {
    into.claims.add(first!);
    into.actors.add(last!);
    into.actorLinks.push({ actor: last!, claim: first!, kind: 'ABOUT' });
  } else {
    throw new Error(`map-builder: unknown relation "${verb}" in "${line}"`);
  }
}

/** A map imported under a fresh id, with `id(key)` giving the stored id of any of its elements. */
export interface BuiltMap {
  mapId: string;
  id: (key: string) => string;
}

/** Imports the map the lines describe under a new unique map id. */
export async function buildMap(api: TestApi, purpose: string, lines: readonly string[]): Promise<BuiltMap> {
  const mapId = uniqueMapId(purpose);
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
    document: mapDocument(mapId, lines),
  });
  return { mapId, id: (key) => `${mapId}:${key}` };
}
