/**
 * Grounded labelling extended to support, as a linear-time worklist (pure; no I/O).
 *
 * A claim is IN when every claim rebutting it is OUT and it is basic or concluded by an inference
 * that holds (every premise IN, every undercutter OUT). It is OUT when rejected, asserted by a
 * rejected actor, rebutted by an IN claim, or not basic with every inference into it failed (a
 * premise OUT or an undercutter IN). Otherwise UNDEC. These conditions are monotone in the labels,
 * so settling claims only when a condition is met, starting from all-UNDEC, reaches the least
 * fixpoint: the grounded labelling. Counters make each check O(1); every claim, inference and
 * attack is handled a bounded number of times, so the whole run is O(claims + inferences +
 * premise links + attacks).
 *
 * For explanations, each settled claim keeps the first rule that settled it and each failed
 * inference the first premise or undercut that failed it; since a cause is always settled before
 * what it causes, following causes always ends at basic premises or rejections.
 */
import type { Framework } from './framework.ts';

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
  /** cause: the rebuttal whose attacker is IN. */
  REBUTTED_BY: 3,
  /** cause: -1 (every inference into the claim failed; see inferenceCause). */
  ALL_SUPPORT_FAILED: 4,
  /** cause: -1. */
  BASIC_PREMISE: 5,
  /** cause: the first inference that held. */
  SUPPORTED_BY: 6,
} as const;

export const HOLDS = 1;
export const FAILS = 2;

/** What a rejection forces OUT, as indexes into the framework. */
export interface Forced {
  claims: readonly number[];
  actors: readonly number[];
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
  /** Per failed inference: the OUT premise (>= 0) or, as ~attack (< 0), the undercut by an IN claim. */
  inferenceCause: Int32Array;
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

  // Counters of what still stands in the way of each condition.
  const rebuttersNotOut = f.rebuttalsOf.sizes();
  const inferencesNotFailed = f.concludedBy.sizes();
  const premisesNotIn = f.premisesOf.sizes();
  const undercuttersNotOut = f.undercutsOf.sizes();
  const supportedBy = new Int32Array(claims).fill(-1);

  // Claims settled but not yet propagated.
  const queue = new Int32Array(claims);
  let head = 0;
  let tail = 0;
  const settle = (claim: number, label: Status, why: number, by: number): void => {
    if (status[claim] !== UNDEC) return;
    status[claim] = label;
    reason[claim] = why;
    cause[claim] = by;
    queue[tail++] = claim;
  };
  const tryIn = (claim: number): void => {
    if (status[claim] !== UNDEC || rebuttersNotOut[claim] !== 0) return;
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
  for (const actor of forced.actors)
    for (const claim of f.assertedBy.of(actor)) settle(claim, OUT, Reason.ASSERTED_BY_REJECTED_ACTOR, actor);
  for (let claim = 0; claim < claims; claim++) tryIn(claim);

  // The hot loop walks the adjacency arrays directly: no views, no closures per neighbour.
  const { offsets: attackOffsets, items: attackItems } = f.attacksBy;
  const { offsets: premiseOffsets, items: premiseItems } = f.premiseIn;
  while (head < tail) {
    const claim = queue[head++]!;
    const isIn = status[claim] === IN;
    for (let k = attackOffsets[claim]!, end = attackOffsets[claim + 1]!; k < end; k++) {
      const attack = attackItems[k]!;
      const target = f.targetOf[attack]!;
      if (f.rebuts[attack]) {
        if (isIn) settle(target, OUT, Reason.REBUTTED_BY, attack);
        else if (--rebuttersNotOut[target]! === 0) tryIn(target);
      } else if (isIn) {
        fail(target, ~attack);
      } else if (--undercuttersNotOut[target]! === 0 && premisesNotIn[target] === 0) {
        hold(target);
      }
    }
    for (let k = premiseOffsets[claim]!, end = premiseOffsets[claim + 1]!; k < end; k++) {
      const inference = premiseItems[k]!;
      if (!isIn) fail(inference, claim);
      else if (--premisesNotIn[inference]! === 0 && undercuttersNotOut[inference] === 0) hold(inference);
    }
  }
  return { status, reason, cause, outcome, inferenceCause };
}
