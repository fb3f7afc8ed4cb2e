/**
 * `npm run load:dependents`: the benchmark's heavy-concurrency step as a pass/fail check. Many
 * concurrent `dependentClaims` at depth 6 on a large generated map (the step that killed a 2 GiB
 * Neo4j, bench/README.md), against the compiled service (`node dist/cli/main.js serve`, its own
 * process, default limits but rate limits off: every client shares one address) and a local Neo4j
 * with argmap's settings (2 GiB heap, transaction memory limits) on a scratch home, removed after.
 *
 * Passes when every request was answered with data or with 503 + Retry-After, and Neo4j is up at
 * the end. Reports those counts, latency, and the peak RSS (VmHWM) of the service and of Neo4j.
 *
 *   LOAD_CLAIMS (100000)  claims in the generated map     LOAD_CLIENTS (64)  concurrent clients
 *   LOAD_ROUNDS (3)       requests per client, one after another
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { writeDirectly } from '../bench/direct-write.ts';
import { generateMap } from '../bench/generate-map.ts';
import { buildServices, freePort, neo4jEnv, startService } from '../bench/services.ts';
import { Database } from '../src/neo4j/database.ts';
import { localNeo4jPid, startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { applyMigrations } from '../src/neo4j/migrations.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

const claims = Number(process.env.LOAD_CLAIMS ?? 100_000);
const clients = Number(process.env.LOAD_CLIENTS ?? 64);
const rounds = Number(process.env.LOAD_ROUNDS ?? 3);

/**
 * The request, in one place: the benchmark's dependentClaims at depth 6 (3.3 MB per answer on the
 * 100k map when it was one list), now the largest page a client may ask for, with every chain.
 */
const dependentsQuery = `query Dependent($id: ID!, $depth: Int!) {
  dependentClaims(actorId: $id, maxDepth: $depth, first: 100) {
    totalCount
    edges { node { distance link claim { id text } chain { claims { id text } } } }
  }
}`;
const answered = (data: unknown) =>
  Array.isArray((data as { dependentClaims?: { edges?: unknown } } | null)?.dependentClaims?.edges);

let probe = '';
const log = (message: string) => console.error(`[load:dependents] ${message}`);
mkdirSync(`${repoRoot}/.cache/neo4j`, { recursive: true });
const home = mkdtempSync(`${repoRoot}/.cache/neo4j/load-dependents-`);
const server = await startLocalNeo4j({ homeDir: home, log: (message) => log(`neo4j: ${message}`) });
const connection = { uri: server.uri, username: server.username, password: server.password };
const stops: (() => Promise<unknown>)[] = [() => server.stop(), async () => rmSync(home, { recursive: true, force: true })];
try {
  const db = await Database.connect(connection);
  await applyMigrations(db);
  await db.close();
  const [entryPoints] = await Promise.all([
    buildServices(),
    (async () => {
      const began = performance.now();
      const generated = generateMap(1, claims, `load-${claims}`);
      const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
      await writeDirectly(driver, generated).finally(() => driver.close());
      log(`${claims} claims written in ${((performance.now() - began) / 1000).toFixed(1)} s`);
      probe = generated.probes.actorId;
    })(),
  ]);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const service = await startService(
    'argmap',
    [entryPoints.argmap, 'serve'],
    {
      ...neo4jEnv(connection),
      ARGMAP_PORT: String(port),
      ARGMAP_SEED: 'false',
      ARGMAP_BOOTSTRAP_TOKEN: 'false',
      ARGMAP_RATE_TOKEN_POINTS: '0',
      ARGMAP_RATE_ADDRESS_POINTS: '0',
      LOG_LEVEL: 'warn',
    },
    url,
  );
  stops.unshift(() => service.stop());
  log(`service at ${url} (pid ${service.pid}), RSS ${service.rssMb()} MB; ${clients} clients × ${rounds} requests`);

  const outcomes = new Map<string, number>();
  const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const latencies: number[] = [];
  const body = JSON.stringify({ query: dependentsQuery, variables: { id: probe, depth: 6 } });
  const client = async () => {
    for (let round = 0; round < rounds; round++) {
      const began = performance.now();
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const reply = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        latencies.push(performance.now() - began);
        if (!reply.errors?.length && answered(reply.data)) count('data');
        else if (response.status === 503 && response.headers.get('retry-after')) {
          count(`503 ${reply.errors?.[0]?.extensions?.code} with Retry-After`);
        } else count(`other: HTTP ${response.status} ${reply.errors?.[0]?.extensions?.code ?? 'no code'}`);
      } catch {
        count('no answer (connection failed)');
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - began) / 1000;

  const neo4jPid = localNeo4jPid(server);
  const neo4jPeakMb = neo4jPid ? peakRssMb(neo4jPid) : NaN;
  const neo4jUp = await Database.connect(connection).then(
    async (check) => {
      const up = await check.isReachable();
      await check.close();
      return up;
    },
    () => false,
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN).toFixed(0);
  const unanswered = [...outcomes].filter(([outcome]) => outcome !== 'data' && !outcome.includes('Retry-After'));
  console.log(
    [
      `${clients} concurrent clients × ${rounds} dependentClaims (maxDepth 6) on a ${claims}-claim map, ${elapsed.toFixed(1)} s`,
      `answers: ${JSON.stringify(Object.fromEntries(outcomes))}`,
      `latency ms: p50 ${at(0.5)}, p99 ${at(0.99)}, max ${at(1)}`,
      `service peak RSS ${service.peakRssMb()} MB; Neo4j peak RSS ${neo4jPeakMb} MB`,
      `Neo4j up at the end: ${neo4jUp ? 'yes' : 'NO'}`,
    ].join('\n'),
  );
  if (!neo4jUp || unanswered.length > 0) process.exitCode = 1;
} finally {
  for (const stop of stops) await stop().catch((error: unknown) => log(`stopping: ${String(error)}`));
}

function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : NaN;
}
