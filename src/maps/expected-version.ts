/**
 * Optimistic concurrency (docs/live.md, "Versions"): a client that read an element at version n
 * passes `expectedVersion: n` to change or delete it; if someone changed it since, the write is
 * refused with CONFLICT and nothing is written. The element stays write-locked until the
 * transaction ends, so two writers holding the same version cannot both pass.
 */
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { ConflictError } from '../shared/errors.ts';

const lockElementVersion = defineQuery<{ id: string }, { version: number }>('maps/lock-element-version');

/**
 * Throws CONFLICT (field `expectedVersion`, the current `version` in extensions) when the element
 * is at another version. No expectation, or no such element: nothing to check (the write itself
 * then answers NOT_FOUND as it always did).
 */
export async function requireVersion(tx: QueryRunner, id: string, expectedVersion: number | null | undefined): Promise<void> {
  if (expectedVersion == null) return;
  const [row] = await lockElementVersion.run({ id }, tx);
  if (row && row.version !== expectedVersion) {
    throw new ConflictError(
      'expectedVersion',
      `"${id}" is at version ${row.version}, not ${expectedVersion}: someone changed it since you read it; read it again`,
      { id, expectedVersion, version: row.version },
    );
  }
}
