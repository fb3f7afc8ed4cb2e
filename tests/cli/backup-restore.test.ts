/**
 * `argmap backup` and `argmap restore`, run as a user runs them (the real command line in a child
 * process): the seed map and the project's fixtures in one Neo4j → backup → a fresh Neo4j →
 * restore → every map exports the same text and evaluates the same.
 *
 * Two scratch local Neo4j servers, each on a fresh data folder: "a fresh database" is a new
 * server, not the shared one emptied (Community has one database, and the shared one holds every
 * other test's maps). Both start at once, since each start costs a JVM.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '../../src/auth/token-store.ts';
import { readManifest } from '../../src/backup/backup-manifest.ts';
import { writeBackup } from '../../src/backup/write-backup.ts';
import { CommandFailed } from '../../src/cli/import-command.ts';
import { restoreCommand } from '../../src/cli/restore-command.ts';
import { readConfig } from '../../src/server/config.ts';
import { createRequestContext } from '../../src/graphql/context.ts';
import { exportFormats } from '../../src/interop/export-formats.ts';
import { exportMapDocument } from '../../src/maps/export-map.ts';
import { importMap } from '../../src/maps/import-map.ts';
import { listMaps } from '../../src/maps/map-queries.ts';
import { loadSeedMaps } from '../../src/maps/seed.ts';
import { Database } from '../../src/neo4j/database.ts';
import { applyMigrations } from '../../src/neo4j/migrations.ts';
import { provisionScratchNeo4j, type ProvisionedNeo4j } from '../../src/neo4j/provision.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import { testAdmin } from '../support/api.ts';
import { cliEnv, runCli, type CliOutcome } from '../support/cli.ts';
import { everyKindDocument, smallMapDocument } from '../support/fixtures.ts';
import { mapDocument } from '../support/map-builder.ts';

const silent = pino({ level: 'silent' });
const local = { neo4j: undefined, neo4jProvider: 'local' as const };
const dir = mkdtempSync(`${tmpdir()}/argmap-backup-`);
const backupDir = `${dir}/backup`;

let source: ProvisionedNeo4j;
let target: ProvisionedNeo4j;
let sourceDb: Database;
let targetDb: Database;
/** What the source database held, per map id: its export and its evaluation. */
const before = new Map<string, { exported: string; evaluation: unknown }>();
let editorToken: string;
let backedUp: CliOutcome;
let restored: CliOutcome;

const envFor = (neo4j: ProvisionedNeo4j) =>
  cliEnv({
    NEO4J_URI: neo4j.connection.uri,
    NEO4J_USERNAME: neo4j.connection.username,
    NEO4J_PASSWORD: neo4j.connection.password,
  });

const apollo = createApolloServer(silent);
const evaluationQuery = `query($mapId: ID!, $reject: RejectionInput) {
  evaluate(mapId: $mapId, reject: $reject) { labels { claimId status } changed { claimId before after } counts { in out undec } }
}`;

