/** The seed map: the founding editorial, mapped by hand in seed/editorial.argmap.json. */
import { readFileSync } from 'node:fs';
import type { Database } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { repoRoot } from '../shared/repo-root.ts';
import type { ImportMapOutcome } from '../graphql/records/map-record.ts';
import { importMap } from './import-map.ts';

export const seedMapPath = `${repoRoot}/seed/editorial.argmap.json`;
export const seedMapId = 'editorial';

export function readSeedDocument(): Record<string, unknown> {
  return JSON.parse(readFileSync(seedMapPath, 'utf8')) as Record<string, unknown>;
}

/** (Re)loads the seed map; importing is idempotent, so this also repairs an edited seed map. */
export function loadSeedMap(db: Database): Promise<ImportMapOutcome> {
  return importMap(db, { operationName: 'seed' }, readSeedDocument());
}

const mapsById = defineQuery<{ ids: string[] }, { key: string }>('loaders/maps-by-id');

export async function seedMapExists(db: Database): Promise<boolean> {
  const found = await db.read((tx) => mapsById.run({ ids: [seedMapId] }, tx));
  return found.length > 0;
}
