/**
 * Speakers of an AIF graph as actors, and what they assert. AIF names speakers badly (see
 * shared/corpora/README.md, oddity 8), so the rules are:
 * - a speaker's name is the L-node's `Name : text` prefix; failing that, the name of the locution's
 *   person (an xAIF participant, or the one name that person's other L-nodes carry); failing that,
 *   `Speaker <personID>`. L-text wins when it and personID disagree (AIFdb reuses personIDs);
 * - analyst copies are not speakers: an L-node wired into a YA `Analysing` (OVA), or an L-node with
 *   no edge and no locution (AIFdb's isolated `Analyst: Speaker : text` copies);
 * - one actor per name, compared case- and space-insensitively (`HIllary` is `Hillary`);
 * - every xAIF participant is an actor, even one who never speaks;
 * - L –YA→ I (any illocution from the speaker's locution to a proposition) and a locution on an
 *   I-node (AraucariaDB) make the speaker ASSERT the claim.
 */
import type { AifGraph, AifNode } from './aif-json.ts';
import { slug } from './aif-text.ts';

export interface AifSpeakers {
  actors: { key: string; name: string }[];
  /** ASSERTS links: actor key → I-node id. */
  asserts: { actor: string; node: string }[];
  /** xAIF participantID → actor key. */
  participantActors: Map<string, string>;
  warnings: string[];
}

const prefixPattern = /^\s*([^:\n]{1,100}?)\s*:\s*([\s\S]*)$/;

/** The `Name` of `Name : text`, or null when the L-node names nobody. */
export function speakerPrefix(text: string): string | null {
  const match = prefixPattern.exec(text);
  return match && match[2]!.trim() !== '' ? match[1]!.replace(/\s+/g, ' ').trim() : null;
}

export function aifSpeakers(graph: AifGraph, nodes: ReadonlyMap<string, AifNode>, usedKeys: Set<string>): AifSpeakers {
  const warnings: string[] = [];
  const outgoing = new Map<string, string[]>();
  const touched = new Set<string>();
  for (const edge of graph.edges) {
    (outgoing.get(edge.from) ?? outgoing.set(edge.from, []).get(edge.from)!).push(edge.to);
    touched.add(edge.from).add(edge.to);
  }
  const personOf = new Map(graph.locutions.map((locution) => [locution.nodeId, locution.personId]));
  const isAnalysing = (id: string) => nodes.get(id)?.type === 'YA' && /^analys/i.test(nodes.get(id)!.text.trim());
  const isSpeakerL = (node: AifNode) =>
    node.type === 'L' && (touched.has(node.id) || personOf.has(node.id)) && !(outgoing.get(node.id) ?? []).some(isAnalysing);

  // Names each person goes by on L-nodes, to name a locution that sits on an I-node.
  const personNames = new Map<string, Set<string>>();
  for (const node of graph.nodes) {
    const person = personOf.get(node.id);
    const prefix = node.type === 'L' ? speakerPrefix(node.text) : null;
    if (person && prefix) (personNames.get(person) ?? personNames.set(person, new Set()).get(person)!).add(prefix);
  }
  const participantNames = new Map(graph.participants.map((p) => [p.id, p.name]));
  const personName = (person: string): string => {
    const names = [...(personNames.get(person) ?? [])];
    return participantNames.get(person) ?? (names.length === 1 ? names[0]! : `Speaker ${person}`);
  };

  const actors = new Map<string, { key: string; name: string }>();
  const actorFor = (name: string): string => {
    const identity = name.toLowerCase().replace(/\s+/g, ' ');
    let actor = actors.get(identity);
    if (!actor) {
      let key = `actor-${slug(name)}`;
      for (let n = 2; usedKeys.has(key); n++) key = `actor-${slug(name)}-${n}`;
      usedKeys.add(key);
      actor = { key, name };
      actors.set(identity, actor);
    }
    return actor.key;
  };
  const participantActors = new Map(graph.participants.map((p) => [p.id, actorFor(p.name)]));

  const speakerOf = new Map<string, string>();
  for (const node of graph.nodes) {
    if (!isSpeakerL(node)) continue;
    const person = personOf.get(node.id);
    const name = speakerPrefix(node.text) ?? (person ? personName(person) : null);
    if (name) speakerOf.set(node.id, actorFor(name));
  }

  const asserts = new Map<string, { actor: string; node: string }>();
  const assert = (actor: string, node: string) => asserts.set(`${actor}|${node}`, { actor, node });
  for (const edge of graph.edges) {
    const from = nodes.get(edge.from)!;
    if (from.type !== 'L' || nodes.get(edge.to)!.type !== 'YA') continue;
    for (const target of outgoing.get(edge.to) ?? []) {
      if (nodes.get(target)!.type !== 'I') continue;
      const actor = speakerOf.get(from.id);
      if (actor) assert(actor, target);
      else if (isSpeakerL(from))
        warnings.push(`L-node ${from.id} names no speaker: its assertion of I-node ${target} has no actor`);
    }
  }
  for (const locution of graph.locutions) {
    if (nodes.get(locution.nodeId)!.type === 'I' && locution.personId)
      assert(actorFor(personName(locution.personId)), locution.nodeId);
  }
  return { actors: [...actors.values()], asserts: [...asserts.values()], participantActors, warnings };
}
