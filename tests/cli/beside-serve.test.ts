/**
 * The command line beside a running service, on the local Neo4j (no NEO4J_URI anywhere): `serve`
 * starts Neo4j on a fresh home and publishes it; `import`, `export`, `backup`, `restore`,
 * `token create` and `seed`, each a child process on the same home, use that Neo4j instead of
 * starting a second one (which the store lock would refuse), and what they write is served by the
 * running service at once.
 *
 * One service (one java process) for the whole file, since each start costs a JVM; every case uses
 * maps of its own, so the cases run in any order.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionFilePath, readConnectionFile } from '../../src/neo4j/connection-file.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { uniqueMapId } from '../support/api.ts';
import { cliEnv, runCli, startCli, waitForLine, type CliOutcome } from '../support/cli.ts';
import { localNeo4jPidsOn } from '../support/local-neo4j-processes.ts';
import { smallMapDocument } from '../support/fixtures.ts';

mkdirSync(`${repoRoot}/.cache/neo4j`, { recursive: true });
const home = mkdtempSync(`${repoRoot}/.cache/neo4j/cli-beside-`);
const env = cliEnv({ ARGMAP_NEO4J_HOME: home, ARGMAP_NEO4J_PROVIDER: 'local', ARGMAP_PORT: '0', ARGMAP_SEED: 'false' });
/** A pid no process has: a child that ran and was reaped. */
const deadPid = spawnSync(process.execPath, ['-e', '']).pid;

let service: ChildProcess;
let serveLog: { msg: string; url?: string }[];
let graphqlUrl: string;
let javaPid: number;

