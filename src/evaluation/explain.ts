/**
 * Why a claim has its label, read off a finished labelling: the claim's own step, then the steps of
 * every claim it rests on, breadth first, each claim once. IN and OUT steps follow the causes the
 * fixpoint recorded, which were settled earlier, so they end at basic premises and rejections;
 * UNDEC steps rest only on UNDEC claims, and "each once" is what stops them going round a cycle.
 */
import {
  type InferenceCheckRecord,
  type StatusExplanationRecord,
  type StatusReason,
  type StatusStepRecord,
} from '../graphql/records/evaluation-record.ts';
import type { Framework } from './framework.ts';
import { ACTIVE, FAILS, HOLDS, IN, INACTIVE, type Labelling, OUT, Reason, statusName, UNDEC } from './grounded.ts';

const reasonNames: Record<number, StatusReason> = {
  [Reason.REJECTED_CLAIM]: 'REJECTED_CLAIM',
  [Reason.ASSERTED_BY_REJECTED_ACTOR]: 'ASSERTED_BY_REJECTED_ACTOR',
  [Reason.REBUTTED_BY]: 'REBUTTED_BY',
  [Reason.ALL_SUPPORT_FAILED]: 'ALL_SUPPORT_FAILED',
  [Reason.BASIC_PREMISE]: 'BASIC_PREMISE',
  [Reason.SUPPORTED_BY]: 'SUPPORTED_BY',
  [Reason.FACT_CHECKED]: 'FACT_CHECKED',
};

export function explain(framework: Framework, labelling: Labelling, claim: number): StatusExplanationRecord {
  const seen = new Uint8Array(framework.claimCount);
  const order = [claim];
  seen[claim] = 1;
  const steps: StatusStepRecord[] = [];
  for (let next = 0; next < order.length; next++) {
    const { step, dependsOn } = stepOf(framework, labelling, order[next]!);
    steps.push(step);
    for (const other of dependsOn) {
      if (!seen[other]) {
        seen[other] = 1;
        order.push(other);
      }
    }
  }
  return { claimId: framework.claimIds[claim]!, status: statusName(labelling.status[claim]!), steps };
}

/** One claim's step, and the claims it rests on (as indexes, in the order they are mentioned). */
function stepOf(f: Framework, labelling: Labelling, claim: number): { step: StatusStepRecord; dependsOn: number[] } {
  const { status, reason, cause } = labelling;
  const dependsOn = new Set<number>();
  const rebuttals: number[] = [];
  const inferences: InferenceCheckRecord[] = [];
  // An attack's status rests on its attacker, on the attacks on it (AIF CA→CA) and on its answer (a
  // critical question's): an active one on its IN attacker, its OUT answer and every (inactive)
  // attack on it; an inactive one on its OUT attacker, else its IN answer, else an active attack on
  // it; an undecided one on its attacker, its undecided answer and the undecided attacks on it.
  // A challenged assumption does not rest on its attacker (asking is enough).
  const seenAttacks = new Set<number>();
  const restOn = (attack: number): void => {
    if (seenAttacks.has(attack)) return;
    seenAttacks.add(attack);
    const attacker = f.assumption[attack] ? -1 : f.attackerOf[attack]!;
    const answer = f.answerOf[attack]!;
    const counters = [...f.countersOf.of(attack)];
    const statusOf = (other: number) => labelling.attackStatus[other];
    if (statusOf(attack) === ACTIVE) {
      if (attacker >= 0) dependsOn.add(attacker);
      if (answer >= 0) dependsOn.add(answer);
      counters.forEach(restOn);
    } else if (statusOf(attack) === INACTIVE) {
      if (attacker >= 0 && status[attacker] === OUT) dependsOn.add(attacker);
      else if (answer >= 0 && status[answer] === IN) dependsOn.add(answer);
      else restOn(counters.find((counter) => statusOf(counter) === ACTIVE)!);
    } else {
      if (attacker >= 0) dependsOn.add(attacker);
      if (answer >= 0 && status[answer] === UNDEC) dependsOn.add(answer);
      counters.filter((counter) => statusOf(counter) === UNDEC).forEach(restOn);
    }
  };
  const check = (inference: number, outcome: InferenceCheckRecord['outcome'], premises: number[], undercuts: number[]) => {
    premises.forEach((premise) => dependsOn.add(premise));
    undercuts.forEach(restOn);
    inferences.push({
      inferenceId: f.inferenceIds[inference]!,
      outcome,
      premiseIds: premises.map((premise) => f.claimIds[premise]!),
      // Virtual challenges (openAssumptions: BLOCK) are no Attack of the map; the open questions say them.
      undercutIds: undercuts.filter((attack) => attack < f.realAttackCount).map((attack) => f.attackIds[attack]!),
    });
  };
  const rebutting = (attacks: number[]) => {
    for (const attack of attacks) {
      rebuttals.push(attack);
      restOn(attack);
    }
  };
  const why = cause[claim]!;
  let reasonName: StatusReason;

  if (status[claim] !== UNDEC) {
    reasonName = reasonNames[reason[claim]!]!;
    if (reason[claim] === Reason.REBUTTED_BY) rebutting([why]);
    if (reason[claim] === Reason.ALL_SUPPORT_FAILED) {
      for (const inference of f.concludedBy.of(claim)) {
        const failedBy = labelling.inferenceCause[inference]!;
        check(inference, 'FAILS', failedBy >= 0 ? [failedBy] : [], failedBy < 0 ? [~failedBy] : []);
      }
    }
    if (reason[claim] === Reason.SUPPORTED_BY) check(why, 'HOLDS', [...f.premisesOf.of(why)], [...f.undercutsOf.of(why)]);
    // An IN claim stands because every rebuttal of it is defeated: those are part of the reason.
    if (status[claim] === IN) rebutting([...f.rebuttalsOf.of(claim)]);
  } else {
    // No rebuttal is active (else OUT); the undecided ones are what keep the claim undecided, or its
    // support is: no inference holds and not all have failed, so some wait on undecided claims.
    const undecided = (other: number) => status[other] === UNDEC;
    const undecidedAttack = (attack: number) => labelling.attackStatus[attack] === UNDEC;
    rebutting([...f.rebuttalsOf.of(claim)].filter(undecidedAttack));
    const supported =
      f.isBasic(claim) || [...f.concludedBy.of(claim)].some((inference) => labelling.outcome[inference] === HOLDS);
    reasonName = supported ? 'UNDECIDED_REBUTTAL' : 'UNDECIDED_SUPPORT';
    if (!supported) {
      for (const inference of f.concludedBy.of(claim)) {
        if (labelling.outcome[inference] === FAILS) continue;
        const premises = [...f.premisesOf.of(inference)].filter(undecided);
        check(inference, 'UNDECIDED', premises, [...f.undercutsOf.of(inference)].filter(undecidedAttack));
      }
    }
  }
  const actorId = reason[claim] === Reason.ASSERTED_BY_REJECTED_ACTOR ? f.actorIds[why]! : null;
  return {
    step: {
      claimId: f.claimIds[claim]!,
      status: statusName(status[claim]!),
      reason: reasonName,
      actorId,
      rebuttalIds: rebuttals.map((attack) => f.attackIds[attack]!),
      inferences,
      dependsOn: [...dependsOn].map((other) => f.claimIds[other]!),
    },
    dependsOn: [...dependsOn],
  };
}
