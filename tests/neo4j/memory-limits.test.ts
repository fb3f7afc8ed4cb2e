/**
 * Neo4j's own guard: a transaction over its memory limit is stopped by Neo4j, the server lives on,
 * and argmap answers SERVICE_UNAVAILABLE without driver text. Runs on a Neo4j of its own (local
 * launcher, scratch home) started with a tiny `db.memory.transaction.max`, which also shows the
 * launcher applies the settings it is given. Skipped with a line saying why without Java or Maven.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLauncherBuilt } from '../../src/neo4j/launcher-build.ts';
import { Database } from '../../src/neo4j/database.ts';
import {
  LOCAL_NEO4J_SETTINGS,
  LocalNeo4jUnavailableError,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../src/neo4j/local-server.ts';
import { ServiceUnavailableError } from '../../src/shared/errors.ts';
import { skipWithoutLocalNeo4j } from '../support/local-neo4j-skip.ts';

let unavailable: string | undefined;
try {
  await ensureLauncherBuilt();
} catch (e) {
  if (!(e instanceof LocalNeo4jUnavailableError)) throw e;
  unavailable = e.message;
}
const skipped = skipWithoutLocalNeo4j('Neo4j memory limit tests', unavailable);

// Collecting two million integers takes far more than 2 MiB of transaction memory.
const hungry = 'UNWIND range(1, 2000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n';
const driverText = ['Neo.', 'MemoryPool', 'allocation', 'limit of', 'collect', 'UNWIND', 'db.memory'];

describe.skipIf(skipped)('Neo4j memory limits', () => {
  let home: string;
  let neo4j: LocalNeo4j;
  let db: Database;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'argmap-memory-limits-'));
    neo4j = await startLocalNeo4j({ homeDir: home, settings: { 'db.memory.transaction.max': '2m' } });
    db = await Database.connect({ uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('starts the local server with the transaction memory limits it is given, over the defaults', async () => {
    const result = await db.read((tx) =>
      tx.run(`SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'db.memory.transaction' RETURN name, value`),
    );
    const settings = Object.fromEntries(result.records.map((record) => [record.get('name'), record.get('value')]));
    expect(settings).toEqual({
      'db.memory.transaction.max': '2.00MiB',
      // LOCAL_NEO4J_SETTINGS' 1280m, which the test did not override.
      'db.memory.transaction.total.max': '1.25GiB',
    });
    expect(LOCAL_NEO4J_SETTINGS['db.memory.transaction.total.max']).toBe('1280m');
  });

  it('answers a transaction over the limit with SERVICE_UNAVAILABLE and no driver text, and stays up', async () => {
    const error = await db.read((tx) => tx.run(hungry)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    const json = JSON.stringify(error) + (error as Error).message;
    expect((error as ServiceUnavailableError).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(driverText.filter((text) => json.includes(text))).toEqual([]);
    const alive = await db.read((tx) => tx.run('RETURN 1 AS one'));
    expect(Number(alive.records[0]!.get('one'))).toBe(1);
  });
});
