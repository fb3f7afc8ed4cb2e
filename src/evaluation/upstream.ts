/**
 * The part of a map a claim's label can depend on: the claim, and everything from which a path of
 * support or attack leads to it. A label is a function of the labels of the claim's rebutters and
 * of the premises and undercutters of the inferences into it, so the grounded labelling of this
 * part agrees with the whole map's on every claim in it — and is often far smaller to recompute.
 */
import { Framework } from './framework.ts';
import type { MapStructure } from './map-structure.ts';

export function upstreamOf(f: Framework, claim: number): Framework {
  const claimIn = new Uint8Array(f.claimCount);
  const inferenceIn = new Uint8Array(f.inferenceIds.length);
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
    attacks.push(attack);
    reach(f.attackerOf[attack]!);
  };
  for (let next = 0; next < claims.length; next++) {
    const current = claims[next]!;
    f.rebuttalsOf.of(current).forEach(attackedBy);
    for (const inference of f.concludedBy.of(current)) {
      inferenceIn[inference] = 1;
      inferences.push(inference);
      f.premisesOf.of(inference).forEach(reach);
      f.undercutsOf.of(inference).forEach(attackedBy);
    }
  }
  const assertions = f.actorIds.flatMap((_, actor) =>
    [...f.assertedBy.of(actor)].filter((c) => claimIn[c]).map((c) => [actor, c] as const),
  );
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
    attackers: attacks.map((a) => f.attackerOf[a]!),
    rebuts: attacks.map((a) => f.rebuts[a] === 1),
    targets: attacks.map((a) => f.targetOf[a]!),
    actors: [...f.actorIds],
    actorNodes: f.actorIds.map((_, actor) => actor),
    asserters: assertions.map(([actor]) => actor),
    asserted: assertions.map(([, c]) => c),
  };
  return new Framework(structure);
}
