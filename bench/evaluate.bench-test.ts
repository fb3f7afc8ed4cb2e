/**
 * A benchmark, not a test: it measures evaluate and the reads built on it on a generated map of
 * 100k claims (the target is 2 s) and prints the figures; it asserts only that the answers are
 * complete and agree with the in-process fixpoint, never a time.
 * Run: `npm run bench:evaluate` (it starts or finds Neo4j as the tests do).
 * Set ARGMAP_PERF_CLAIMS to try another size. The map is written in batches of plain CREATEs rather
 * than by importMap: one import transaction of 100k claims does not fit the local Neo4j's 768 MiB heap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Framework } from '../src/evaluation/framework.ts';
import { grounded, IN, OUT, statusName } from '../src/evaluation/grounded.ts';
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
    // Now and then a step back down to one of its own premises: circular support. (A step to any
    // claim a little below, as before, almost never closed a cycle; the draw is the same, so the
    // rest of the map is unchanged.)
    if (random() < 0.01)
      inferences.push({ id: `i${inferences.length}`, premises: [key(n)], conclusion: premises[pick(50) % premises.length]! });
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

/** A cycle of support: a claim that supports itself through one or more inferences (iterative DFS). */
function hasSupportCycle(framework: Framework): boolean {
  const claims = framework.claimCount;
  // 0 unvisited, 1 on the current path, 2 done.
  const state = new Uint8Array(claims);
  const supports = (claim: number) => [...framework.premiseIn.of(claim)].map((inference) => framework.conclusionOf[inference]!);
  for (let root = 0; root < claims; root++) {
    if (state[root]) continue;
    const stack: [number, number[]][] = [[root, supports(root)]];
    state[root] = 1;
    while (stack.length) {
      const [claim, next] = stack.at(-1)!;
      const to = next.pop();
      if (to === undefined) {
        state[claim] = 2;
        stack.pop();
      } else if (state[to] === 1) return true;
      else if (state[to] === 0) {
        state[to] = 1;
        stack.push([to, supports(to)]);
      }
    }
  }
  return false;
}

/** The map's structure as the evaluation reads it, and its grounded labelling with nothing rejected. */
async function labelled(mapId: string) {
  const framework = new Framework((await readMapStructures(api.db, {}, [mapId])).get(mapId)!);
  return { framework, labelling: grounded(framework) };
}

/**
 * The claim the explanation and critical-premise reads are asked about: the last one that is IN
 * and concluded by an inference, so that both have something to say (a basic claim explains itself
 * in one step and has no critical premises). Falls back to the last claim.
 */
async function probeClaim(mapId: string): Promise<string> {
  const { framework, labelling } = await labelled(mapId);
  for (let claim = framework.claimCount - 1; claim >= 0; claim--)
    if (labelling.status[claim] === IN && !framework.isBasic(claim)) return framework.claimIds[claim]!;
  return framework.claimIds.at(-1)!;
}

const sorted = (ids: readonly string[]) => [...ids].sort();

