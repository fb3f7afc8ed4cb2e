/**
 * The soak's own Neo4j and service: a local Neo4j on a fresh temporary home (never the shared
 * one), migrated and seeded, and the real HTTP app in this process on loopback. `killNeo4j`
 * kills Neo4j with SIGKILL (no shutdown) and restarts it on the same data, port and password, so
 * the service's driver reconnects by itself.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { pino } from 'pino';
import { createToken } from '../../src/auth/token-store.ts';
import { defaultLimits, noRateLimits } from '../../src/limits/limits.ts';
import { loadSeedMaps } from '../../src/maps/seed.ts';
import { Database } from '../../src/neo4j/database.ts';
import { findFreePort, LocalNeo4jStartError, localNeo4jPid, startLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { applyMigrations } from '../../src/neo4j/migrations.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import { createHttpApp } from '../../src/server/http-app.ts';
import type { Outage } from './ledger.ts';

export async function startStack(log: (message: string) => void) {
  const home = mkdtempSync(`${tmpdir()}/soak-neo4j-`);
  // Also when the soak dies of an error: the launcher exits with this process (stdin EOF), and its home goes.
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  const port = await findFreePort();
  const password = randomBytes(12).toString('hex');
  // A start after kill -9 recovers the store first; on a busy shared machine that can take minutes.
  const start = () =>
    startLocalNeo4j({ homeDir: home, port, password, startTimeoutMs: 300_000, log: (m) => log(`[neo4j] ${m}`) });
  let neo4j = await start();
  const db = await Database.connect({ uri: neo4j.uri, username: 'neo4j', password });
  await applyMigrations(db);
  await loadSeedMaps(db);
  const { token } = await createToken(db, { role: 'editor', name: 'soak' });
  const silent = pino({ level: 'silent' });
  // Rate limits off: every client here shares one address (and token) on purpose.
  const apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
  await apollo.start();
  const server = createServer(createHttpApp(apollo, db, silent, { reads: 'public', corsOrigins: [], limits: defaultLimits }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  /** SIGKILL, then a restart on the same home; a store lock left for a moment by the dead JVM is retried. */
  async function killNeo4j(): Promise<Outage> {
    const killedAt = Date.now();
    process.kill(localNeo4jPid(neo4j)!, 'SIGKILL');
    for (let attempt = 1; ; attempt++) {
      try {
        neo4j = await start();
        return { killedAt, readyAt: Date.now() };
      } catch (error) {
        if (!(error instanceof LocalNeo4jStartError && error.storeLocked) || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  async function stop() {
    server.closeAllConnections();
    server.close();
    await apollo.stop();
    await db.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }

  return { url, token, db, killNeo4j, stop };
}
