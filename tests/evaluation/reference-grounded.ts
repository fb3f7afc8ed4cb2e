/**
 * A deliberately naive reference for the evaluation, written straight from the definitions and
 * sharing no code with src/evaluation: start with every claim UNDEC and recompute every claim's
 * label from the previous round's labels until a round changes nothing (Kleene iteration to the
 * least fixpoint). Quadratic or worse; only for small maps in tests. Attacks get labels too: an
 * attack is active when its attacker is IN and every attack on it is inactive, inactive when its
 * attacker is OUT or an attack on it is active.
 */
export type Label = 'IN' | 'OUT' | 'UNDEC';

/** A map as its document lists it, keys only. */
export interface PlainMap {
  claims: string[];
  inferences: { id: string; premises: string[]; conclusion: string }[];
  attacks: { id: string; attacker: string; kind: 'REBUT' | 'UNDERCUT'; target: string }[];
  asserts: { actor: string; claim: string }[];
}

export interface PlainRejection {
  claims: string[];
  actors: string[];
}

export function referenceLabels(map: PlainMap, reject: PlainRejection = { claims: [], actors: [] }): Record<string, Label> {
  const forced = new Set([
    ...reject.claims,
    ...map.asserts.filter((link) => reject.actors.includes(link.actor)).map((link) => link.claim),
  ]);
  let labels: Record<string, Label> = Object.fromEntries(map.claims.map((claim) => [claim, 'UNDEC' as Label]));
  let attackLabels: Record<string, Label> = Object.fromEntries(map.attacks.map((a) => [a.id, 'UNDEC' as Label]));
  const attacksOn = (target: string, kind: 'REBUT' | 'UNDERCUT') =>
    map.attacks.filter((a) => a.kind === kind && a.target === target).map((a) => a.id);
  for (;;) {
    const old = labels;
    const oldAttacks = attackLabels;
    const active = (attack: string) => oldAttacks[attack] === 'IN';
    const inactive = (attack: string) => oldAttacks[attack] === 'OUT';
    const holds = (i: PlainMap['inferences'][number]) =>
      i.premises.every((p) => old[p] === 'IN') && attacksOn(i.id, 'UNDERCUT').every(inactive);
    const fails = (i: PlainMap['inferences'][number]) =>
      i.premises.some((p) => old[p] === 'OUT') || attacksOn(i.id, 'UNDERCUT').some(active);
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
      if (old[attack.attacker] === 'OUT' || counters.some(active)) nextAttacks[attack.id] = 'OUT';
      else if (old[attack.attacker] === 'IN' && counters.every(inactive)) nextAttacks[attack.id] = 'IN';
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

/** Every support cycle as `claim >inference> claim …`, each from its smallest claim, found by brute force. */
export function referenceCycles(map: PlainMap): string[] {
  const found = new Set<string>();
  const walk = (start: string, at: string, path: string[], seen: Set<string>) => {
    for (const inference of map.inferences.filter((i) => i.premises.includes(at))) {
      const step = [...path, at, inference.id];
      if (inference.conclusion === start) found.add(describe(step));
      else if (!seen.has(inference.conclusion) && inference.conclusion > start) {
        walk(start, inference.conclusion, step, new Set([...seen, inference.conclusion]));
      }
    }
  };
  for (const claim of map.claims) walk(claim, claim, [], new Set([claim]));
  return [...found].sort();
}

/** `a >i1> b >i2>` for the path [a, i1, b, i2]. */
export function describe(path: string[]): string {
  return path.map((element, index) => (index % 2 === 0 ? element : `>${element}>`)).join(' ');
}

/** The basic premises below a conclusion whose rejection alone makes it not IN, by brute force. */
export function referenceCriticalPremises(map: PlainMap, conclusion: string): { premise: string; status: Label }[] {
  if (referenceLabels(map)[conclusion] !== 'IN') return [];
  const below = new Set<string>();
  const todo = [conclusion];
  while (todo.length > 0) {
    const claim = todo.pop()!;
    for (const premise of map.inferences.filter((i) => i.conclusion === claim).flatMap((i) => i.premises)) {
      if (!below.has(premise)) {
        below.add(premise);
        todo.push(premise);
      }
    }
  }
  const basic = [...below].filter((claim) => !map.inferences.some((i) => i.conclusion === claim)).sort();
  return basic
    .map((premise) => ({ premise, status: referenceLabels(map, { claims: [premise], actors: [] })[conclusion]! }))
    .filter((found) => found.status !== 'IN');
}
