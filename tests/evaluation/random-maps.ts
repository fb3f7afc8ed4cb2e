/**
 * Small random maps for the randomised comparisons: up to 7 claims with random linked and
 * convergent support (cycles included), rebuttals (self-attacks included), undercuts of inferences
 * and of attacks, actors that assert claims, and a random rejection of claims and actors.
 */
import fc from 'fast-check';
import { TargetKind, type MapStructure } from '../../src/evaluation/map-structure.ts';
import type { PlainMap, PlainRejection } from './reference-grounded.ts';

export interface RandomMap {
  map: PlainMap;
  actors: string[];
  reject: PlainRejection;
}

export const randomMap: fc.Arbitrary<RandomMap> = fc.integer({ min: 1, max: 7 }).chain((size) => {
  const claim = fc.nat(size - 1).map((n) => `c${n}`);
  // Premises drawn from the other claims (an inference never concludes one of its own premises).
  const inference = fc.nat(size - 1).chain((conclusion) =>
    fc.uniqueArray(fc.nat(size - 2), { minLength: 1, maxLength: 3 }).map((others) => ({
      premises: others.map((n) => `c${n < conclusion ? n : n + 1}`),
      conclusion: `c${conclusion}`,
    })),
  );
  return fc
    .record({
      inferences: fc.array(inference, { maxLength: size === 1 ? 0 : size + 2 }),
      rebuttals: fc.array(fc.tuple(claim, claim), { maxLength: size }),
      undercuts: fc.array(fc.tuple(claim, fc.nat(20)), { maxLength: 3 }),
      counters: fc.array(fc.tuple(claim, fc.nat(20)), { maxLength: 2 }),
      asserts: fc.array(fc.tuple(fc.constantFrom('p0', 'p1'), claim), { maxLength: 4 }),
      rejectClaims: fc.uniqueArray(claim, { maxLength: 2 }),
      rejectActors: fc.uniqueArray(fc.constantFrom('p0', 'p1'), { maxLength: 1 }),
    })
    .map((drawn) => {
      // One inference per set of premises and conclusion, as importMap requires.
      const signatures = new Set<string>();
      const inferences = drawn.inferences
        .filter(({ premises, conclusion }) => {
          const signature = `${[...premises].sort().join('+')}>${conclusion}`;
          return !signatures.has(signature) && signatures.add(signature);
        })
        .map((each, index) => ({ id: `i${index}`, ...each }));
      const attacks = [
        ...drawn.rebuttals.map(([attacker, target]) => ({ attacker, kind: 'REBUT' as const, target })),
        ...(inferences.length === 0
          ? []
          : drawn.undercuts.map(([attacker, n]) => ({
              attacker,
              kind: 'UNDERCUT' as const,
              target: inferences[n % inferences.length]!.id,
            }))),
      ].map((attack, index) => ({ id: `a${index}`, ...attack }));
      // Undercuts of attacks (AIF CA→CA), each aimed at any other attack, other counters included,
      // so that attacks on attacks can form cycles (an attack on itself is refused by importMap).
      const all = attacks.length + drawn.counters.length;
      for (const [attacker, n] of all > 1 ? drawn.counters : []) {
        const own = attacks.length;
        const other = n % (all - 1);
        attacks.push({ id: `a${own}`, attacker, kind: 'UNDERCUT' as const, target: `a${other < own ? other : other + 1}` });
      }
      const asserts = [...new Set(drawn.asserts.map(([actor, claim]) => `${actor} ${claim}`))].map((link) => {
        const [actor, claim] = link.split(' ') as [string, string];
        return { actor, claim };
      });
      return {
        map: { claims: Array.from({ length: size }, (_, n) => `c${n}`), inferences, attacks, asserts },
        actors: ['p0', 'p1'],
        reject: { claims: drawn.rejectClaims, actors: drawn.rejectActors },
      };
    });
});

/** The map as an `argmap/map@1` document, for importMap. */
export function randomMapDocument(mapId: string, { map, actors }: RandomMap) {
  return {
    format: 'argmap/map@1',
    map: { id: mapId, title: `Random map ${mapId}` },
    actors: actors.map((id) => ({ id, name: id, kind: 'PERSON' })),
    claims: map.claims.map((id) => ({ id, text: `Claim ${id}.` })),
    inferences: map.inferences,
    attacks: map.attacks,
    actorLinks: map.asserts.map(({ actor, claim }) => ({ actor, claim, kind: 'ASSERTS' })),
  };
}

/** The map as the structure query would return it, for testing the algorithms without Neo4j. */
export function randomMapStructure(mapId: string, { map, actors }: RandomMap): MapStructure {
  const id = (key: string) => `${mapId}:${key}`;
  // Node numbers as Neo4j's: one number space over every element, in no particular order.
  const keys = [...map.claims, ...map.inferences.map((i) => i.id), ...map.attacks.map((a) => a.id), ...actors].reverse();
  const node = (key: string) => 1000 + 7 * keys.indexOf(key);
  return {
    mapId,
    claims: map.claims.map(id),
    claimNodes: map.claims.map(node),
    inferences: map.inferences.map((i) => id(i.id)),
    inferenceNodes: map.inferences.map((i) => node(i.id)),
    conclusions: map.inferences.map((i) => node(i.conclusion)),
    premises: map.inferences.map((i) => i.premises.map(node)),
    attacks: map.attacks.map((a) => id(a.id)),
    attackNodes: map.attacks.map((a) => node(a.id)),
    attackers: map.attacks.map((a) => node(a.attacker)),
    targetKinds: map.attacks.map((a) => targetKindOf(map, a.target)),
    targets: map.attacks.map((a) => node(a.target)),
    actors: actors.map(id),
    actorNodes: actors.map(node),
    asserters: map.asserts.map((link) => node(link.actor)),
    asserted: map.asserts.map((link) => node(link.claim)),
    schemes: map.inferences.map(() => null),
    challengeAttacks: [],
    challengeQuestions: [],
    answerClaims: [],
    answerInferences: [],
    answerQuestions: [],
  };
}

function targetKindOf(map: PlainMap, target: string): TargetKind {
  if (map.claims.includes(target)) return TargetKind.CLAIM;
  return map.inferences.some((i) => i.id === target) ? TargetKind.INFERENCE : TargetKind.ATTACK;
}