/** A map's evaluation, plain and with its first actor rejected, as the API answers it. */
async function evaluationOf(db: Database, mapId: string, actorIds: string[]): Promise<unknown> {
  const answers = [];
  for (const reject of [null, { actorIds: actorIds.slice(0, 1) }]) {
    const contextValue = createRequestContext(db, silent, 'test', { caller: testAdmin });
    const response = await apollo.executeOperation({ query: evaluationQuery, variables: { mapId, reject } }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental responses are not used by argmap');
    answers.push(response.body.singleResult);
  }
  return answers;
}

async function snapshotOf(db: Database, mapId: string) {
  const document = await exportMapDocument(db, {}, mapId);
  const actorIds = (document.actors ?? []).map((actor) => `${mapId}:${actor.id}`);
  return { exported: exportFormats.ARGMAP_JSON(document), evaluation: await evaluationOf(db, mapId, actorIds) };
}

beforeAll(async () => {
  const log = () => undefined;
  [source, target] = await Promise.all([
    provisionScratchNeo4j(local, 'backup-source', log),
    provisionScratchNeo4j(local, 'backup-target', log),
  ]);
  [sourceDb, targetDb] = await Promise.all([Database.connect(source.connection), Database.connect(target.connection)]);
  await applyMigrations(sourceDb);
  await apollo.start();
  await loadSeedMaps(sourceDb);
  const fixtures = [
    smallMapDocument('small'),
    everyKindDocument('every-kind'),
    mapDocument('cycle', ['a > b', 'b > a', 'c rebuts a', 'ann asserts c', 'd undercuts a-b']),
  ];
  for (const document of fixtures) await importMap(sourceDb, {}, document);
  editorToken = (await createToken(sourceDb, { role: 'editor', maps: ['small'], name: "Ann's laptop" })).info.id;
  await createToken(sourceDb, { role: 'reader' });
  await revokeToken(sourceDb, (await createToken(sourceDb, { role: 'admin', name: 'gone' })).info.id);
  for (const { id } of await listMaps(sourceDb, {})) before.set(id, await snapshotOf(sourceDb, id));
  // The two commands under test, as a user runs them: the rest of the file checks what they did.
  backedUp = await runCli(['backup', backupDir], envFor(source));
  if ((await listMaps(targetDb, {})).length) throw new Error('the target database is not fresh');
  restored = await runCli(['restore', backupDir], envFor(target));
}, 600_000);

afterAll(async () => {
  await apollo.stop();
  await Promise.all([sourceDb?.close(), targetDb?.close()]);
  await Promise.all([source?.stop(), target?.stop()]);
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('argmap backup, then argmap restore into a fresh database', () => {
  it('backs up every map with a manifest of counts, checksums, versions and tokens without secrets', () => {
    expect(backedUp.code, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toContain(`${before.size} maps and 3 tokens (without secrets) backed up`);
    const manifest = readManifest(backupDir);
    expect(manifest).toMatchObject({ format: 'argmap/backup@1', mapFormat: 'argmap/map@1', argmapVersion: '0.1.0' });
    expect(manifest.neo4j.version).toMatch(/^5\./);
    expect(manifest.maps.map((map) => map.id)).toEqual([...before.keys()]);
    for (const map of manifest.maps) expect(readFileSync(`${backupDir}/${map.file}`, 'utf8')).toBe(before.get(map.id)!.exported);
    expect(manifest.maps.find((map) => map.id === 'small')!.counts).toMatchObject({
      claims: 6,
      inferences: 2,
      attacks: 2,
      actors: 2,
    });
    expect(manifest.tokens.find((token) => token.id === editorToken)).toMatchObject({ role: 'editor', maps: ['small'] });
    expect(readFileSync(`${backupDir}/manifest.json`, 'utf8')).not.toMatch(/"(hash|salt)"|argmap_/);
  });

  it('restores every map into the fresh database: the same export and the same evaluation', async () => {
    expect(restored.code, restored.stderr).toBe(0);
    for (const id of before.keys()) expect(restored.stdout).toMatch(new RegExp(`^restored ${id}: `, 'm'));
    expect(restored.stdout).toContain(`${before.size} maps restored, 0 failed`);
    for (const [id, snapshot] of before) expect(await snapshotOf(targetDb, id), id).toEqual(snapshot);
  });

  it('lists each active token to recreate, with its role, maps and name, and no revoked one', () => {
    expect(restored.stdout).toContain('2 tokens of the backup are not in this database');
    expect(restored.stdout).toContain(
      `argmap token create --role editor --map small --name 'Ann'\\''s laptop'   # was ${editorToken}`,
    );
    expect(restored.stdout).toMatch(/^ {2}argmap token create --role reader {3}# was /m);
    expect(restored.stdout).not.toContain('--role admin');
  });

  // The refusals run the command's function in-process (a child process costs a tsx start-up);
  // main.ts turns CommandFailed into one line on stderr and exit code 1, as for every command.
  it('refuses to restore over existing maps without --replace, writing nothing', async () => {
    const refusal = restoreCommand(readConfig(envFor(target)), silent, backupDir, {});
    await expect(refusal).rejects.toThrow(CommandFailed);
    await expect(refusal).rejects.toThrow(/maps of the backup exist already .*nothing was restored.*--replace/);
  });

  it('refuses a backup with a file whose checksum does not match, before writing anything', async () => {
    const damaged = `${dir}/damaged`;
    cpSync(backupDir, damaged, { recursive: true });
    const file = `${damaged}/maps/small.argmap.json`;
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alpha is true.', 'Alpha is false.'));
    const refusal = restoreCommand(readConfig(envFor(target)), silent, damaged, { replace: true });
    await expect(refusal).rejects.toThrow(/damaged, nothing was restored:\n {2}maps\/small\.argmap\.json: checksum mismatch/);
    expect((await snapshotOf(targetDb, 'small')).exported).toBe(before.get('small')!.exported);
  });

  it('replaces existing maps with --replace, making them equal to the backup', async () => {
    const small = smallMapDocument('small');
    await importMap(targetDb, {}, { ...small, claims: [...small.claims, { id: 'stray', text: 'Not in the backup.' }] });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => lines.push(chunk) > 0) as typeof process.stdout.write;
    try {
      await restoreCommand(readConfig(envFor(target)), silent, backupDir, { replace: true });
    } finally {
      process.stdout.write = write;
    }
    expect(lines).toContainEqual(expect.stringMatching(/^replaced small: 6 claims/));
    expect((await snapshotOf(targetDb, 'small')).exported).toBe(before.get('small')!.exported);
  });

  it('refuses to back up into a directory that is not empty', async () => {
    await expect(writeBackup(sourceDb, backupDir)).rejects.toThrow(`${backupDir} is not empty`);
  });
});
