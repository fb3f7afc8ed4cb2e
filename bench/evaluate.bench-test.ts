/**
 * A benchmark, not a test: it measures evaluate on a generated map of 100k claims (the target is
 * 2 s) and prints the figures; it asserts only that the answers are complete, never a time.
 * Run: `npm run bench:evaluate` (it starts or finds Neo4j as the tests do).
 * Set ARGMAP_PERF_CLAIMS to try another size. The map is written in batches of plain CREATEs rather
 * than by importMap: one import transaction of 100k claims does not fit the local Neo4j's 768 MiB heap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Framework } from '../src/evaluation/framework.ts';
import { grounded } from '../src/evaluation/grounded.ts';
import { readMapStructures } from '../src/evaluation/map-structure.ts';
import { uniqueMapId, useApi } from '../tests/support/api.ts';
import { createAttacks, createInferences } from './direct-write.ts';

const api = useApi({ transactionTimeoutMs: 120_000 });
const claims = Number(process.env.ARGMAP_PERF_CLAIMS ?? 100_000);

/** A deterministic pseudo-random map: layered support (linked and convergent), rebuttals, undercuts, actors, some cycles. */
function bigMap() {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (below: number) => Math.floor(random() * below);
  const key = (n: number) => `c${n}`;
  const inferences: { id: string; premises: string[]; conclusion: string }[] = [];
  const attacks: { id: string; attacker: string; kind: 'REBUT' | 'UNDERCUT'; target: string }[] = [];
  for (let n = 1000; n < claims; n++) {
    if (random() < 0.3) continue; // stays basic
    const premises = [...new Set(Array.from({ length: 1 + pick(3) }, () => pick(n)))].map(key);
    inferences.push({ id: `i${inferences.length}`, premises, conclusion: key(n) });
    // Now and then a step back down: circular support.
    if (random() < 0.01) inferences.push({ id: `i${inferences.length}`, premises: [key(n)], conclusion: key(n - 1 - pick(50)) });
  }
  for (let n = 0; n < claims / 5; n++)
    attacks.push({ id: `a${n}`, attacker: key(pick(claims)), kind: 'REBUT', target: key(pick(claims)) });
  for (let n = 0; n < claims / 20; n++) {
    attacks.push({ id: `u${n}`, attacker: key(pick(claims)), kind: 'UNDERCUT', target: inferences[pick(inferences.length)]!.id });
  }
  const actors = Array.from({ length: 50 }, (_, n) => ({ id: `p${n}`, name: `Actor ${n}`, kind: 'PERSON' }));
  const actorLinks = Array.from({ length: claims / 10 }, (_, n) => ({
    actor: `p${n % 50}`,
    claim: key(pick(claims)),
    kind: 'ASSERTS',
  }));
  const unique = [...new Map(actorLinks.map((link) => [`${link.actor} ${link.claim}`, link])).values()];
  return {
    actors,
    claims: Array.from({ length: claims }, (_, n) => key(n)),
    inferences: inferences.filter(
      (inference, index, all) =>
        !inference.premises.includes(inference.conclusion) &&
        all.findIndex(
          (other) => other.conclusion === inference.conclusion && other.premises.join() === inference.premises.join(),
        ) === index,
    ),
    attacks,
    actorLinks: unique,
  };
}

// Test-only writes, kept beside the generator they serve; every value enters as a parameter.
const writes = {
  map: `CREATE (:Map {id: $mapId, title: 'Performance map', createdAt: datetime()})`,
  claims: `UNWIND $rows AS key CREATE (:Claim {id: $mapId + ':' + key, key: key, mapId: $mapId, text: 'Claim ' + key + '.', tags: []})`,
  inferences: createInferences,
  attacks: createAttacks,
  actors: `UNWIND $rows AS row CREATE (:Actor {id: $mapId + ':' + row.id, key: row.id, mapId: $mapId, name: row.name, kind: row.kind, aliases: []})`,
  actorLinks: `UNWIND $rows AS row
    MATCH (actor:Actor {id: $mapId + ':' + row.actor}), (c:Claim {id: $mapId + ':' + row.claim})
    CREATE (actor)-[:ASSERTS]->(c)`,
};

