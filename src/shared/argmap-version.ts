/** argmap's own version, from package.json: recorded where a file must say what wrote it (backups). */
import { readFileSync } from 'node:fs';
import { repoRoot } from './repo-root.ts';

export const argmapVersion = (JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string }).version;
