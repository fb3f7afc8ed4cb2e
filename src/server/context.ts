/** What every resolver receives: the database, this request's loaders and its query scope. */
import type { Database, QueryScope } from '../neo4j/database.ts';
import type { Logger } from './logger.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface RequestContext {
  db: Database;
  scope: QueryScope;
  loaders: Loaders;
  logger: Logger;
  /** Cypher round trips made so far by this request (tests and benchmarks read it). */
  roundTrips: () => number;
}

export function createRequestContext(db: Database, logger: Logger, operationName?: string | null): RequestContext {
  let roundTrips = 0;
  const scope: QueryScope = { operationName: operationName ?? undefined, countRoundTrip: () => void roundTrips++ };
  return { db, scope, loaders: createLoaders(db, scope), logger, roundTrips: () => roundTrips };
}
