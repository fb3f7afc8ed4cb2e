/**
 * A conflict the database finds (a uniqueness constraint) reaches the client as CONFLICT and
 * nothing more: the driver's message names labels, properties and values, and must not leak.
 *
 * To reach the constraint without a race, the test leaves a `:Source` of a map id behind with no
 * map: createMap's own check (no `:Map` of that id) passes, and its CREATE of the source then
 * violates the uniqueness of `Source.mapId`.
 */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { translateDriverError } from '../../src/neo4j/driver-errors.ts';
import { ConflictError, ServiceUnavailableError } from '../../src/shared/errors.ts';
import { uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();

const driverText = ['Node(', 'already exists with label', 'Cypher', 'Neo.ClientError', 'ConstraintValidation', 'Source'];

/** Runs createMap for an id whose `:Source` already exists; returns the errors and removes it. */
async function createMapOverAnOrphanSource(): Promise<unknown[]> {
  const mapId = uniqueMapId('orphan-source');
  await api.db.write((tx) => tx.run('CREATE (:Source {mapId: $mapId})', { mapId }));
  try {
    return (await api.run(`mutation { createMap(input: {id: "${mapId}", title: "Orphan"}) { id } }`)).errors ?? [];
  } finally {
    await api.db.write((tx) => tx.run('MATCH (s:Source {mapId: $mapId}) DETACH DELETE s', { mapId }));
  }
}

describe('driver errors: a constraint violation', () => {
  it('answers CONFLICT naming the field, and its JSON holds no driver text', async () => {
    const errors = await createMapOverAnOrphanSource();
    expect(errors).toMatchObject([{ extensions: { code: 'CONFLICT', field: 'id' } }]);
    const json = JSON.stringify(errors);
    expect(driverText.filter((text) => json.includes(text))).toEqual([]);
  });

  it('keeps only the Neo4j code, in a plain field, not the driver message', () => {
    const translated = translateDriverError(
      new Neo4jError(
        'Node(42) already exists with label `Claim`',
        'Neo.ClientError.Schema.ConstraintValidationFailed',
        '22N41',
        '',
      ),
      30,
    );
    expect(translated).toBeInstanceOf(ConflictError);
    expect((translated as ConflictError).neo4jCode).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    expect((translated as ConflictError).cause).toBeUndefined();
    expect(JSON.stringify(translated)).not.toContain('Node(42)');
  });
});

describe('driver errors: Neo4j out of transaction memory', () => {
  // The real limit is exercised in memory-limits.test.ts on a Neo4j of its own; these are the codes
  // of each guard (one transaction, all of them, the heap), which that test cannot all provoke.
  it.each([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.General.TransactionMemoryLimit',
    'Neo.TransientError.General.OutOfMemoryError',
  ])('answers %s as SERVICE_UNAVAILABLE with Retry-After and no driver text', (code) => {
    const translated = translateDriverError(
      new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 1.2 GiB', code, '', ''),
      30,
    );
    expect(translated).toBeInstanceOf(ServiceUnavailableError);
    const error = translated as ServiceUnavailableError;
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(JSON.stringify(error) + error.message).not.toMatch(/allocation|MiB|GiB|Neo\./);
  });
});
