/**
 * A second, naive evaluation for maps with critical questions, written from the rules of
 * docs/evaluation.md ("Critical questions") and sharing no code with src/evaluation: Kleene iteration
 * from all-UNDEC, every claim and attack recomputed from the previous round until nothing changes.
 * The question kinds are written out here, not read from the catalogue, so that a catalogue edit
 * shows up as a failing test rather than a silently changed reference.
 *
 * The rules, as this file reads them: a challenge is an undercut of its inference. An answer counts
 * against the challenge it answers: IN, it makes the challenge inactive; only when it is OUT (or
 * absent) can the challenge be active. A challenged EXCEPTION is active when its challenger is IN;
 * a challenged ASSUMPTION needs no IN challenger. With BLOCK, an assumption never challenged stops
 * its inference unless its answer is IN (UNDEC while the answer is).
 */
import type { Label, PlainMap, PlainRejection } from '../evaluation/reference-grounded.ts';

/** The kinds of the two schemes the random maps use, by question id. */
export const questionKinds: Record<string, Record<string, 'ASSUMPTION' | 'EXCEPTION'>> = {
  'Argument from Sign': { cq1: 'ASSUMPTION', cq2: 'EXCEPTION' },
  'Practical Reasoning': { cq1: 'EXCEPTION', cq2: 'EXCEPTION', cq3: 'EXCEPTION', cq4: 'ASSUMPTION', cq5: 'EXCEPTION' },
};

export interface QuestionMap extends PlainMap {
  inferences: (PlainMap['inferences'][number] & { scheme?: string })[];
  attacks: (PlainMap['attacks'][number] & { question?: string })[];
  answers: { inference: string; question: string; claim: string }[];
}

export function referenceQuestionLabels(
  map: QuestionMap,
  reject: PlainRejection = { claims: [], actors: [] },
  openAssumptions: 'IGNORE' | 'BLOCK' = 'IGNORE',
): Record<string, Label> {
  const forced = new Set([
    ...reject.claims,
    ...map.asserts.filter((link) => reject.actors.includes(link.actor)).map((link) => link.claim),
  ]);
  const schemeOf = (inference: string) => map.inferences.find((i) => i.id === inference)?.scheme;
  const kindOf = (inference: string, question: string | undefined) =>
    question === undefined ? undefined : questionKinds[schemeOf(inference) ?? '']?.[question];
  const answerOf = (inference: string, question: string) =>
    map.answers.find((answer) => answer.inference === inference && answer.question === question)?.claim;
  // A challenge counts as one only when its inference's scheme has the question; else it is a plain undercut.
  const challengeOf = (attack: QuestionMap['attacks'][number]) =>
    attack.kind === 'UNDERCUT' && kindOf(attack.target, attack.question) ? attack.question : undefined;
  // With BLOCK: the assumptions of each inference that no challenge names, as [inference, question].
  const blocks: [string, string][] =
    openAssumptions === 'BLOCK'
      ? map.inferences.flatMap((i) =>
          Object.entries(questionKinds[i.scheme ?? ''] ?? {})
            .filter(([, kind]) => kind === 'ASSUMPTION')
            .filter(([question]) => !map.attacks.some((a) => a.target === i.id && challengeOf(a) === question))
            .map(([question]): [string, string] => [i.id, question]),
        )
      : [];

  let labels: Record<string, Label> = Object.fromEntries(map.claims.map((claim) => [claim, 'UNDEC' as Label]));
  let attackLabels: Record<string, Label> = Object.fromEntries(map.attacks.map((a) => [a.id, 'UNDEC' as Label]));
  const attacksOn = (target: string, kind: 'REBUT' | 'UNDERCUT') =>
    map.attacks.filter((a) => a.kind === kind && a.target === target).map((a) => a.id);
  for (;;) {
    const old = labels;
    const oldAttacks = attackLabels;
    const active = (attack: string) => oldAttacks[attack] === 'IN';
    const inactive = (attack: string) => oldAttacks[attack] === 'OUT';
    const blockLabel = (inference: string, question: string): Label => {
      const answer = answerOf(inference, question);
      if (answer !== undefined && old[answer] === 'IN') return 'OUT';
      return answer === undefined || old[answer] === 'OUT' ? 'IN' : 'UNDEC';
    };
    const blocksOf = (inference: string) => blocks.filter(([i]) => i === inference).map(([, q]) => blockLabel(inference, q));
    const holds = (i: QuestionMap['inferences'][number]) =>
      i.premises.every((p) => old[p] === 'IN') &&
      attacksOn(i.id, 'UNDERCUT').every(inactive) &&
      blocksOf(i.id).every((label) => label === 'OUT');
    const fails = (i: QuestionMap['inferences'][number]) =>
      i.premises.some((p) => old[p] === 'OUT') ||
      attacksOn(i.id, 'UNDERCUT').some(active) ||
      blocksOf(i.id).some((label) => label === 'IN');
    const next: Record<string, Label> = {};
    for (const claim of map.claims) {
      const into = map.inferences.filter((i) => i.conclusion === claim);
      const basic = into.length === 0;
      if (forced.has(claim)) next[claim] = 'OUT';
      else if (attacksOn(claim, 'REBUT').some(active)) next[claim] = 'OUT';
      else if (!basic && into.every(fails)) next[claim] = 'OUT';
      else if (attacksOn(claim, 'REBUT').every(inactive) && (basic || into.some(holds))) next[claim] = 'IN';
      else next[claim] = 'UNDEC';
    }
    const nextAttacks: Record<string, Label> = {};
    for (const attack of map.attacks) {
      const counters = attacksOn(attack.id, 'UNDERCUT');
      const question = challengeOf(attack);
      const answer = question === undefined ? undefined : answerOf(attack.target, question);
      const assumption = question !== undefined && kindOf(attack.target, question) === 'ASSUMPTION';
      const attackerOut = !assumption && old[attack.attacker] === 'OUT';
      const attackerIn = assumption || old[attack.attacker] === 'IN';
      const answerIn = answer !== undefined && old[answer] === 'IN';
      const answerOut = answer === undefined || old[answer] === 'OUT';
      if (attackerOut || counters.some(active) || answerIn) nextAttacks[attack.id] = 'OUT';
      else if (attackerIn && counters.every(inactive) && answerOut) nextAttacks[attack.id] = 'IN';
      else nextAttacks[attack.id] = 'UNDEC';
    }
    labels = next;
    attackLabels = nextAttacks;
    const settled =
      map.claims.every((claim) => old[claim] === next[claim]) &&
      map.attacks.every((attack) => oldAttacks[attack.id] === nextAttacks[attack.id]);
    if (settled) return labels;
  }
}
