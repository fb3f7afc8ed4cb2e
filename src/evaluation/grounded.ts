/**
 * Grounded labelling extended to support, as a linear-time worklist (pure; no I/O).
 *
 * Attacks are labelled too: an attack is ACTIVE when its attacker is IN and every attack on it
 * (an undercut of the attack, AIF CA→CA) is INACTIVE; INACTIVE when its attacker is OUT or an
 * attack on it is ACTIVE; otherwise UNDEC. Without attacks on attacks, "active" is exactly
 * "its attacker is IN", the rules word for word.
 * A claim is IN when every rebuttal of it is inactive and it is basic or concluded by an inference
 * that holds (every premise IN, every undercut inactive). It is OUT when rejected, asserted by a
 * rejected actor, rebutted by an active rebuttal, or not basic with every inference into it failed
 * (a premise OUT or an undercut active). Otherwise UNDEC. These conditions are monotone in the labels,
 * so settling claims only when a condition is met, starting from all-UNDEC, reaches the least
 * fixpoint: the grounded labelling. Counters make each check O(1); every claim, inference and
 * attack is handled a bounded number of times, so the whole run is O(claims + inferences +
 * premise links + attacks).
 *
 * Critical questions (question-attacks.ts) add two things to an attack. An answer counts as one
 * more attack on it: the attack is inactive once its answer is IN, and active only once its answer
 * is OUT. A challenge of an assumption needs no IN attacker: it is active as soon as its answer is
 * OUT (or it has none) and every attack on it inactive. Both conditions stay monotone.
 *
 * For explanations, each settled claim keeps the first rule that settled it and each failed
 * inference the first premise or undercut that failed it; since a cause is always settled before
 * what it causes, following causes always ends at basic premises or rejections.
 */
import type { Framework } from './framework.ts';
import { TargetKind } from './map-structure.ts';

export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
export type Status = typeof UNDEC | typeof IN | typeof OUT;
const statusNames = ['UNDEC', 'IN', 'OUT'] as const;

/** The GraphQL name of a status. */
export function statusName(status: number): (typeof statusNames)[Status] {
  return statusNames[status as Status];
}

/** The rule that settled a claim; `Labelling.cause` says which element it rests on. */
export const Reason = {
  NONE: 0,
  /** cause: -1. */
  REJECTED_CLAIM: 1,
  /** cause: the actor. */
  ASSERTED_BY_REJECTED_ACTOR: 2,
  /** cause: the active rebuttal. */
  REBUTTED_BY: 3,
  /** cause: -1 (every inference into the claim failed; see inferenceCause). */
  ALL_SUPPORT_FAILED: 4,
  /** cause: -1. */
  BASIC_PREMISE: 5,
  /** cause: the first inference that held. */
  SUPPORTED_BY: 6,
  /** cause: -1 (a fact-check of its same-claim class has a rating the rejection names). */
  FACT_CHECKED: 7,
} as const;

export const HOLDS = 1;
export const FAILS = 2;
export const ACTIVE = 1;
export const INACTIVE = 2;

/** What a rejection forces OUT, as indexes into the framework. */
export interface Forced {
  claims: readonly number[];
  actors: readonly number[];
  /** Claims whose same-claim class carries a fact-check with a rejected rating. */
  factChecked?: readonly number[];
  /** Inferences made to fail, as if an active undercut hit each (open-questions.ts asks "what if?"). */
  inferences?: readonly number[];
}

export interface Labelling {
  /** Per claim: UNDEC, IN or OUT. */
  status: Uint8Array;
  /** Per claim: the Reason that settled it (NONE while UNDEC). */
  reason: Uint8Array;
  /** Per claim: the element the reason rests on (see Reason), or -1. */
  cause: Int32Array;
  /** Per inference: UNDEC, HOLDS or FAILS. */
  outcome: Uint8Array;
  /** Per failed inference: the OUT premise (>= 0) or, as ~attack (< 0), the active undercut. */
  inferenceCause: Int32Array;
  /** Per attack: UNDEC, ACTIVE or INACTIVE. */
  attackStatus: Uint8Array;
}

export const noRejection: Forced = { claims: [], actors: [] };

