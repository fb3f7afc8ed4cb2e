/**
 * Reads of a map's changes (docs/live.md): its audit entries, numbered 1, 2, 3… in commit order by
 * the map's AuditSequence. A cursor is a change's number as a string.
 */
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import type { MapChangeRecord } from '../graphql/records/map-change-record.ts';
import { BadUserInputError } from '../shared/errors.ts';
import { checkRange } from '../shared/ranges.ts';

const mapChangesQuery = defineQuery<{ mapId: string; after: number; first: number }, { change: MapChangeRecord }>(
  'live/map-changes',
);
const changesAfterQuery = defineQuery<
  { cursors: { mapId: string; after: number }[]; first: number },
  { change: MapChangeRecord }
>('live/changes-after');
const lastChangeQuery = defineQuery<{ mapId: string }, { sequence: number }>('live/last-change');

/** The change number a cursor names; BAD_USER_INPUT (naming `field`) for anything else. */
export function parseCursor(cursor: string | null | undefined, field = 'after'): number | undefined {
  if (cursor == null) return undefined;
  if (!/^(0|[1-9]\d{0,14})$/.test(cursor)) throw new BadUserInputError(field, 'must be the cursor of a MapChange');
  return Number(cursor);
}

export async function mapChanges(
  db: Database,
  scope: QueryScope,
  mapId: string,
  after: number | undefined,
  first: number,
): Promise<MapChangeRecord[]> {
  checkRange(first, 'first', 1, 100);
  const rows = await db.read((tx) => mapChangesQuery.run({ mapId, after: after ?? 0, first }, tx), scope);
  return rows.map((row) => row.change);
}

/** The changes of several maps after their cursors, at most `first` per map. */
export async function changesAfter(
  db: Database,
  cursors: { mapId: string; after: number }[],
  first: number,
): Promise<MapChangeRecord[]> {
  const rows = await db.read((tx) => changesAfterQuery.run({ cursors, first }, tx), { operationName: 'mapChanged' });
  return rows.map((row) => row.change);
}

export async function lastChange(db: Database, scope: QueryScope, mapId: string): Promise<number> {
  const [row] = await db.read((tx) => lastChangeQuery.run({ mapId }, tx), scope);
  return row?.sequence ?? 0;
}
