/**
 * Driver failures → the error family of src/shared/errors.ts. It lives beside the one owner of the
 * driver (database.ts, its only caller) so that src/shared/ depends on no driver.
 */
import { Neo4jError } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError, TimeoutError } from '../shared/errors.ts';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Neo4j's memory guards (db.memory.transaction.max per transaction, .total.max for all of them, and
 * the heap itself): the query was stopped and nothing was written, and the server lives on.
 */
const memoryCodes = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/** True for the driver's "no server to talk to" failures (as opposed to a query's own error). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && unavailableCodes.has(error.code);
}

/**
 * The one place where driver failures become GraphQL errors. A uniqueness-constraint violation
 * means a concurrent writer created the same id first, which the client must treat as a conflict;
 * a deadlock that outlived the driver's retries is a conflict too; a query over Neo4j's memory
 * limits is SERVICE_UNAVAILABLE; everything else stays internal.
 */
export function translateDriverError(error: unknown, timeoutSeconds: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return conflict('already exists (created concurrently)', error.code);
  }
  if (error.code === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return conflict('a concurrent write touched the same elements; try again', error.code);
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TimeoutError(timeoutSeconds);
  if (unavailableCodes.has(error.code)) return new ServiceUnavailableError();
  if (memoryCodes.has(error.code)) return ServiceUnavailableError.outOfMemory();
  return error;
}

/** A CONFLICT that keeps only the driver's status code: its message would leak labels and values. */
function conflict(message: string, neo4jCode: string): ConflictError {
  const error = new ConflictError('id', message);
  error.neo4jCode = neo4jCode;
  return error;
}
