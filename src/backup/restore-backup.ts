/**
 * Restoring an `argmap backup` directory, in two steps so that a damaged backup writes nothing:
 *
 * 1. `checkBackup`: reads the manifest and every map file, and refuses the whole backup when any
 *    file is missing, does not match its SHA-256, or holds another map than its entry says.
 * 2. `restoreMap`: loads one checked map with importMap — one transaction, all or nothing (a map
 *    past importMap's single-transaction size is staged and swapped in, equally all or nothing).
 *
 * A map whose id already exists is refused unless `replace` is set; then importMap makes it equal
 * to the backup (upsert and prune), as importing the same document does.
 */
import { readFileSync } from 'node:fs';
import type { ImportMapOutcome } from '../graphql/records/map-record.ts';
import { importMap } from '../maps/import-map.ts';
import type { Database } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadBackupError, readManifest, sha256Hex, type BackupManifest, type BackupMapEntry } from './backup-manifest.ts';

export interface CheckedMap {
  entry: BackupMapEntry;
  /** The file's text, checked against the manifest's SHA-256. */
  text: string;
}

export interface CheckedBackup {
  manifest: BackupManifest;
  maps: CheckedMap[];
}

const mapsById = defineQuery<{ ids: string[] }, { key: string }>('loaders/maps-by-id');

/** Every map file present and intact, or BadBackupError naming each that is not. */
export function checkBackup(dir: string): CheckedBackup {
  const manifest = readManifest(dir);
  const problems: string[] = [];
  const maps: CheckedMap[] = [];
  for (const entry of manifest.maps) {
    let text: string;
    try {
      text = readFileSync(`${dir}/${entry.file}`, 'utf8');
    } catch {
      problems.push(`${entry.file}: missing`);
      continue;
    }
    const sha256 = sha256Hex(text);
    if (sha256 !== entry.sha256) {
      problems.push(`${entry.file}: checksum mismatch (sha256 ${sha256}, the manifest says ${entry.sha256})`);
      continue;
    }
    maps.push({ entry, text });
  }
  if (problems.length) {
    throw new BadBackupError(`${dir} is damaged, nothing was restored:\n  ${problems.join('\n  ')}`);
  }
  return { manifest, maps };
}

/** The ids of `ids` that already name a map. */
export async function existingMaps(db: Database, ids: string[]): Promise<string[]> {
  const rows = await db.read((tx) => mapsById.run({ ids }, tx), { operationName: 'cli-restore' });
  return rows.map((row) => row.key).sort();
}

/** Loads one checked map in its own transaction; throws, having written nothing, when it cannot. */
export async function restoreMap(db: Database, map: CheckedMap): Promise<ImportMapOutcome> {
  const document = JSON.parse(map.text) as { map?: { id?: unknown } };
  if (document.map?.id !== map.entry.id) {
    throw new BadBackupError(`${map.entry.file} holds map ${JSON.stringify(document.map?.id)}, not ${map.entry.id}`);
  }
  const audit = { actor: 'local', role: 'local', mapIds: [map.entry.id] };
  return importMap(db, { operationName: 'cli-restore', audit }, document);
}
