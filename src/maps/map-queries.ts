/** Reads and writes of maps as a whole: list, counts, the flat graph, createMap. */
import type { Graph } from '../graphql/resolvers-types.generated.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { ConflictError, BadUserInputError } from '../shared/errors.ts';
import {
  toSourceRecord,
  type MapCountsRecord,
  type MapRecord,
  type SourceInputFields,
  type SourceRecord,
} from '../graphql/records/map-record.ts';

const listMapsQuery = defineQuery<{ mapIds: readonly string[] | null }, { map: MapRecord }>('maps/list-maps');
const mapGraphQuery = defineQuery<{ mapId: string }, Graph>('maps/map-graph');
const mapCountsQuery = defineQuery<{ ids: string[] }, { key: string; item: MapCountsRecord }>('loaders/map-counts');
const createMapQuery = defineQuery<
  { mapId: string; title: string; description: string | null; source: SourceRecord },
  { map: MapRecord }
>('maps/create-map');

const mapIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function listMaps(db: Database, scope: QueryScope): Promise<MapRecord[]> {
  const rows = await db.read((tx) => listMapsQuery.run({ mapIds: scope.readableMaps ?? null }, tx), scope);
  return rows.map((row) => row.map);
}

export async function mapGraph(db: Database, scope: QueryScope, mapId: string): Promise<Graph> {
  const [graph] = await db.read((tx) => mapGraphQuery.run({ mapId }, tx), scope);
  return graph ?? { nodes: [], edges: [] };
}

export async function countMap(mapId: string, tx: QueryRunner): Promise<MapCountsRecord> {
  const [row] = await mapCountsQuery.run({ ids: [mapId] }, tx);
  return row!.item;
}

export interface CreateMapFields {
  id: string;
  title: string;
  description?: string | null;
  source?: SourceInputFields | null;
}

export async function createMap(db: Database, scope: QueryScope, input: CreateMapFields): Promise<MapRecord> {
  if (!mapIdPattern.test(input.id)) {
    throw new BadUserInputError(
      'input.id',
      `"${input.id}" must be 1-100 lower-case letters, digits or '-', starting with a letter or digit`,
    );
  }
  const title = input.title.trim();
  if (title.length === 0 || title.length > 300) throw new BadUserInputError('input.title', 'must be 1 to 300 characters');
  const params = { mapId: input.id, title, description: input.description ?? null, source: toSourceRecord(input.source) };
  const [row] = await db.write((tx) => createMapQuery.run(params, tx), scope);
  if (!row) throw new ConflictError('input.id', `a map with id "${input.id}" already exists`);
  return row.map;
}
