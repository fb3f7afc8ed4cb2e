/**
 * Driver failures → the error family of src/shared/errors.ts. It lives beside the one owner of the
 * driver (database.ts, its only caller) so that src/shared/ depends on no driver.
 */
import { Neo4jError } from 'neo4j-driver';
import { ConflictError, ServiceUnavailableError, TimeoutError } from '../shared/errors.ts';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True for the driver's "no server to talk to" failures (as opposed to a query's own error). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && unavailableCodes.has(error.code);
}

/**
 * The one place where driver failures become GraphQL errors. A uniqueness-constraint violation
 * means a concurrent writer created the same id first, which the client must treat as a conflict;
 * a deadlock that outlived the driver's retries is a conflict too; everything else stays internal.
 */
export function translateDriverError(error: unknown, timeoutSeconds: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('id', 'already exists (created concurrently)', { cause: error.message });
  }
  if (error.code === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return new ConflictError('id', 'a concurrent write touched the same elements; try again');
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TimeoutError(timeoutSeconds);
  if (unavailableCodes.has(error.code)) return new ServiceUnavailableError();
  return error;
}
