/**
 * Kill -9 and restart: a client writes continuously through the real HTTP app while its own local
 * Neo4j is killed (SIGKILL, no shutdown) and restarted on the same data, port and password, several
 * times. Every write that was acknowledged must be there afterwards, the invariants must hold, and
 * while Neo4j is down requests fail with SERVICE_UNAVAILABLE and /health says so — the service
 * recovers without a restart. ARGMAP_FAULT_CYCLES sets the number of kills (default 2).
 * Every wait is a bounded poll (tests/support/poll.ts) and every HTTP call has a timeout, so a
 * service that never notices the kill, or never recovers, fails the test instead of hanging it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/token-store.ts';
import { defaultLimits, noRateLimits } from '../../src/limits/limits.ts';
import { Database } from '../../src/neo4j/database.ts';
import { findFreePort, localNeo4jPid, startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-server.ts';
import { applyMigrations } from '../../src/neo4j/migrations.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import { createHttpApp } from '../../src/server/http-app.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { pollUntil } from '../support/poll.ts';
import { sound, violations } from './invariants.ts';

const cycles = Number(process.env.ARGMAP_FAULT_CYCLES ?? 2);
const silent = pino({ level: 'silent' });
const mapId = 'fault';

let home: string;
let port: number;
const password = randomBytes(12).toString('hex');
let neo4j: LocalNeo4j;
let db: Database;
let server: Server;
let apollo: ReturnType<typeof createApolloServer>;
let url: string;
let token: string;

// A start after kill -9 recovers the store first; on a busy shared machine that outlasts the default 120 s.
const start = () => startLocalNeo4j({ homeDir: home, port, password, startTimeoutMs: 300_000 });

beforeAll(async () => {
  home = mkdtempSync(`${repoRoot}/.cache/neo4j/fault-`);
  port = await findFreePort();
  neo4j = await start();
  db = await Database.connect({ uri: neo4j.uri, username: 'neo4j', password });
  await applyMigrations(db);
  token = (await createToken(db, { role: 'editor' })).token;
  apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
  await apollo.start();
  server = createServer(createHttpApp(apollo, db, silent, { reads: 'public', corsOrigins: [], limits: defaultLimits }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await apollo?.stop();
  await db?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

/**
 * Any single HTTP call. The app answers TIMEOUT by itself after requestTimeoutMs, so no answer in
 * twice that is a hang, and fails the test instead of stalling it.
 */
const callTimeoutMs = 2 * defaultLimits.requestTimeoutMs;

async function graphql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(callTimeoutMs),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

async function health(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(callTimeoutMs) });
  return { status: response.status, body: await response.json() };
}

/** What one kill/restart cycle showed: /health while down, a request while down, /health after. */
interface Cycle {
  down: unknown;
  refused: { status: number; code: unknown };
  recovered: unknown;
}

const createClaim = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id } }`;

describe('faults: Neo4j killed (-9) and restarted under a writing client', () => {
  it(`keeps every acknowledged write through ${cycles} kill/restart cycles`, async () => {
    expect((await graphql(`mutation { createMap(input: {id: "${mapId}", title: "Fault"}) { id } }`, {})).status).toBe(200);
    const acknowledged: string[] = [];
    const failures = new Map<string, number>();
    let attempted = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const key = `w${attempted++}`;
        try {
          const { body } = await graphql(createClaim, { input: { mapId, key, text: `Write ${key}.` } });
          if (body.data?.createClaim) {
            acknowledged.push(key);
            continue;
          }
          for (const error of body.errors ?? [])
            failures.set(error.extensions.code, (failures.get(error.extensions.code) ?? 0) + 1);
        } catch {
          failures.set('NETWORK', (failures.get('NETWORK') ?? 0) + 1);
        }
        await new Promise((resolve) => setTimeout(resolve, 100)); // back off while Neo4j is away
      }
    })();
    // Writes come every few ms while Neo4j is up; two minutes without 20 of them means the writer is stuck.
    const acknowledgedAfter = (count: number) =>
      pollUntil(`${count} acknowledged writes`, async () => (acknowledged.length >= count ? true : undefined), {
        timeoutMs: 120_000,
        intervalMs: 50,
      });

    const seen: Cycle[] = [];
    try {
      for (let cycle = 0; cycle < cycles; cycle++) {
        await acknowledgedAfter(acknowledged.length + 20);
        process.kill(localNeo4jPid(neo4j)!, 'SIGKILL');
        // Down: /health says so, and a request is refused as SERVICE_UNAVAILABLE rather than hanging.
        const down = await pollUntil(
          '/health to notice Neo4j is down',
          async () => {
            const answer = await health();
            return answer.status === 200 ? undefined : answer.body;
          },
          { timeoutMs: 30_000 },
        );
        const refused = await graphql(createClaim, { input: { mapId, text: 'While down.' } });
        neo4j = await start();
        // Recovered by itself: /health is up again, and the writer's writes are acknowledged again.
        const recovered = await pollUntil(
          '/health to see Neo4j back',
          async () => {
            const answer = await health();
            return answer.status === 200 ? answer.body : undefined;
          },
          { timeoutMs: 60_000 },
        );
        await acknowledgedAfter(acknowledged.length + 5);
        seen.push({ down, refused: { status: refused.status, code: refused.body.errors?.[0]?.extensions.code }, recovered });
      }
    } finally {
      writing = false;
      await writer;
    }

    const stored = await db.read((tx) => tx.run('MATCH (c:Claim {mapId: $mapId}) RETURN c.key AS key', { mapId }));
    const keys = new Set(stored.records.map((record) => record.get('key') as string));
    const lost = acknowledged.filter((key) => !keys.has(key));
    console.log(
      `[fault] ${cycles} kill -9 cycles; ${attempted} writes attempted, ${acknowledged.length} acknowledged, ` +
        `${acknowledged.length - lost.length} found; refusals ${JSON.stringify(Object.fromEntries(failures))}`,
    );
    expect(lost).toEqual([]);
    const expected: Cycle = {
      down: { status: 'degraded', neo4j: 'down' },
      refused: { status: 503, code: 'SERVICE_UNAVAILABLE' },
      recovered: { status: 'ok', neo4j: 'up' },
    };
    expect(seen).toEqual(Array.from({ length: cycles }, () => expected));
    expect([...failures.keys()].filter((code) => !['SERVICE_UNAVAILABLE', 'TIMEOUT', 'CONFLICT'].includes(code))).toEqual([]);
    expect(await violations(db, mapId)).toEqual(sound);
  }, 900_000);
});