export function grounded(framework: Framework, forced: Forced = noRejection): Labelling {
  const f = framework;
  const claims = f.claimCount;
  const inferences = f.inferenceIds.length;
  const status = new Uint8Array(claims);
  const reason = new Uint8Array(claims);
  const cause = new Int32Array(claims).fill(-1);
  const outcome = new Uint8Array(inferences);
  const inferenceCause = new Int32Array(inferences);
  const attackStatus = new Uint8Array(f.attackIds.length);

  // Counters of what still stands in the way of each condition.
  const rebuttalsNotInactive = f.rebuttalsOf.sizes();
  const inferencesNotFailed = f.concludedBy.sizes();
  const premisesNotIn = f.premisesOf.sizes();
  const undercutsNotInactive = f.undercutsOf.sizes();
  // An answer stands in the way of its challenge like one more attack on it.
  const countersNotInactive = f.countersOf.sizes();
  for (let attack = 0; attack < f.answerOf.length; attack++) if (f.answerOf[attack]! >= 0) countersNotInactive[attack]!++;
  const supportedBy = new Int32Array(claims).fill(-1);

  // Claims, and attacks, settled but not yet propagated.
  const queue = new Int32Array(claims);
  let head = 0;
  let tail = 0;
  const attackQueue = new Int32Array(f.attackIds.length);
  let attackHead = 0;
  let attackTail = 0;
  const settleAttack = (attack: number, label: typeof ACTIVE | typeof INACTIVE): void => {
    if (attackStatus[attack] !== UNDEC) return;
    attackStatus[attack] = label;
    attackQueue[attackTail++] = attack;
  };
  const settle = (claim: number, label: Status, why: number, by: number): void => {
    if (status[claim] !== UNDEC) return;
    status[claim] = label;
    reason[claim] = why;
    cause[claim] = by;
    queue[tail++] = claim;
  };
  const tryIn = (claim: number): void => {
    if (status[claim] !== UNDEC || rebuttalsNotInactive[claim] !== 0) return;
    if (f.isBasic(claim)) settle(claim, IN, Reason.BASIC_PREMISE, -1);
    else if (supportedBy[claim]! >= 0) settle(claim, IN, Reason.SUPPORTED_BY, supportedBy[claim]!);
  };
  const hold = (inference: number): void => {
    if (outcome[inference] !== UNDEC) return;
    outcome[inference] = HOLDS;
    const conclusion = f.conclusionOf[inference]!;
    if (supportedBy[conclusion]! < 0) supportedBy[conclusion] = inference;
    tryIn(conclusion);
  };
  const fail = (inference: number, by: number): void => {
    if (outcome[inference] !== UNDEC) return;
    outcome[inference] = FAILS;
    inferenceCause[inference] = by;
    const conclusion = f.conclusionOf[inference]!;
    if (--inferencesNotFailed[conclusion]! === 0) settle(conclusion, OUT, Reason.ALL_SUPPORT_FAILED, -1);
  };

  // Rejected claims first, so that a claim both rejected and asserted by a rejected actor says so.
  for (const claim of forced.claims) settle(claim, OUT, Reason.REJECTED_CLAIM, -1);
  for (const claim of forced.factChecked ?? []) settle(claim, OUT, Reason.FACT_CHECKED, -1);
  for (const actor of forced.actors)
    for (const claim of f.assertedBy.of(actor)) settle(claim, OUT, Reason.ASSERTED_BY_REJECTED_ACTOR, actor);
  // A forced failure has no cause to show; nothing explains a labelling made with one.
  for (const inference of forced.inferences ?? []) fail(inference, -1);
  for (let claim = 0; claim < claims; claim++) tryIn(claim);
  // A challenged assumption with nothing against it is active from the start: asking is enough.
  for (let attack = 0; attack < f.assumption.length; attack++)
    if (f.assumption[attack] && countersNotInactive[attack] === 0) settleAttack(attack, ACTIVE);

  // The hot loop walks the adjacency arrays directly: no views, no closures per neighbour.
  const { offsets: attackOffsets, items: attackItems } = f.attacksBy;
  const { offsets: premiseOffsets, items: premiseItems } = f.premiseIn;
  const { offsets: answerOffsets, items: answerItems } = f.answersBy;
  while (head < tail || attackHead < attackTail) {
    while (attackHead < attackTail) {
      const attack = attackQueue[attackHead++]!;
      const target = f.targetOf[attack]!;
      const kind = f.targetKind[attack]!;
      if (attackStatus[attack] === ACTIVE) {
        if (kind === TargetKind.CLAIM) settle(target, OUT, Reason.REBUTTED_BY, attack);
        else if (kind === TargetKind.INFERENCE) fail(target, ~attack);
        else settleAttack(target, INACTIVE);
      } else if (kind === TargetKind.CLAIM) {
        if (--rebuttalsNotInactive[target]! === 0) tryIn(target);
      } else if (kind === TargetKind.INFERENCE) {
        if (--undercutsNotInactive[target]! === 0 && premisesNotIn[target] === 0) hold(target);
      } else if (--countersNotInactive[target]! === 0 && (f.assumption[target] || status[f.attackerOf[target]!] === IN)) {
        settleAttack(target, ACTIVE);
      }
    }
    if (head === tail) break;
    const claim = queue[head++]!;
    const isIn = status[claim] === IN;
    for (let k = attackOffsets[claim]!, end = attackOffsets[claim + 1]!; k < end; k++) {
      const attack = attackItems[k]!;
      if (f.assumption[attack]) continue;
      if (!isIn) settleAttack(attack, INACTIVE);
      else if (countersNotInactive[attack] === 0) settleAttack(attack, ACTIVE);
    }
    for (let k = answerOffsets[claim]!, end = answerOffsets[claim + 1]!; k < end; k++) {
      const attack = answerItems[k]!;
      if (isIn) settleAttack(attack, INACTIVE);
      else if (--countersNotInactive[attack]! === 0 && (f.assumption[attack] || status[f.attackerOf[attack]!] === IN)) {
        settleAttack(attack, ACTIVE);
      }
    }
    for (let k = premiseOffsets[claim]!, end = premiseOffsets[claim + 1]!; k < end; k++) {
      const inference = premiseItems[k]!;
      if (!isIn) fail(inference, claim);
      else if (--premisesNotIn[inference]! === 0 && undercutsNotInactive[inference] === 0) hold(inference);
    }
  }
  return { status, reason, cause, outcome, inferenceCause, attackStatus };
}
