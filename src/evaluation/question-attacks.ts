/**
 * What critical questions add to a map's attacks (issue 15 §3; the rules are in docs/evaluation.md,
 * "Critical questions"). A challenge is an undercut already; this works out, per attack, whether it
 * challenges an ASSUMPTION (then its attacker's status does not matter: asking is enough, and only
 * an IN answer lifts it) and which claim answers it (an IN answer makes it inactive, as an active
 * attack on it would). With `openAssumptions: BLOCK`, every assumption of a catalogue scheme that is
 * not challenged gets a virtual challenge with no attacker, lifted only by an IN answer.
 * Challenges and answers of questions the scheme does not have are ignored (a challenge then counts
 * as the plain undercut it is).
 */
import { schemeCatalogue, type SchemeRecord } from '../schemes/catalogue.ts';
import type { MapStructure } from './map-structure.ts';

export type OpenAssumptions = 'IGNORE' | 'BLOCK';

/** Per attack (real ones first, then the virtual ones), and the virtual challenges. */
export interface QuestionAttacks {
  /** Per attack: 1 when it challenges an assumption (real or virtual). */
  assumption: Uint8Array;
  /** Per attack: the claim whose IN status disarms it, or -1. */
  answerOf: Int32Array;
  /** Virtual challenges (BLOCK only): the inference and question of each, after the real attacks. */
  virtual: { inference: number; question: string }[];
  /** The structure's challenges and answers as indexes, for a part of the map (upstream.ts). */
  challenges: { attack: number; question: string }[];
  answers: { claim: number; inference: number; question: string }[];
}

/**
 * `claim`, `inference`, `attack`: node number to index. `attackTarget(a)`: the inference index an
 * attack undercuts, or -1 when it targets something else.
 */
export function questionAttacks(
  structure: MapStructure,
  index: { claim: ReadonlyMap<number, number>; inference: ReadonlyMap<number, number>; attack: ReadonlyMap<number, number> },
  attackTarget: (attack: number) => number,
  openAssumptions: OpenAssumptions,
): QuestionAttacks {
  const catalogue = schemeCatalogue();
  const schemes = new Map<number, SchemeRecord>();
  structure.schemes.forEach((name, inference) => {
    const scheme = name ? catalogue.byName(name) : undefined;
    if (scheme) schemes.set(inference, scheme);
  });
  const kindOf = (inference: number, question: string) =>
    schemes.get(inference)?.criticalQuestions.find((candidate) => candidate.id === question)?.kind;

  const real = structure.attacks.length;
  const challenges: QuestionAttacks['challenges'] = [];
  const answerList: QuestionAttacks['answers'] = [];
  const challengeOf = new Map<string, number>();
  const assumptionOf = new Map<number, boolean>();
  structure.challengeAttacks.forEach((node, k) => {
    const attack = index.attack.get(node);
    const inference = attack === undefined ? -1 : attackTarget(attack);
    if (attack === undefined || inference < 0) return;
    const question = structure.challengeQuestions[k]!;
    challenges.push({ attack, question });
    const kind = kindOf(inference, question);
    if (!kind) return;
    challengeOf.set(`${inference} ${question}`, attack);
    assumptionOf.set(attack, kind === 'ASSUMPTION');
  });
  const answers = new Map<string, number>();
  structure.answerClaims.forEach((node, k) => {
    const claim = index.claim.get(node);
    const inference = index.inference.get(structure.answerInferences[k]!);
    const question = structure.answerQuestions[k]!;
    if (claim !== undefined && inference !== undefined) answerList.push({ claim, inference, question });
    if (claim !== undefined && inference !== undefined && kindOf(inference, question))
      answers.set(`${inference} ${question}`, claim);
  });

  const virtual: QuestionAttacks['virtual'] = [];
  if (openAssumptions === 'BLOCK') {
    for (const [inference, scheme] of [...schemes].sort(([a], [b]) => a - b)) {
      for (const question of scheme.criticalQuestions) {
        if (question.kind === 'ASSUMPTION' && !challengeOf.has(`${inference} ${question.id}`)) {
          virtual.push({ inference, question: question.id });
        }
      }
    }
  }
  const assumption = new Uint8Array(real + virtual.length);
  const answerOf = new Int32Array(real + virtual.length).fill(-1);
  for (const [key, attack] of challengeOf) {
    assumption[attack] = assumptionOf.get(attack) ? 1 : 0;
    answerOf[attack] = answers.get(key) ?? -1;
  }
  virtual.forEach(({ inference, question }, v) => {
    assumption[real + v] = 1;
    answerOf[real + v] = answers.get(`${inference} ${question}`) ?? -1;
  });
  return { assumption, answerOf, virtual, challenges, answers: answerList };
}
