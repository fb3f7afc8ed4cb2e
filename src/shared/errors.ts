/**
 * The small family of errors argmap answers with. Each has a fixed `extensions.code` that clients
 * can rely on; the message names the offending field or id. Anything else that escapes a resolver is
 * a plain Error, which Apollo masks as INTERNAL_SERVER_ERROR (with a request id; see apollo.ts).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TIMEOUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED';

abstract class ArgmapError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
    httpStatus?: number,
    retryAfterSeconds?: number,
  ) {
    // `http` (status, headers) matters only where Apollo answers before any resolver runs (context
    // creation, request pipeline hooks); Apollo strips it from the response body.
    const headers = retryAfterSeconds === undefined ? undefined : new Map([['retry-after', String(retryAfterSeconds)]]);
    const http = httpStatus ? { http: { status: httpStatus, ...(headers ? { headers } : {}) } } : {};
    const retry = retryAfterSeconds === undefined ? {} : { retryAfterSeconds };
    // Apollo wants the headers as a Map; graphql-yoga's type augmentation (a dev dependency) says a record.
    const extensions: Record<string, unknown> = { code, ...details, ...retry, ...http };
    super(message, { extensions });
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
  /**
   * The Neo4j status code when the database found the conflict (a constraint, a deadlock), for the
   * log. A plain field, not an extension and not `cause`: the driver's message names labels,
   * properties and values, and nothing of it may reach a client.
   */
  neo4jCode?: string;

  constructor(field: string, message: string, details?: Record<string, unknown>) {
    super('CONFLICT', `${field}: ${message}`, { field, ...details });
  }
}

/**
 * Every 503 says when to come back (Retry-After, seconds) where no better figure is known: the
 * service is overloaded or the database restarting, not gone.
 */
export const defaultRetryAfterSeconds = 5;

/** A query that ran past the transaction timeout; Neo4j stopped it, and nothing was written. */
export class TimeoutError extends ArgmapError {
  constructor(seconds: number) {
    super(
      'TIMEOUT',
      `the query took longer than ${seconds} s and was stopped; ask for less (a smaller maxDepth or limit)`,
      undefined,
      503,
      defaultRetryAfterSeconds,
    );
  }
}

/** No bearer token where one is needed, or one that is unknown, malformed or revoked (HTTP 401). */
export class UnauthenticatedError extends ArgmapError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message, undefined, 401);
  }
}

/** A valid token without the right: a reader writing, or an editor writing another map. */
export class ForbiddenError extends ArgmapError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('FORBIDDEN', message, details, 403);
  }
}

/**
 * The service cannot answer now, but will: Neo4j is not reachable (argmap answers at once instead of
 * waiting, and recovers by itself), the service is busy (admission control), or Neo4j refused the
 * query's memory (its transaction memory limits). HTTP 503 with `Retry-After`.
 */
export class ServiceUnavailableError extends ArgmapError {
  constructor(message = 'the database is not reachable; try again shortly', retryAfterSeconds = defaultRetryAfterSeconds) {
    super('SERVICE_UNAVAILABLE', message, undefined, 503, retryAfterSeconds);
  }

  /** Too many expensive operations at once (src/limits/admission.ts). */
  static busy(reason: string, retryAfterSeconds: number): ServiceUnavailableError {
    return new ServiceUnavailableError(`the service is busy (${reason}); try again in ${retryAfterSeconds} s`, retryAfterSeconds);
  }

  /** Neo4j's transaction memory limit stopped the query; nothing was written. */
  static outOfMemory(): ServiceUnavailableError {
    return new ServiceUnavailableError(
      'the database has no memory left for this query now; try again shortly, or ask for less (a smaller maxDepth or page)',
    );
  }
}

/** Too many requests from one token or client address (src/limits/rate-limit.ts); HTTP 429. */
export class RateLimitedError extends ArgmapError {
  constructor(who: 'token' | 'address', retryAfterSeconds: number) {
    super(
      'RATE_LIMITED',
      `too many requests from this ${who}; try again in ${retryAfterSeconds} s`,
      { limitedBy: who },
      429,
      retryAfterSeconds,
    );
  }
}

/**
 * A WebSocket connection, or a token, already holds as many subscriptions as allowed
 * (ARGMAP_SUBSCRIPTIONS_PER_CONNECTION, ARGMAP_SUBSCRIPTIONS_PER_TOKEN; docs/live.md).
 */
export class TooManySubscriptionsError extends ArgmapError {
  constructor(per: 'connection' | 'token', max: number) {
    super('RATE_LIMITED', `at most ${max} subscriptions per ${per} at once; complete one first`, { limitedBy: per, max });
  }
}
