/**
 * A map's structure indexed for evaluation: every claim, inference, attack and actor gets a dense
 * integer index, and each gets its adjacency lists, so that the fixpoint and the searches on it run
 * in time linear in the size of the map with no string lookups in their inner loops.
 */
import { Adjacency } from './adjacency.ts';
import { TargetKind, type MapStructure } from './map-structure.ts';
import { type OpenAssumptions, type QuestionAttacks, questionAttacks } from './question-attacks.ts';

export class Framework {
  readonly mapId: string;
  readonly claimIds: readonly string[];
  readonly inferenceIds: readonly string[];
  readonly attackIds: readonly string[];
  readonly actorIds: readonly string[];

  /** Per inference: its conclusion, and its premises (claim indexes, ascending). */
  readonly conclusionOf: Int32Array;
  readonly premisesOf: Adjacency;
  /**
   * Per attack: its attacker (-1 for a virtual challenge), what it targets (a TargetKind), and the
   * target's index among its kind. Attacks from realAttackCount on are virtual: the challenges that
   * `openAssumptions: BLOCK` puts on open assumptions (see question-attacks.ts).
   */
  readonly attackerOf: Int32Array;
  readonly targetKind: Uint8Array;
  readonly targetOf: Int32Array;
  /** Per claim: the inferences it is a premise of, those concluding it, its attacks, its rebuttals. */
  readonly premiseIn: Adjacency;
  readonly concludedBy: Adjacency;
  readonly attacksBy: Adjacency;
  readonly rebuttalsOf: Adjacency;
  /** Per inference: the attacks undercutting it. */
  readonly undercutsOf: Adjacency;
  /** Per attack: the attacks undercutting it (AIF CA→CA). */
  readonly countersOf: Adjacency;
  /** Per actor: the claims it asserts. */
  readonly assertedBy: Adjacency;
  /** Per attack: 1 when it challenges an assumption, so that its attacker's status does not matter. */
  readonly assumption: Uint8Array;
  /** Per attack: the claim that answers the question it challenges (IN, it disarms it), or -1. */
  readonly answerOf: Int32Array;
  /** Per claim: the attacks it answers. */
  readonly answersBy: Adjacency;
  readonly realAttackCount: number;
  readonly openAssumptions: OpenAssumptions;
  /** Per inference: its scheme's name as stored; and the challenges and answers, as indexes. */
  readonly schemeNames: readonly (string | null)[];
  readonly challenges: QuestionAttacks['challenges'];
  readonly answers: QuestionAttacks['answers'];

  #claimIndex: Map<string, number> | undefined;
  #actorIndex: Map<string, number> | undefined;

