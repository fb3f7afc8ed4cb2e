/**
 * Two processes that start a local Neo4j on one home at the same moment: the store lock lets one
 * through, and the other, instead of failing, waits for its connection file and uses its server.
 * Here the two are two calls in this process, which is what the code sees either way (the lock
 * and the file are per home, not per process).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readConnectionFile } from '../../src/neo4j/connection-file.ts';
import { Database } from '../../src/neo4j/database.ts';
import { useOrStartLocalNeo4j, type LocalNeo4jOnHome } from '../../src/neo4j/local-neo4j-on-home.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { localNeo4jPidsOn } from '../support/local-neo4j-processes.ts';

mkdirSync(`${repoRoot}/.cache/neo4j`, { recursive: true });
const home = mkdtempSync(`${repoRoot}/.cache/neo4j/race-`);
const started: LocalNeo4jOnHome[] = [];

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
  rmSync(home, { recursive: true, force: true });
}, 120_000);

describe('local Neo4j on one home: two starts at once', () => {
  it('starts one server; the other start waits for it and uses it', { timeout: 600_000 }, async () => {
    const logs: string[][] = [[], []];
    const both = await Promise.all(logs.map((log) => useOrStartLocalNeo4j(home, (message) => log.push(message))));
    started.push(...both);

    const [owner, user] = both[0]!.started ? [both[0]!, both[1]!] : [both[1]!, both[0]!];
    expect([owner.started, user.started]).toEqual([true, false]);
    expect(user.connection).toEqual(owner.connection);
    expect(readConnectionFile(home)?.pid).toBe(owner.pid);
    expect(logs[both.indexOf(user)]!.join('\n')).toMatch(/store in .* is locked by another process/);
    expect(await answers(user)).toBe(true);

    await user.stop(); // not its server: a no-op
    expect(await answers(owner)).toBe(true);
    await owner.stop();
    expect(readConnectionFile(home)).toBeUndefined();
    expect(localNeo4jPidsOn(home)).toEqual([]); // the refused start left no java process either
  });
});

/** Bolt accepts the connection's credentials (Database.connect proves it). */
async function answers(server: LocalNeo4jOnHome): Promise<boolean> {
  const db = await Database.connect(server.connection);
  await db.close();
  return true;
}
