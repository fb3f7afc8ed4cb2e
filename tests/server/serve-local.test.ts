import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { cliEnv, startCli, waitForLine } from '../support/cli.ts';
import { skipWithoutLocalNeo4j } from '../support/local-neo4j-skip.ts';

// The local launcher needs Java and Maven. Where they are missing (a laptop with only Docker) this
// path cannot exist, and the start-up error for that case is the one a user would see.
const missing = ['java -version', 'mvn -v'].filter((command) => spawnSync('sh', ['-c', command]).status !== 0);
const skipped = skipWithoutLocalNeo4j(
  'argmap serve on the local Neo4j',
  missing.length ? `${missing.map((command) => `\`${command}\``).join(' and ')} failed` : undefined,
);

describe.skipIf(skipped)('argmap serve: with no NEO4J_URI, on the local Neo4j', () => {
  const home = mkdtempSync(`${repoRoot}/.cache/neo4j/serve-test-`);
  const env = cliEnv({ ARGMAP_NEO4J_HOME: home, ARGMAP_NEO4J_PROVIDER: 'local', ARGMAP_PORT: '0', ARGMAP_SEED: 'true' });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  /** Starts the service, checks it serves the seed map, stops it with Ctrl-C, returns Neo4j's pid. */
  async function serveOnceThenInterrupt(): Promise<{ javaPid: number; seeded: boolean }> {
    const service: ChildProcess = startCli(['serve'], env);
    const log = (await waitForLine(service, /argmap is serving GraphQL/)).map((line) => JSON.parse(line));
    const javaPid = Number(/pid (\d+)/.exec(log.find((entry) => /local Neo4j .* ready/.test(entry.msg)).msg)![1]);
    const health = await fetch(new URL('/health', log.at(-1).url));
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
    const exited = new Promise((resolve) => service.once('exit', resolve));
    service.kill('SIGINT');
    expect(await exited).toBe(0);
    return { javaPid, seeded: log.some((entry) => entry.msg === 'loaded the seed map') };
  }

  it('starts Neo4j, serves, and leaves no java process after Ctrl-C; a second start finds the data', async () => {
    const first = await serveOnceThenInterrupt();
    expect(first.seeded).toBe(true);
    expect(isRunning(first.javaPid)).toBe(false);

    const second = await serveOnceThenInterrupt();
    expect(second.seeded).toBe(false); // the seed map survived the restart, so it was not reloaded
    expect(isRunning(second.javaPid)).toBe(false);
  }, 240_000);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
