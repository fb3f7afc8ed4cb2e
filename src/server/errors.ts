/**
 * The small family of errors argmap answers with. Each has a fixed `extensions.code` that clients
 * can rely on; the message names the offending field or id. Anything else that escapes a resolver is
 * a plain Error, which Apollo masks as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TIMEOUT';

abstract class ArgmapError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

/** Input that no database state could make valid: empty text, a bad offset, a depth out of range. */
export class BadUserInputError extends ArgmapError {
  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field, ...details });
  }
}

/** An id that names nothing in the map or database. */
export class NotFoundError extends ArgmapError {
  constructor(field: string, id: string, what: string) {
    super('NOT_FOUND', `${field}: no ${what} with id "${id}"`, { field, id });
  }
}

/** A write that contradicts what is already stored: a duplicate, or a delete with dependents. */
export class ConflictError extends ArgmapError {
  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super('CONFLICT', `${field}: ${message}`, { field, ...details });
  }
}

/** A query that ran past the transaction timeout; Neo4j stopped it, and nothing was written. */
export class TimeoutError extends ArgmapError {
  constructor(seconds: number) {
    super('TIMEOUT', `the query took longer than ${seconds} s and was stopped; ask for less (a smaller maxDepth or limit)`);
  }
}

/**
 * The one place where driver failures become GraphQL errors. A uniqueness-constraint violation
 * means a concurrent writer created the same id first, which the client must treat as a conflict;
 * everything else stays an internal error.
 */
export function translateDriverError(error: unknown, timeoutSeconds: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('id', 'already exists (created concurrently)', { cause: error.message });
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new TimeoutError(timeoutSeconds);
  return error;
}
