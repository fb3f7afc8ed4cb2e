/**
 * The manifest of an `argmap backup` directory (`manifest.json`, written last: a directory without
 * one is an unfinished backup). It names each map's `argmap/map@1` file with its SHA-256 and
 * counts, the versions that wrote it, and the API tokens without their secrets.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TokenInfo } from '../auth/token-store.ts';
import type { MapDocument } from '../maps/map-document.ts';

export const backupFormat = 'argmap/backup@1';
export const manifestFile = 'manifest.json';

export type MapFileCounts = Record<
  'claims' | 'inferences' | 'attacks' | 'actors' | 'actorLinks' | 'rephrases' | 'preferences',
  number
>;

export interface BackupMapEntry {
  id: string;
  title: string;
  /** Relative to the backup directory: `maps/<id>.argmap.json`. */
  file: string;
  sha256: string;
  bytes: number;
  counts: MapFileCounts;
}

export interface BackupManifest {
  format: typeof backupFormat;
  mapFormat: 'argmap/map@1';
  argmapVersion: string;
  neo4j: { version: string; edition: string };
  createdAt: string;
  maps: BackupMapEntry[];
  /** Tokens as `argmap token list` shows them: ids, roles and maps, never a hash or secret. */
  tokens: TokenInfo[];
}

/** A backup directory that cannot be restored as it is: no manifest, another format, a bad entry. */
export class BadBackupError extends Error {}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function countsOf(document: MapDocument): MapFileCounts {
  return {
    claims: document.claims?.length ?? 0,
    inferences: document.inferences?.length ?? 0,
    attacks: document.attacks?.length ?? 0,
    actors: document.actors?.length ?? 0,
    actorLinks: document.actorLinks?.length ?? 0,
    rephrases: document.rephrases?.length ?? 0,
    preferences: document.preferences?.length ?? 0,
  };
}

/** What importMap accepts as a map id (src/maps/map-queries.ts); no '/', no '.'. */
const mapIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The file of map `id`; map ids are lower-case letters, digits and '-', so safe as file names. */
export function mapFileOf(id: string): string {
  return `maps/${id}.argmap.json`;
}

/** Reads and checks the manifest of `dir`: its format, and that every map entry names its own file. */
export function readManifest(dir: string): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(readFileSync(`${dir}/${manifestFile}`, 'utf8')) as Partial<BackupManifest>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is not valid JSON';
    throw new BadBackupError(`${dir}/${manifestFile} ${reason}: not an argmap backup, or an unfinished one`);
  }
  if (manifest.format !== backupFormat) {
    throw new BadBackupError(`${dir}/${manifestFile}: format is ${JSON.stringify(manifest.format)}, not ${backupFormat}`);
  }
  if (!Array.isArray(manifest.maps) || !Array.isArray(manifest.tokens)) {
    throw new BadBackupError(`${dir}/${manifestFile}: "maps" and "tokens" must be lists`);
  }
  for (const entry of manifest.maps) {
    // The file is derived from the id, never taken as given: a manifest cannot point outside `dir`.
    if (
      typeof entry?.id !== 'string' ||
      !mapIdPattern.test(entry.id) ||
      entry.file !== mapFileOf(entry.id) ||
      typeof entry.sha256 !== 'string'
    ) {
      throw new BadBackupError(`${dir}/${manifestFile}: a map entry lacks id, file or sha256: ${JSON.stringify(entry)}`);
    }
  }
  return manifest as BackupManifest;
}
