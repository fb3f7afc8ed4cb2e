/**
 * The seed maps, mapped by hand: the founding editorial (seed/editorial.argmap.json) and a short
 * reply to it written for the project (seed/reply.argmap.json), which names the same entities and
 * links its restated claims to the editorial's as the same claims.
 */
import { readFileSync } from 'node:fs';
import type { Database } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { repoRoot } from '../shared/repo-root.ts';
import type { ImportMapOutcome } from '../graphql/records/map-record.ts';
import { importMap } from './import-map.ts';

/**
 * In load order: a map's same-claim links (claims[].sameAs) name claims of the maps before it,
 * and an import links only to claims that exist, so the editorial must be in before the reply.
 */
export const seedMapIds = ['editorial', 'reply'] as const;
export type SeedMapId = (typeof seedMapIds)[number];

export function seedMapPath(mapId: SeedMapId): string {
  return `${repoRoot}/seed/${mapId}.argmap.json`;
}

export function readSeedDocument(mapId: SeedMapId = 'editorial'): Record<string, unknown> {
  return JSON.parse(readFileSync(seedMapPath(mapId), 'utf8')) as Record<string, unknown>;
}

/**
 * (Re)loads every seed map, in order; importing is idempotent, so this also repairs an edited
 * seed map. Returns one outcome per map, in the same order.
 */
export async function loadSeedMaps(db: Database): Promise<ImportMapOutcome[]> {
  return loadFrom(db, 0);
}

const mapsById = defineQuery<{ ids: string[] }, { key: string }>('loaders/maps-by-id');

/**
 * Loads the seed maps that are missing, leaving present ones as their users may have edited them —
 * except that every map after the first missing one is reloaded too: its same-claim links to the
 * missing map went with that map's claims, and only importing it again after that map makes them.
 */
export async function loadMissingSeedMaps(db: Database): Promise<ImportMapOutcome[]> {
  const found = await db.read((tx) => mapsById.run({ ids: [...seedMapIds] }, tx));
  const present = new Set(found.map((row) => row.key));
  const firstMissing = seedMapIds.findIndex((mapId) => !present.has(mapId));
  return firstMissing < 0 ? [] : loadFrom(db, firstMissing);
}

async function loadFrom(db: Database, first: number): Promise<ImportMapOutcome[]> {
  const outcomes: ImportMapOutcome[] = [];
  for (const mapId of seedMapIds.slice(first))
    outcomes.push(await importMap(db, { operationName: 'seed' }, readSeedDocument(mapId)));
  return outcomes;
}
