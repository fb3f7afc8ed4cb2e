/**
 * writeBackup: every map of the database as its `argmap/map@1` file (the very text `argmap export`
 * writes), then the manifest. Each map is read in one transaction, so each file is a consistent
 * map; maps written while the backup runs may be caught before or after such a write (the backup
 * is per map, not one snapshot of the whole database).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { listTokens } from '../auth/token-store.ts';
import { exportFormats } from '../interop/export-formats.ts';
import { exportMapDocument } from '../maps/export-map.ts';
import { listMaps } from '../maps/map-queries.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { argmapVersion } from '../shared/argmap-version.ts';
import {
  backupFormat,
  BadBackupError,
  countsOf,
  manifestFile,
  mapFileOf,
  sha256Hex,
  type BackupManifest,
  type BackupMapEntry,
} from './backup-manifest.ts';

const neo4jVersion = defineQuery<Record<string, never>, { version: string; edition: string }>('backup/neo4j-version');

export interface WriteBackupOptions {
  /** Hears each map written, for the CLI's line per map. */
  onMap?: (entry: BackupMapEntry) => void;
}

export async function writeBackup(db: Database, dir: string, options: WriteBackupOptions = {}): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  // Never mix two backups, nor overwrite anything: the directory must be new or empty.
  if (readdirSync(dir).length) throw new BadBackupError(`${dir} is not empty; back up into a new or empty directory`);
  mkdirSync(`${dir}/maps`);
  const scope: QueryScope = { operationName: 'cli-backup' };
  const [server] = await db.read((tx) => neo4jVersion.run({}, tx), scope);
  const createdAt = new Date().toISOString();
  const maps: BackupMapEntry[] = [];
  for (const { id, title } of await listMaps(db, scope)) {
    const document = await exportMapDocument(db, scope, id);
    const text = exportFormats.ARGMAP_JSON(document);
    const file = mapFileOf(id);
    writeFileSync(`${dir}/${file}`, text);
    const entry = { id, title, file, sha256: sha256Hex(text), bytes: Buffer.byteLength(text), counts: countsOf(document) };
    maps.push(entry);
    options.onMap?.(entry);
  }
  const manifest: BackupManifest = {
    format: backupFormat,
    mapFormat: 'argmap/map@1',
    argmapVersion,
    neo4j: { version: server?.version ?? 'unknown', edition: server?.edition ?? 'unknown' },
    createdAt,
    maps,
    tokens: await listTokens(db),
  };
  writeFileSync(`${dir}/${manifestFile}`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