beforeAll(async () => {
  // What a crash leaves behind: a file naming processes that are gone.
  const stale = { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x'.repeat(24), pid: deadPid, ownerPid: deadPid };
  writeFileSync(connectionFilePath(home), JSON.stringify(stale), { mode: 0o600 });
  service = startCli(['serve'], env);
  serveLog = (await waitForLine(service, /argmap is serving GraphQL/)).map((line) => JSON.parse(line));
  graphqlUrl = serveLog.at(-1)!.url!;
  javaPid = Number(/pid (\d+)/.exec(serveLog.find((entry) => /local Neo4j .* ready/.test(entry.msg))!.msg)![1]);
}, 420_000);

afterAll(async () => {
  try {
    if (service && service.exitCode === null) {
      const exited = new Promise((resolve) => service.once('exit', resolve));
      service.kill('SIGINT');
      expect(await exited).toBe(0);
    }
    expect(existsSync(connectionFilePath(home))).toBe(false);
    expect(localNeo4jPidsOn(home)).toEqual([]);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}, 120_000);

describe('argmap commands beside a running serve, on its local Neo4j', () => {
  it('serve ignores a stale connection file and publishes its own, readable by its owner only', () => {
    expect(serveLog.some((entry) => entry.msg.startsWith(`ignoring a stale connection file in ${home}`))).toBe(true);
    expect(readConnectionFile(home)).toMatchObject({ pid: javaPid, ownerPid: service.pid, username: 'neo4j' });
    expect(statSync(connectionFilePath(home)).mode & 0o777).toBe(0o600);
  });

  it('import writes into the running Neo4j, and the service serves the map', { timeout: 180_000 }, async () => {
    const mapId = uniqueMapId('beside-import');
    expectUsedRunning(await runCli(['import', fixtureFile(mapId), '--map-id', mapId], env));
    expect(await claimCount(mapId)).toBe(6);
  });

  it('export reads the map from the running Neo4j', { timeout: 180_000 }, async () => {
    const mapId = uniqueMapId('beside-export');
    expectUsedRunning(await runCli(['import', fixtureFile(mapId), '--map-id', mapId], env));
    const exported = await runCli(['export', mapId, '--format', 'argmap'], env);
    expectUsedRunning(exported);
    const document = JSON.parse(exported.stdout);
    expect(document.claims.map((claim: { id: string }) => claim.id).sort()).toEqual(
      smallMapDocument(mapId)
        .claims.map((claim) => claim.id)
        .sort(),
    );
  });

  it('token create --role editor makes a token the running service accepts for a write', { timeout: 180_000 }, async () => {
    const created = await runCli(['token', 'create', '--role', 'editor', '--name', 'beside serve'], env);
    expectUsedRunning(created);
    const mapId = uniqueMapId('beside-token');
    const answer = await graphql(
      `
        mutation ($id: ID!) {
          createMap(input: { id: $id, title: "By token" }) {
            id
          }
        }
      `,
      { id: mapId },
      created.stdout.trim(),
    );
    expect(answer).toEqual({ data: { createMap: { id: mapId } } });
  });

  it('a second serve uses the running Neo4j too, and leaves it running when it stops', { timeout: 180_000 }, async () => {
    const second = startCli(['serve'], env);
    const exited = new Promise((resolve) => second.once('exit', resolve));
    try {
      const log = (await waitForLine(second, /argmap is serving GraphQL/)).join('\n');
      expect(log).toContain(`using the local Neo4j already running at ${readConnectionFile(home)?.uri} (pid ${javaPid},`);
    } finally {
      second.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(readConnectionFile(home)?.pid).toBe(javaPid);
    const health = await fetch(new URL('/health', graphqlUrl));
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' }); // the first service's Neo4j is still there
    expect(localNeo4jPidsOn(home)).toEqual([javaPid]);
  });

  it(
    'backup and restore --replace use the running Neo4j, and the service serves the restored map',
    { timeout: 240_000 },
    async () => {
      const mapId = uniqueMapId('beside-backup');
      expectUsedRunning(await runCli(['import', fixtureFile(mapId), '--map-id', mapId], env));
      const dir = `${home}/backup-${mapId}`;
      const backedUp = await runCli(['backup', dir], env);
      expectUsedRunning(backedUp);
      expect(backedUp.stdout).toMatch(new RegExp(`^backed up ${mapId} → maps/${mapId}\\.argmap\\.json: 6 claims`, 'm'));
      const restored = await runCli(['restore', dir, '--replace'], env);
      expectUsedRunning(restored);
      expect(restored.stdout).toMatch(new RegExp(`^replaced ${mapId}: 6 claims`, 'm'));
      expect(await claimCount(mapId)).toBe(6);
    },
  );

  it('seed loads the seed map into the running Neo4j, and the service serves it', { timeout: 180_000 }, async () => {
    const seeded = await runCli(['seed'], env);
    expectUsedRunning(seeded);
    expect(await claimCount('editorial')).toBeGreaterThan(0);
  });
});

/** The command succeeded on the service's Neo4j: it said so, started none, and left the file as it was. */
function expectUsedRunning(outcome: CliOutcome): void {
  expect(outcome.code, outcome.stderr).toBe(0);
  const said = `${outcome.stdout}\n${outcome.stderr}`;
  expect(said).toContain(`using the local Neo4j already running at ${readConnectionFile(home)?.uri} (pid ${javaPid},`);
  expect(said).not.toMatch(/local Neo4j .* ready/);
  expect(readConnectionFile(home)?.pid).toBe(javaPid);
}

function fixtureFile(mapId: string): string {
  const file = `${home}/${mapId}.json`;
  writeFileSync(file, JSON.stringify(smallMapDocument(mapId)));
  return file;
}

async function claimCount(mapId: string): Promise<number | undefined> {
  const answer = await graphql(
    `
      query ($id: ID!) {
        map(id: $id) {
          counts {
            claims
          }
        }
      }
    `,
    { id: mapId },
  );
  return (answer as { data?: { map?: { counts: { claims: number } } } }).data?.map?.counts.claims;
}

async function graphql(query: string, variables: Record<string, unknown>, token?: string): Promise<unknown> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}