async function writeBigMap(mapId: string): Promise<void> {
  const map = bigMap();
  await api.db.write((tx) => tx.run(writes.map, { mapId }));
  for (const part of ['claims', 'actors', 'inferences', 'attacks', 'actorLinks'] as const) {
    const rows: unknown[] = map[part];
    for (let start = 0; start < rows.length; start += 10_000) {
      await api.db.write((tx) => tx.run(writes[part], { mapId, rows: rows.slice(start, start + 10_000) }));
    }
  }
}

describe(`evaluate: performance on ${claims} claims`, () => {
  const mapId = uniqueMapId('perf');
  beforeAll(async () => {
    const started = performance.now();
    await writeBigMap(mapId);
    console.log(`[perf] written in ${Math.round(performance.now() - started)} ms`);
  }, 600_000);

  it('evaluates every claim, with an actor rejected', async () => {
    const compact = `query($mapId: ID!, $reject: RejectionInput) { evaluate(mapId: $mapId, reject: $reject) {
      counts { in out undec } in: claimIds(status: IN) out: claimIds(status: OUT) undec: claimIds(status: UNDEC)
      changed { claimId before after }
    } }`;
    const objects = `query($mapId: ID!, $reject: RejectionInput) {
      evaluate(mapId: $mapId, reject: $reject) { labels { claimId status } changed { claimId before after } }
    }`;
    const variables = { mapId, reject: { actorIds: [`${mapId}:p1`] } };
    const timed = async (query: string) => {
      const times: number[] = [];
      let data: Record<string, any> | null | undefined;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const result = await api.run(query, variables);
        times.push(Math.round(performance.now() - started));
        expect(result.errors).toBeUndefined();
        data = result.data;
      }
      return { times, data: data! };
    };
    const fast = await timed(compact);
    const { counts, changed } = fast.data.evaluate;
    console.log(
      `[perf] evaluate, ids by status: ${fast.times.join(', ')} ms; counts ${JSON.stringify(counts)}; ${changed.length} changed`,
    );
    const slow = await timed(objects);
    console.log(`[perf] evaluate, labels as objects: ${slow.times.join(', ')} ms`);
    expect(counts.in + counts.out + counts.undec).toBe(claims);
    expect(slow.data.evaluate.labels).toHaveLength(claims);
  });

  it('reads the structure and runs the fixpoint in a fraction of that', async () => {
    let started = performance.now();
    const structure = (await readMapStructures(api.db, {}, [mapId])).get(mapId)!;
    const read = performance.now() - started;
    started = performance.now();
    const framework = new Framework(structure);
    const indexed = performance.now() - started;
    started = performance.now();
    grounded(framework);
    const fixpoint = performance.now() - started;
    console.log(
      `[perf] structure read ${Math.round(read)} ms, indexed ${Math.round(indexed)} ms, fixpoint ${Math.round(fixpoint)} ms`,
    );
    expect(framework.claimCount).toBe(claims);
  });

  it('finds circular reasoning and explains a claim quickly too', async () => {
    for (const [name, query] of [
      ['circularReasoning', `query($mapId: ID!) { circularReasoning(mapId: $mapId, limit: 1000) { length } }`],
      ['explainStatus', `query { explainStatus(claimId: "${mapId}:c${claims - 1}") { steps { reason dependsOn { id } } } }`],
      ['criticalPremises', `query { criticalPremises(conclusionId: "${mapId}:c${claims - 1}") { premise { id } } }`],
    ] as const) {
      const started = performance.now();
      const result = await api.run(query, { mapId });
      expect(result.errors).toBeUndefined();
      console.log(`[perf] ${name}: ${Math.round(performance.now() - started)} ms; ${JSON.stringify(result.data).length} bytes`);
    }
  });
});
