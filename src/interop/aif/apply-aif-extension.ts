/**
 * argmap's own AIF extension (aif-extension.ts) laid over a converted document: actor kinds,
 * aliases and entities, claim tags, quotes and same-claim links, inference warrants and answers, challenges, and ABOUT links, matched by participantID
 * and nodeID. Entries naming nothing the conversion kept are ignored.
 */
import type { AifDoc } from './aif-conversion.ts';
import type { AifExtension } from './aif-extension.ts';

export function applyAifExtension(
  doc: AifDoc,
  ext: AifExtension,
  actorOf: ReadonlyMap<string, string>,
  keyOf: ReadonlyMap<string, string>,
): void {
  for (const extra of ext.actors) {
    const actor = doc.actors.find((a) => a.id === actorOf.get(extra.participantID));
    if (actor)
      Object.assign(actor, {
        kind: extra.kind,
        ...(extra.aliases?.length ? { aliases: extra.aliases } : {}),
        ...(extra.entity ? { entity: extra.entity } : {}),
      });
  }
  for (const extra of ext.claims) {
    const claim = doc.claims.find((c) => c.id === keyOf.get(extra.nodeID));
    if (claim)
      Object.assign(claim, {
        ...(extra.tags?.length ? { tags: extra.tags } : {}),
        ...(extra.quote ? { quote: extra.quote } : {}),
        ...(extra.sameAs?.length ? { sameAs: extra.sameAs } : {}),
      });
  }
  for (const extra of ext.inferences) {
    const inference = doc.inferences.find((i) => i.id === keyOf.get(extra.nodeID));
    if (!inference) continue;
    if (extra.warrant) inference.warrant = extra.warrant;
    const answers = (extra.answers ?? []).flatMap((answer) => {
      const claim = keyOf.get(answer.claim);
      return claim ? [{ question: answer.question, claim }] : [];
    });
    if (answers.length) inference.answers = answers;
  }
  for (const challenge of ext.challenges ?? []) {
    const attack = doc.attacks.find((a) => a.id === keyOf.get(challenge.nodeID));
    if (attack) attack.criticalQuestion = challenge.question;
  }
  for (const link of ext.about) {
    const actor = actorOf.get(link.participantID);
    const claim = keyOf.get(link.nodeID);
    if (actor && claim) doc.actorLinks.push({ actor, claim, kind: 'ABOUT' });
  }
}
