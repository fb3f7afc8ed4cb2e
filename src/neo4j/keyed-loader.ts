/**
 * Builds DataLoaders over `UNWIND $ids` queries, so that a page of 50 claims asking for their
 * inferences costs one round trip per field, not 50. Queries return rows `{key, item}` or
 * `{key, items}`; keys with no row get null or an empty list, in the order DataLoader asked.
 */
import DataLoader from 'dataloader';
import type { Database, QueryScope } from './database.ts';
import type { PreparedQuery } from './query.ts';

type Ids = { ids: string[] };

export function oneByKeyLoader<Item>(
  db: Database,
  scope: QueryScope,
  query: PreparedQuery<Ids, { key: string; item: Item }>,
): DataLoader<string, Item | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read((tx) => query.run({ ids: [...ids] }, tx), scope);
    const byKey = new Map(rows.map((row) => [row.key, row.item]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

export function manyByKeyLoader<Item>(
  db: Database,
  scope: QueryScope,
  query: PreparedQuery<Ids, { key: string; items: Item[] }>,
): DataLoader<string, Item[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read((tx) => query.run({ ids: [...ids] }, tx), scope);
    const byKey = new Map(rows.map((row) => [row.key, row.items]));
    return ids.map((id) => byKey.get(id) ?? []);
  });
}
