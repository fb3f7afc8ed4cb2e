/** What every resolver receives: the database, this request's loaders, its caller and query scope. */
import { randomUUID } from 'node:crypto';
import { anonymous, type Caller } from './caller.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import type { Logger } from '../shared/logger.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { ChangeFollower } from './records/map-change-record.ts';

export interface RequestContext {
  db: Database;
  scope: QueryScope;
  loaders: Loaders;
  logger: Logger;
  /**
   * Who is asking (anonymous unless a valid bearer token came with the request), from a token
   * lookup that may be a few seconds old (ARGMAP_TOKEN_CACHE_MS); enough for reads.
   */
  caller: Caller;
  /** The caller looked up afresh, for writes; absent when the caller was given in-process. */
  refreshCaller?: () => Promise<Caller>;
  /** The client's IP address (HTTP only), for the per-address rate limit. */
  clientAddress?: string;
  /** Echoed in X-Request-Id and in masked errors; the log line of an unexpected error carries it. */
  requestId: string;
  /** Cypher round trips made so far by this request (tests and benchmarks read it). */
  roundTrips: () => number;
  /** The service's follower of the audit trail; set only for subscriptions (src/server/subscriptions.ts). */
  changes?: ChangeFollower;
}

export interface RequestOptions {
  caller?: Caller;
  requestId?: string;
  /** Epoch ms by which the request must be answered (ARGMAP_REQUEST_TIMEOUT_MS). */
  deadline?: number;
  refreshCaller?: () => Promise<Caller>;
  clientAddress?: string;
  changes?: ChangeFollower;
}

export function createRequestContext(
  db: Database,
  logger: Logger,
  operationName?: string | null,
  options: RequestOptions = {},
): RequestContext {
  let roundTrips = 0;
  const scope: QueryScope = {
    operationName: operationName ?? undefined,
    countRoundTrip: () => void roundTrips++,
    deadline: options.deadline,
  };
  return {
    db,
    scope,
    loaders: createLoaders(db, scope, options.caller?.maps ?? null),
    logger,
    caller: options.caller ?? anonymous,
    refreshCaller: options.refreshCaller,
    clientAddress: options.clientAddress,
    requestId: options.requestId ?? randomUUID(),
    roundTrips: () => roundTrips,
    changes: options.changes,
  };
}
