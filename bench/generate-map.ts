/**
 * A deterministic `argmap/map@1` document of a realistic shape, for the benchmark (bench/README.md).
 * The same seed and size give the same document.
 *
 * Shape: claims sit on levels 0..10 (0 = basic premises, about 40 %); an inference concluding a
 * level-L claim takes one premise from level L-1 and, linked, 0–2 more from lower levels, so chains
 * reach depth 10. One concluded claim in five has a second, convergent inference. Premises are
 * drawn with a preference for a few hub claims per level (fan-out); convergence gives fan-in. About
 * 10 % of claims are attacked: 7 % rebutted, and undercuts on 3 % as many inferences. A few
 * inferences point back down a level or two (support cycles). Actors: one per 200 claims (at least
 * 20); links ASSERTS (30 % of claims) and ABOUT (10 %) pick actors by a Zipf law (s = 1).
 *
 * `probes` names the elements the benchmark queries, chosen so the answer has the same shape at
 * every size (a top-level conclusion, a basic premise, an actor of fixed relative rank).
 */

export interface GeneratedMap {
  document: {
    format: 'argmap/map@1';
    map: { id: string; title: string; description: string };
    actors: { id: string; name: string; kind: 'PERSON' | 'ORGANISATION' }[];
    claims: { id: string; text: string; tags: string[] }[];
    inferences: { id: string; premises: string[]; conclusion: string; scheme?: string }[];
    attacks: { id: string; attacker: string; kind: 'REBUT' | 'UNDERCUT'; target: string }[];
    actorLinks: { actor: string; claim: string; kind: 'ASSERTS' | 'ABOUT' }[];
  };
  probes: { conclusionId: string; premiseId: string; actorId: string; mapId: string };
}

const levels = 11;
const words = ['tax', 'school', 'growth', 'health', 'wage', 'price', 'vote', 'law', 'trade', 'energy', 'housing', 'climate'];
const schemes = ['Argument from Consequences', 'Argument from Example', 'Argument from Expert Opinion', 'Practical Reasoning'];

/** mulberry32: a small seeded PRNG (as scripts/generate-aif.ts). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1), by inverting the cumulative weights. */
function zipf(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export function generateMap(seed: number, size: number, mapId: string): GeneratedMap {
  if (!Number.isInteger(size) || size < 100) throw new Error('a generated map has at least 100 claims');
  const random = prng(seed);
  const pick = (below: number) => Math.floor(random() * below);
  const key = (n: number) => `c${n}`;

  // Level sizes: 40 % basic, the rest spread so that each level is a little smaller than the last.
  const byLevel: number[][] = Array.from({ length: levels }, () => []);
  const levelOf = new Int8Array(size);
  const weights = [0.4, 0.1, 0.09, 0.08, 0.07, 0.06, 0.055, 0.05, 0.035, 0.03, 0.03];
  let next = 0;
  for (let level = 0; level < levels; level++) {
    const count = level === levels - 1 ? size - next : Math.round(size * weights[level]!);
    for (let n = 0; n < count; n++, next++) {
      byLevel[level]!.push(next);
      levelOf[next] = level;
    }
  }

  const claims = Array.from({ length: size }, (_, n) => ({
    id: key(n),
    text: `Claim ${n}: the ${words[pick(words.length)]} policy affects ${words[pick(words.length)]} and ${words[pick(words.length)]} outcomes.`,
    tags: levelOf[n] === 0 ? ['evidence'] : levelOf[n] === levels - 1 ? ['main'] : [],
  }));

  // A premise from a level: one time in five one of the level's hubs (its first 1 %), else any.
  const fromLevel = (level: number) => {
    const members = byLevel[level]!;
    const hubs = Math.max(1, Math.floor(members.length / 100));
    return members[random() < 0.2 ? pick(hubs) : pick(members.length)]!;
  };
  const inferences: GeneratedMap['document']['inferences'] = [];
  const seen = new Set<string>();
  const addInference = (conclusion: number, premises: number[]) => {
    const unique = [...new Set(premises)].filter((p) => p !== conclusion).sort((a, b) => a - b);
    const signature = `${unique.join(',')}>${conclusion}`;
    if (unique.length === 0 || seen.has(signature)) return;
    seen.add(signature);
    const inference = { id: `i${inferences.length}`, premises: unique.map(key), conclusion: key(conclusion) };
    inferences.push(random() < 0.3 ? { ...inference, scheme: schemes[pick(schemes.length)]! } : inference);
  };
  for (let level = 1; level < levels; level++) {
    for (const conclusion of byLevel[level]!) {
      const support = random() < 0.2 ? 2 : 1; // convergent support
      for (let s = 0; s < support; s++) {
        const linked = pick(3);
        addInference(conclusion, [fromLevel(level - 1), ...Array.from({ length: linked }, () => fromLevel(pick(level)))]);
      }
    }
  }
  // Support cycles: a claim supports one a level or two below it, which (through the levels) supports it.
  for (let n = 0; n < Math.max(3, Math.floor(size / 1000)); n++) {
    const level = 3 + pick(levels - 3);
    addInference(fromLevel(level - 1 - pick(2)), [fromLevel(level)]);
  }

  const attacks: GeneratedMap['document']['attacks'] = [];
  for (let n = 0; n < Math.round(size * 0.07); n++) {
    attacks.push({ id: `a${attacks.length}`, attacker: key(pick(size)), kind: 'REBUT', target: key(pick(size)) });
  }
  for (let n = 0; n < Math.round(inferences.length * 0.03); n++) {
    attacks.push({
      id: `a${attacks.length}`,
      attacker: key(pick(size)),
      kind: 'UNDERCUT',
      target: inferences[pick(inferences.length)]!.id,
    });
  }

  const actorCount = Math.max(20, Math.floor(size / 200));
  const actors = Array.from({ length: actorCount }, (_, n) => ({
    id: `p${n}`,
    name: `Actor ${n}`,
    kind: n % 5 === 0 ? ('ORGANISATION' as const) : ('PERSON' as const),
  }));
  const actorRank = zipf(actorCount, random);
  const links = new Map<string, GeneratedMap['document']['actorLinks'][number]>();
  for (let n = 0; n < size; n++) {
    for (const [kind, share] of [
      ['ASSERTS', 0.3],
      ['ABOUT', 0.1],
    ] as const) {
      if (random() >= share) continue;
      const actor = `p${actorRank()}`;
      links.set(`${actor} ${n} ${kind}`, { actor, claim: key(n), kind });
    }
  }

  const top = byLevel[levels - 1]!;
  return {
    document: {
      format: 'argmap/map@1',
      map: {
        id: mapId,
        title: `Benchmark map of ${size} claims`,
        description: `Generated by bench/generate-map.ts, seed ${seed}.`,
      },
      actors,
      claims,
      inferences,
      attacks,
      actorLinks: [...links.values()],
    },
    probes: {
      mapId,
      conclusionId: `${mapId}:${key(top[0]!)}`,
      premiseId: `${mapId}:${key(byLevel[0]![byLevel[0]!.length - 1]!)}`,
      // Rank ~actorCount/20 under Zipf holds about the same number of links at every size.
      actorId: `${mapId}:p${Math.floor(actorCount / 20)}`,
    },
  };
}
