/**
 * A deterministic web of maps for the cross-map benchmark (issue 14 §6, bench/README.md): `maps`
 * maps of `claimsPerMap` claims, each shaped by generate-map.ts (seed + its index); 50 shared
 * entities, each linked to an actor in many maps (entity n in about 5 + 30·n/49 % of them, to one
 * of the three rarest actors of the map not yet linked: an actor refers to one entity at most);
 * 5 % of all claims linked as the same across maps, in classes of 2–4 claims with at most one claim
 * per map (the contract's rule, /work/notes/web-model.md); and a fact-check per ten maps (at
 * least 4), on linked claims, half of them rated false, so that claimsRestingOn has something to find.
 * The same seed, map count and size give the same web.
 */
import { generateMap, prng, type GeneratedMap } from './generate-map.ts';

export type Rating = 'TRUE' | 'MOSTLY_TRUE' | 'MIXED' | 'MOSTLY_FALSE' | 'FALSE';

export interface GeneratedWeb {
  maps: GeneratedMap[];
  entities: { id: string; name: string; names: string[]; kind: 'PERSON' | 'ORGANISATION' }[];
  /** Actor → entity, by full ids. */
  entityLinks: { actorId: string; entityId: string }[];
  /** Same-claim classes: 2–4 full claim ids of different maps each, named by their Proposition id. */
  sameClaims: { propositionId: string; claimIds: string[] }[];
  factChecks: { id: string; claimId: string; rating: Rating; ratingValue: number }[];
}

export const entityCount = 50;
const sameClaimShare = 0.05;
// Ratings cycle so that half the fact-checks debunk (FALSE or MOSTLY_FALSE) and half do not.
const ratings: [Rating, number][] = [
  ['FALSE', 1],
  ['TRUE', 5],
  ['MOSTLY_FALSE', 2],
  ['MIXED', 3],
];

export function webMapId(index: number): string {
  return `bench-web-${index}`;
}

export function generateWeb(seed: number, mapCount: number, claimsPerMap: number): GeneratedWeb {
  if (!Number.isInteger(mapCount) || mapCount < 2) throw new Error('a web has at least 2 maps');
  const maps = Array.from({ length: mapCount }, (_, m) => generateMap(seed + m, claimsPerMap, webMapId(m)));
  // Its own stream, so that the maps stay exactly those generate-map.ts makes for each seed.
  const random = prng(seed ^ 0x5eed_0f_ab);
  const pick = (below: number) => Math.floor(random() * below);

  const entities = Array.from({ length: entityCount }, (_, n) => ({
    id: `bench-entity-${n}`,
    name: `Entity ${n}`,
    names: [`entity ${n}`],
    kind: n % 5 === 0 ? ('ORGANISATION' as const) : ('PERSON' as const),
  }));
  const entityLinks: GeneratedWeb['entityLinks'] = [];
  for (const { document } of maps) {
    const free = document.actors.map((actor) => actor.id);
    for (const [n, entity] of entities.entries()) {
      if (!free.length || random() >= 0.05 + (0.3 * n) / (entityCount - 1)) continue;
      // Entities early in the list take the rarest actors (the Zipf tail), later ones the commoner:
      // a spread of answer sizes, from a few hundred claims to most of the web.
      const [actor] = free.splice(free.length - 1 - pick(Math.min(3, free.length)), 1);
      entityLinks.push({ actorId: `${document.map.id}:${actor}`, entityId: entity.id });
    }
  }

  const sameClaims: GeneratedWeb['sameClaims'] = [];
  const linked = new Set<string>();
  const target = Math.round(sameClaimShare * mapCount * claimsPerMap);
  while (linked.size < target) {
    const size = Math.min(2 + pick(3), mapCount);
    const mapIndexes = Array.from({ length: mapCount }, (_, m) => m);
    const claimIds: string[] = [];
    for (let k = 0; k < size; k++) {
      const [m] = mapIndexes.splice(pick(mapIndexes.length), 1);
      const { document } = maps[m!]!;
      const claimId = `${document.map.id}:${document.claims[pick(document.claims.length)]!.id}`;
      if (!linked.has(claimId)) claimIds.push(claimId);
    }
    if (claimIds.length < 2) continue; // the draw hit claims already linked: a class needs two
    for (const claimId of claimIds) linked.add(claimId);
    sameClaims.push({ propositionId: `bench-proposition-${sameClaims.length}`, claimIds });
  }

  // Fact-checks fall on linked claims, so that a rating reaches the claim's whole class.
  const classes = sameClaims.map((c) => c.claimIds);
  const factChecks = Array.from({ length: Math.max(4, Math.round(mapCount / 10)) }, (_, n) => {
    const members = classes[pick(classes.length)]!;
    const [rating, ratingValue] = ratings[n % ratings.length]!;
    return { id: `bench-fact-check-${n}`, claimId: members[pick(members.length)]!, rating, ratingValue };
  });
  return { maps, entities, entityLinks, sameClaims, factChecks };
}