// The figures are printed ([perf] lines) for the report; the assertions check the answers only.
describe(`evaluate on ${claims} claims`, () => {
  const mapId = uniqueMapId('perf');
  let probe = '';
  beforeAll(async () => {
    const started = performance.now();
    await writeBigMap(mapId);
    console.log(`[perf] written in ${Math.round(performance.now() - started)} ms`);
    probe = await probeClaim(mapId);
  }, 600_000);

  it('labels every claim once, alike as ids by status and as objects, with an actor rejected', async () => {
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
    const byIds = await timed(compact);
    const { counts, changed } = byIds.data.evaluate;
    console.log(
      `[perf] evaluate, ids by status: ${byIds.times.join(', ')} ms; counts ${JSON.stringify(counts)}; ${changed.length} changed`,
    );
    const asObjects = await timed(objects);
    console.log(`[perf] evaluate, labels as objects: ${asObjects.times.join(', ')} ms`);
    expect(counts.in + counts.out + counts.undec).toBe(claims);
    const labels: { claimId: string; status: string }[] = asObjects.data.evaluate.labels;
    expect(new Set(labels.map((l) => l.claimId)).size).toBe(claims);
    for (const status of ['IN', 'OUT', 'UNDEC'] as const) {
      const ids = labels.filter((l) => l.status === status).map((l) => l.claimId);
      expect(sorted(ids), status).toEqual(sorted(byIds.data.evaluate[status.toLowerCase()]));
    }
    expect(asObjects.data.evaluate.changed).toEqual(changed);
  });

  it('reads the structure of every claim, and its fixpoint labels the claims as evaluate does', async () => {
    let started = performance.now();
    const structure = (await readMapStructures(api.db, {}, [mapId])).get(mapId)!;
    const read = performance.now() - started;
    started = performance.now();
    const framework = new Framework(structure);
    const indexed = performance.now() - started;
    started = performance.now();
    const { status } = grounded(framework);
    const fixpoint = performance.now() - started;
    console.log(
      `[perf] structure read ${Math.round(read)} ms, indexed ${Math.round(indexed)} ms, fixpoint ${Math.round(fixpoint)} ms`,
    );
    expect(framework.claimCount).toBe(claims);
    const { data, errors } = await api.run(
      `query($mapId: ID!) { evaluate(mapId: $mapId) { in: claimIds(status: IN) out: claimIds(status: OUT) } }`,
      { mapId },
    );
    expect(errors).toBeUndefined();
    const withStatus = (wanted: number) => framework.claimIds.filter((_, claim) => status[claim] === wanted);
    expect(sorted(withStatus(IN))).toEqual(sorted(data!.evaluate.in));
    expect(sorted(withStatus(OUT))).toEqual(sorted(data!.evaluate.out));
  });

  it('finds cycles of support only where the map has them, each a real cycle', async () => {
    const started = performance.now();
    const result = await api.run(
      `query($mapId: ID!) { circularReasoning(mapId: $mapId, limit: 1000) { length claims { id } inferences { id } } }`,
      { mapId },
    );
    expect(result.errors).toBeUndefined();
    const cycles: { length: number; claims: { id: string }[]; inferences: { id: string }[] }[] = result.data!.circularReasoning;
    console.log(`[perf] circularReasoning: ${Math.round(performance.now() - started)} ms; ${cycles.length} cycles`);
    const { framework } = await labelled(mapId);
    expect(cycles.length > 0).toBe(hasSupportCycle(framework));
    const claimIndex = framework.claimIndex;
    const inferenceIndex = new Map(framework.inferenceIds.map((id, index) => [id, index]));
    for (const cycle of cycles) {
      const at = cycle.claims.map((c) => claimIndex.get(c.id)!);
      expect(cycle.inferences).toHaveLength(cycle.length);
      expect(new Set(at).size).toBe(cycle.length);
      cycle.inferences.forEach(({ id }, i) => {
        const inference = inferenceIndex.get(id)!;
        expect([...framework.premisesOf.of(inference)], id).toContain(at[i]);
        expect(framework.conclusionOf[inference], id).toBe(at[(i + 1) % cycle.length]);
      });
    }
  });

  it("explains a concluded claim's status as the fixpoint labels it, in more than one step", async () => {
    const started = performance.now();
    const result = await api.run(`query($id: ID!) { explainStatus(claimId: $id) { status steps { reason } } }`, { id: probe });
    expect(result.errors).toBeUndefined();
    const explanation = result.data!.explainStatus;
    console.log(
      `[perf] explainStatus: ${Math.round(performance.now() - started)} ms; ${explanation.status}, ${explanation.steps.length} steps`,
    );
    const { framework, labelling } = await labelled(mapId);
    expect(explanation.status).toBe(statusName(labelling.status[framework.claimIndex.get(probe)!]!));
    expect(explanation.steps.length).toBeGreaterThan(1);
  });

  it('lists as critical the basic premises whose rejection alone turns the conclusion, none when it is not IN', async () => {
    const started = performance.now();
    const result = await api.run(`query($id: ID!) { criticalPremises(conclusionId: $id) { premise { id } conclusionStatus } }`, {
      id: probe,
    });
    expect(result.errors).toBeUndefined();
    const critical: { premise: { id: string }; conclusionStatus: string }[] = result.data!.criticalPremises;
    console.log(`[perf] criticalPremises: ${Math.round(performance.now() - started)} ms; ${critical.length} premises`);
    const { framework, labelling } = await labelled(mapId);
    const conclusion = framework.claimIndex.get(probe)!;
    if (labelling.status[conclusion] !== IN) expect(critical).toEqual([]);
    for (const { premise, conclusionStatus } of critical) {
      const rejected = framework.claimIndex.get(premise.id)!;
      expect(framework.isBasic(rejected), premise.id).toBe(true);
      const after = grounded(framework, { claims: [rejected], actors: [] }).status[conclusion]!;
      expect(conclusionStatus, premise.id).toBe(statusName(after));
      expect(after, premise.id).not.toBe(IN);
    }
  });
});
