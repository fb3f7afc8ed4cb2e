/**
 * The local Neo4j server (Java launcher from neo4j/, built into .cache/neo4j/ on first use).
 * Skipped, with a line saying why, when Java or Maven is missing (LocalNeo4jUnavailableError);
 * under CI that fails instead (tests/support/local-neo4j-skip.ts).
 * About 80 s on a quiet 2-core machine (each start ~12-15 s); the timeouts leave room for a busy one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLauncherBuilt } from '../../src/neo4j/launcher-build.ts';
import {
  findFreePort,
  type LocalNeo4j,
  localNeo4jPid,
  LocalNeo4jUnavailableError,
  startLocalNeo4j,
} from '../../src/neo4j/local-server.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { skipWithoutLocalNeo4j } from '../support/local-neo4j-skip.ts';

const log = (msg: string): void => console.log(`[local-neo4j] ${msg}`);

let unavailable: string | undefined;
try {
  await ensureLauncherBuilt(log); // first run: Maven download (~1 min), outside the test timeouts
} catch (e) {
  if (!(e instanceof LocalNeo4jUnavailableError)) throw e;
  unavailable = e.message;
}
const skipped = skipWithoutLocalNeo4j('local Neo4j server tests', unavailable);

/** Alive and not a zombie. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (not Linux): trust kill(0)
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return !isRunning(pid);
}

async function query<T>(server: LocalNeo4j, password: string, cypher: string): Promise<T[]> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe.skipIf(skipped)('local Neo4j server', () => {
  let home: string;
  const started: LocalNeo4j[] = [];
  const start = async (opts: { homeDir: string; port?: number }): Promise<LocalNeo4j> => {
    const server = await startLocalNeo4j({ ...opts, log });
    started.push(server);
    return server;
  };

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-neo4j-test-'));
  });

  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('starts, accepts its password, refuses a wrong one, and stops without leaving java behind', async () => {
    const server = await start({ homeDir: home });
    expect(server.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(server.username).toBe('neo4j');
    expect(server.password.length).toBeGreaterThanOrEqual(16);

    const rows = await query<{ one: unknown }>(server, server.password, 'RETURN 1 AS one');
    expect(neo4j.integer.toNumber(rows[0]?.one as number)).toBe(1);
    await query(server, server.password, "CREATE (:ArgmapLocalServerTest {id: 'marker-1'})");

    await expect(query(server, 'definitely-not-the-password', 'RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });

    const pid = localNeo4jPid(server);
    expect(pid).toBeTypeOf('number');
    await server.stop();
    await server.stop(); // idempotent
    expect(isRunning(pid!)).toBe(false);
  }, 180_000);

  it('a second start on the same home sees the data of the first, under a new password', async () => {
    const server = await start({ homeDir: home });
    const rows = await query<{ id: string }>(server, server.password, 'MATCH (m:ArgmapLocalServerTest) RETURN m.id AS id');
    expect(rows.map((r) => r.id)).toEqual(['marker-1']);
    await server.stop();
  }, 180_000);

  it('rejects with a clear message when the port is taken', async () => {
    const port = await findFreePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const otherHome = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-neo4j-test-port-'));
    try {
      await expect(start({ homeDir: otherHome, port })).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`),
      );
    } finally {
      await new Promise((r) => blocker.close(r));
      fs.rmSync(otherHome, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits when its Node parent is killed with SIGKILL, and the home can be reused at once', async () => {
    const script = path.join(home, 'parent.mts');
    fs.writeFileSync(
      script,
      [
        `import { startLocalNeo4j, localNeo4jPid } from ${JSON.stringify(
          pathToFileURL(path.join(repoRoot, 'src/neo4j/local-server.ts')).href,
        )};`,
        `const server = await startLocalNeo4j({ homeDir: ${JSON.stringify(home)} });`,
        `console.log(JSON.stringify({ pid: localNeo4jPid(server) }));`,
        `setInterval(() => {}, 1000);`,
      ].join('\n'),
    );
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const javaPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (chunk: string) => {
        out += chunk;
        const m = /\{"pid":(\d+)\}/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      parent.once('exit', (code) => reject(new Error(`parent exited early (${code}): ${out}`)));
    });
    expect(isRunning(javaPid)).toBe(true);

    parent.kill('SIGKILL');
    expect(await waitUntilGone(javaPid, 30_000)).toBe(true);

    const server = await start({ homeDir: home });
    const rows = await query<{ n: unknown }>(server, server.password, 'MATCH (m:ArgmapLocalServerTest) RETURN count(m) AS n');
    expect(neo4j.integer.toNumber(rows[0]?.n as number)).toBe(1);
    await server.stop();
  }, 300_000);
});
