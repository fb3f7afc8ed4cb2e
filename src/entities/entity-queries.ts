/** Reads of entities: one by id (a loader), a listing by name, and a full-text search. */
import type { EntityRecord } from '../graphql/records/entity-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { toLiteralLuceneQuery } from '../shared/lucene.ts';
import { checkRange } from '../shared/ranges.ts';

const listEntitiesQuery = defineQuery<{ first: number }, { entity: EntityRecord }>('entities/list-entities');
const searchEntitiesQuery = defineQuery<{ first: number; search: string }, { entity: EntityRecord }>('entities/search-entities');

export async function listEntities(
  db: Database,
  scope: QueryScope,
  args: { search?: string | null | undefined; first?: number | null | undefined },
): Promise<EntityRecord[]> {
  const first = checkRange(args.first ?? 20, 'first', 1, 100);
  const trimmed = args.search?.trim();
  // entity_names covers two properties (name, aliasText): a clause per word and property.
  const search = trimmed ? toLiteralLuceneQuery(trimmed, 'search', 2) : null;
  const rows = await db.read(
    (tx) => (search ? searchEntitiesQuery.run({ first, search }, tx) : listEntitiesQuery.run({ first }, tx)),
    scope,
  );
  return rows.map((row) => row.entity);
}