  constructor(structure: MapStructure, openAssumptions: OpenAssumptions = 'IGNORE') {
    this.mapId = structure.mapId;
    this.openAssumptions = openAssumptions;
    this.claimIds = structure.claims;
    this.inferenceIds = structure.inferences;
    this.actorIds = structure.actors;
    const claim = indexOf(structure.claimNodes);
    const inference = indexOf(structure.inferenceNodes);
    const actor = indexOf(structure.actorNodes);
    const attack = indexOf(structure.attackNodes);
    const claims = structure.claims.length;
    const inferences = structure.inferences.length;
    const real = structure.attacks.length;
    const realKinds = Uint8Array.from(structure.targetKinds);
    const questions = questionAttacks(
      structure,
      { claim, inference, attack },
      (a) => (realKinds[a] === TargetKind.INFERENCE ? lookup(inference, structure.targets[a]!) : -1),
      openAssumptions,
    );
    const { virtual } = questions;
    const attacks = real + virtual.length;
    this.realAttackCount = real;
    this.attackIds = [...structure.attacks, ...virtual.map((v) => `${structure.inferences[v.inference]}#${v.question}`)];
    this.assumption = questions.assumption;
    this.answerOf = questions.answerOf;
    this.schemeNames = structure.schemes;
    this.challenges = questions.challenges;
    this.answers = questions.answers;

    this.conclusionOf = Int32Array.from(structure.conclusions, (node) => lookup(claim, node));
    // Premise links flattened: link k joins inference premiseOwner[k] and claim premiseClaim[k].
    const links = structure.premises.reduce((sum, premises) => sum + premises.length, 0);
    const premiseOwner = new Int32Array(links);
    const premiseClaim = new Int32Array(links);
    let link = 0;
    structure.premises.forEach((premises, i) => {
      const sorted = premises.map((node) => lookup(claim, node)).sort((a, b) => a - b);
      for (const premise of sorted) {
        premiseOwner[link] = i;
        premiseClaim[link++] = premise;
      }
    });
    this.premisesOf = Adjacency.group(
      inferences,
      links,
      (k) => premiseOwner[k]!,
      (k) => premiseClaim[k]!,
    );
    this.premiseIn = Adjacency.group(
      claims,
      links,
      (k) => premiseClaim[k]!,
      (k) => premiseOwner[k]!,
    );
    this.concludedBy = Adjacency.group(
      claims,
      inferences,
      (i) => this.conclusionOf[i]!,
      (i) => i,
    );

    this.attackerOf = new Int32Array(attacks).fill(-1);
    this.targetKind = new Uint8Array(attacks).fill(TargetKind.INFERENCE);
    this.targetOf = new Int32Array(attacks);
    const indexOfKind = [claim, inference, attack];
    for (let a = 0; a < real; a++) {
      this.attackerOf[a] = lookup(claim, structure.attackers[a]!);
      this.targetKind[a] = realKinds[a]!;
      this.targetOf[a] = lookup(indexOfKind[realKinds[a]!]!, structure.targets[a]!);
    }
    virtual.forEach((v, k) => (this.targetOf[real + k] = v.inference));
    // Virtual challenges have no attacker: they go to a spare last slot.
    this.attacksBy = Adjacency.group(
      claims + 1,
      attacks,
      (a) => (this.attackerOf[a]! < 0 ? claims : this.attackerOf[a]!),
      (a) => a,
    );
    this.answersBy = Adjacency.group(
      claims + 1,
      attacks,
      (a) => (this.answerOf[a]! < 0 ? claims : this.answerOf[a]!),
      (a) => a,
    );
    // Attacks grouped by their target, one grouping per kind; the other kinds go to a spare last slot.
    const byTarget = (kind: TargetKind, targets: number) =>
      Adjacency.group(
        targets + 1,
        attacks,
        (a) => (this.targetKind[a] === kind ? this.targetOf[a]! : targets),
        (a) => a,
      );
    this.rebuttalsOf = byTarget(TargetKind.CLAIM, claims);
    this.undercutsOf = byTarget(TargetKind.INFERENCE, inferences);
    this.countersOf = byTarget(TargetKind.ATTACK, attacks);

    const asserters = Int32Array.from(structure.asserters, (node) => lookup(actor, node));
    this.assertedBy = Adjacency.group(
      structure.actors.length,
      asserters.length,
      (k) => asserters[k]!,
      (k) => lookup(claim, structure.asserted[k]!),
    );
  }

  get claimCount(): number {
    return this.claimIds.length;
  }

  /** Claim index by claim id; built on first use (a request that names no claim never pays for it). */
  get claimIndex(): ReadonlyMap<string, number> {
    return (this.#claimIndex ??= indexOf(this.claimIds));
  }

  get actorIndex(): ReadonlyMap<string, number> {
    return (this.#actorIndex ??= indexOf(this.actorIds));
  }

  /** A claim no inference concludes. */
  isBasic(claim: number): boolean {
    return this.concludedBy.size(claim) === 0;
  }
}

function indexOf<Key>(keys: readonly Key[]): Map<Key, number> {
  return new Map(keys.map((key, index) => [key, index]));
}

/** Every node the structure refers to is an element of the map (the API never links across maps). */
function lookup(index: ReadonlyMap<number, number>, node: number): number {
  const found = index.get(node);
  if (found === undefined) throw new Error(`map structure refers to node ${node}, which is not an element of the map`);
  return found;
}
