/**
 * L, YA and TA nodes (the dialogue) → actors and ASSERTS links, through aif-speakers.ts, which
 * holds the rules for naming speakers. Dialogue nodes themselves are not kept.
 */
import type { AifConversion } from './aif-conversion.ts';
import { aifSpeakers } from './aif-speakers.ts';

/** Adds the actors and their ASSERTS links; returns xAIF participantID → actor key. */
export function convertSpeakers(cx: AifConversion): Map<string, string> {
  const speakers = aifSpeakers(cx.graph, cx.nodes, cx.usedKeys);
  cx.warnings.push(...speakers.warnings);
  cx.doc.actors = speakers.actors.map((actor) => ({ id: actor.key, name: actor.name, kind: 'PERSON' }));
  cx.doc.actorLinks = speakers.asserts.map((link) => ({ actor: link.actor, claim: cx.keyOf.get(link.node)!, kind: 'ASSERTS' }));
  return speakers.participantActors;
}
