/**
 * `npm run load`: a mixed read/write workload against a fresh argmap on loopback, for a bounded
 * time, reporting requests/s, latency percentiles and errors by code. It starts its own local Neo4j
 * (temporary data folder, removed afterwards), loads the seed maps, and serves the real HTTP app.
 *
 *   LOAD_SECONDS (20)   how long to run          LOAD_CLIENTS (16)   concurrent clients
 *   LOAD_WRITES (0.2)   share of writes          LOAD_KILLS (0)      kill -9/restart Neo4j this many
 *                                                                    times during the run, then check
 *                                                                    that every acknowledged write is there
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createToken } from '../src/auth/token-store.ts';
import { defaultLimits, noRateLimits } from '../src/limits/limits.ts';
import { loadSeedMaps } from '../src/maps/seed.ts';
import { Database } from '../src/neo4j/database.ts';
import { findFreePort, localNeo4jPid, startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { applyMigrations } from '../src/neo4j/migrations.ts';
import { createApolloServer } from '../src/server/apollo.ts';
import { createHttpApp } from '../src/server/http-app.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const clients = Number(process.env.LOAD_CLIENTS ?? 16);
const writeShare = Number(process.env.LOAD_WRITES ?? 0.2);
const kills = Number(process.env.LOAD_KILLS ?? 0);
const silent = pino({ level: 'silent' });

mkdirSync(`${repoRoot}/.cache/neo4j`, { recursive: true });
const home = mkdtempSync(`${repoRoot}/.cache/neo4j/load-`);
const port = await findFreePort();
const password = randomBytes(12).toString('hex');
const start = () => startLocalNeo4j({ homeDir: home, port, password, log: (message) => console.error(`[neo4j] ${message}`) });
let neo4j = await start();
const db = await Database.connect({ uri: neo4j.uri, username: 'neo4j', password });
await applyMigrations(db);
await loadSeedMaps(db);
const { token } = await createToken(db, { role: 'editor', name: 'load' });
// Rate limits off: every client here shares one address (and token) on purpose.
const apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
await apollo.start();
const server = createServer(createHttpApp(apollo, db, silent, { reads: 'public', corsOrigins: [], limits: defaultLimits }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

interface Reply {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Reply };
}

const seedPage = await post(`{ map(id: "editorial") { claims(first: 100) { nodes { id } } } }`);
const seedClaims = (seedPage.body.data as { map: { claims: { nodes: { id: string }[] } } }).map.claims.nodes.map(
  (claim) => claim.id,
);
await post(`mutation { createMap(input: {id: "load", title: "Load"}) { id } }`);
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

const reads = [
  () =>
    post(`query($id: ID!) { claim(id: $id) { id text supportedBy { premises { id } } attackedBy { id } } }`, {
      id: pick(seedClaims),
    }),
  () =>
    post(`query($id: ID!) { reasoningChains(conclusionId: $id, maxDepth: 4, first: 20) { edges { node { claims { id } } } } }`, {
      id: pick(seedClaims),
    }),
  () => post(`{ map(id: "editorial") { counts { claims inferences attacks actors } claims(first: 20) { nodes { id text } } } }`),
  () =>
    post(`query($q: String) { claims(filter: {mapId: "editorial", search: $q}, first: 10) { totalCount } }`, {
      q: pick(['war', 'russia', 'peace', 'the (and)']),
    }),
];
const acknowledged: string[] = [];
let written = 0;
async function write() {
  const key = `k${written++}`;
  const result = await post(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`, {
    input: { mapId: 'load', key, text: `Load claim ${key}.` },
  });
  if (result.body.data?.createClaim) acknowledged.push(key);
  if (result.body.data?.createClaim && acknowledged.length > 1 && Math.random() < 0.5) {
    await post(`mutation($input: AddInferenceInput!) { addInference(input: $input) { id } }`, {
      input: { premiseIds: [`load:${pick(acknowledged)}`], conclusionId: `load:${key}` },
    });
  }
  return result;
}

const latencies: number[] = [];
const errors = new Map<string, number>();
const deadline = Date.now() + seconds * 1000;
async function client() {
  while (Date.now() < deadline) {
    const began = performance.now();
    try {
      const { status, body } = await (Math.random() < writeShare ? write() : pick(reads)());
      latencies.push(performance.now() - began);
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code ?? 'UNKNOWN';
        errors.set(code, (errors.get(code) ?? 0) + 1);
      }
      if (status >= 500 && !body.errors?.length) errors.set(`HTTP ${status}`, (errors.get(`HTTP ${status}`) ?? 0) + 1);
      if (body.errors?.length) await new Promise((resolve) => setTimeout(resolve, 50));
    } catch {
      errors.set('NETWORK', (errors.get('NETWORK') ?? 0) + 1);
    }
  }
}

async function faults() {
  for (let n = 0; n < kills; n++) {
    await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / (kills + 1)));
    process.kill(localNeo4jPid(neo4j)!, 'SIGKILL');
    console.error(`[load] killed Neo4j (-9), restarting on the same data (${n + 1}/${kills})`);
    neo4j = await start();
  }
}

const began = performance.now();
await Promise.all([...Array.from({ length: clients }, client), faults()]);
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
const stored = await db.read((tx) => tx.run(`MATCH (c:Claim {mapId: 'load'}) RETURN c.key AS key`));
const keys = new Set(stored.records.map((record) => record.get('key') as string));
const lost = acknowledged.filter((key) => !keys.has(key)).length;

console.log(
  [
    `clients ${clients}, ${seconds} s, writes ${Math.round(writeShare * 100)} %, Neo4j kills ${kills}`,
    `requests ${latencies.length}, ${(latencies.length / elapsed).toFixed(1)} requests/s`,
    `latency ms: p50 ${percentile(50)}, p95 ${percentile(95)}, p99 ${percentile(99)}, max ${latencies.at(-1)?.toFixed(1)}`,
    `errors: ${errors.size ? JSON.stringify(Object.fromEntries(errors)) : 'none'}`,
    `writes acknowledged ${acknowledged.length}, found afterwards ${acknowledged.length - lost}`,
  ].join('\n'),
);

server.closeAllConnections();
server.close();
await apollo.stop();
await db.close();
await neo4j.stop();
rmSync(home, { recursive: true, force: true });
if (lost > 0) process.exitCode = 1;
