/**
 * The part of a map a claim's label can depend on: the claim, and everything from which a path of
 * support or attack leads to it. A label is a function of the labels of the claim's rebutters and
 * of the premises and undercutters of the inferences into it, so the grounded labelling of this
 * part agrees with the whole map's on every claim in it — and is often far smaller to recompute.
 * An attack's status depends on its attacker, the attacks on it and its answer, so those come too.
 */
import { Framework } from './framework.ts';
import type { MapStructure, TargetKind } from './map-structure.ts';

export function upstreamOf(f: Framework, claim: number): Framework {
  const claimIn = new Uint8Array(f.claimCount);
  const attackIn = new Uint8Array(f.attackIds.length);
  const claims = [claim];
  const inferences: number[] = [];
  const attacks: number[] = [];
  claimIn[claim] = 1;
  const reach = (other: number) => {
    if (claimIn[other]) return;
    claimIn[other] = 1;
    claims.push(other);
  };
  const attackedBy = (attack: number) => {
    if (attackIn[attack]) return;
    attackIn[attack] = 1;
    // A virtual challenge (openAssumptions: BLOCK) is made again by the part's own Framework.
    if (attack < f.realAttackCount) attacks.push(attack);
    if (f.attackerOf[attack]! >= 0) reach(f.attackerOf[attack]!);
    if (f.answerOf[attack]! >= 0) reach(f.answerOf[attack]!);
  };
  // Claims and attacks reach further claims and attacks; go on until neither list grows.
  for (let nextClaim = 0, nextAttack = 0; nextClaim < claims.length || nextAttack < attacks.length;) {
    if (nextAttack < attacks.length) {
      f.countersOf.of(attacks[nextAttack++]!).forEach(attackedBy);
      continue;
    }
    const current = claims[nextClaim++]!;
    f.rebuttalsOf.of(current).forEach(attackedBy);
    for (const inference of f.concludedBy.of(current)) {
      inferences.push(inference);
      f.premisesOf.of(inference).forEach(reach);
      f.undercutsOf.of(inference).forEach(attackedBy);
    }
  }
  const assertions = f.actorIds.flatMap((_, actor) =>
    [...f.assertedBy.of(actor)].filter((c) => claimIn[c]).map((c) => [actor, c] as const),
  );
  const inferenceIn = new Uint8Array(f.inferenceIds.length);
  inferences.forEach((i) => (inferenceIn[i] = 1));
  const challenges = f.challenges.filter((challenge) => attackIn[challenge.attack] && challenge.attack < f.realAttackCount);
  const answers = f.answers.filter((answer) => claimIn[answer.claim] && inferenceIn[answer.inference]);
  // Node numbers of the part are the whole map's indexes: unique per kind, which is all they need be.
  const structure: MapStructure = {
    mapId: f.mapId,
    claims: claims.map((c) => f.claimIds[c]!),
    claimNodes: claims,
    inferences: inferences.map((i) => f.inferenceIds[i]!),
    inferenceNodes: inferences,
    conclusions: inferences.map((i) => f.conclusionOf[i]!),
    premises: inferences.map((i) => [...f.premisesOf.of(i)]),
    attacks: attacks.map((a) => f.attackIds[a]!),
    attackNodes: attacks,
    attackers: attacks.map((a) => f.attackerOf[a]!),
    targetKinds: attacks.map((a) => f.targetKind[a]! as TargetKind),
    targets: attacks.map((a) => f.targetOf[a]!),
    actors: [...f.actorIds],
    actorNodes: f.actorIds.map((_, actor) => actor),
    asserters: assertions.map(([actor]) => actor),
    asserted: assertions.map(([, c]) => c),
    schemes: inferences.map((i) => f.schemeNames[i] ?? null),
    challengeAttacks: challenges.map((challenge) => challenge.attack),
    challengeQuestions: challenges.map((challenge) => challenge.question),
    answerClaims: answers.map((answer) => answer.claim),
    answerInferences: answers.map((answer) => answer.inference),
    answerQuestions: answers.map((answer) => answer.question),
  };
  return new Framework(structure, f.openAssumptions);
}
