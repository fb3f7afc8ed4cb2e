/**
 * The one owner of the Neo4j driver. Every query in argmap runs through `read` or `write`, each a
 * managed transaction (so the driver retries transient failures) tagged with the GraphQL operation
 * that caused it; sessions are closed in `finally`.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { translateDriverError } from '../server/errors.ts';
import type { QueryRunner } from './query.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  /** Defaults to the server's home database. */
  database?: string | undefined;
}

/**
 * Neo4j stops every read transaction that runs longer than this (ARGMAP_QUERY_TIMEOUT_MS). Chain
 * queries enumerate paths, and a dense web of mutual support has exponentially many; the timeout
 * bounds what one request can cost. Writes are bounded by their input instead (a large import
 * may rightly take longer).
 */
export const defaultTransactionTimeoutMs = 20_000;

/** Per-request bookkeeping: which operation runs the transaction, and a count of round trips. */
export interface QueryScope {
  operationName?: string | undefined;
  countRoundTrip?: () => void;
}

/** Start-up failures that a user can fix: bad credentials, nothing listening, a bad URI. */
export class Neo4jConnectionError extends Error {}

export class Database {
  private constructor(
    readonly driver: Driver,
    readonly connection: Neo4jConnection,
    private readonly transactionTimeoutMs: number,
  ) {}

  /** Opens a driver and proves the server answers and accepts the credentials. */
  static async connect(connection: Neo4jConnection, transactionTimeoutMs = defaultTransactionTimeoutMs): Promise<Database> {
    let driver: Driver;
    try {
      driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
        disableLosslessIntegers: true,
        connectionTimeout: 10_000,
        connectionAcquisitionTimeout: 20_000,
        userAgent: 'argmap',
      });
    } catch (error) {
      throw new Neo4jConnectionError(`NEO4J_URI "${connection.uri}" is not a Neo4j URI: ${messageOf(error)}`);
    }
    try {
      // verifyAuthentication answers false (rather than throwing) for credentials the server refuses.
      if (!(await driver.verifyAuthentication({ database: connection.database }))) {
        throw new Neo4jError('authentication failed', 'Neo.ClientError.Security.Unauthorized', '50N42', 'authentication failed');
      }
    } catch (error) {
      await driver.close();
      throw explainConnectFailure(connection, error);
    }
    return new Database(driver, connection, transactionTimeoutMs);
  }

  read<T>(work: (tx: QueryRunner) => Promise<T>, scope: QueryScope = {}): Promise<T> {
    return this.transaction('READ', work, scope);
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>, scope: QueryScope = {}): Promise<T> {
    return this.transaction('WRITE', work, scope);
  }

  /** True when the server answers a trivial query; used by /health. */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.connection.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>, scope: QueryScope): Promise<T> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: mode });
    const metadata = { app: 'argmap', operation: scope.operationName ?? 'internal' };
    const config = mode === 'READ' ? { timeout: this.transactionTimeoutMs, metadata } : { metadata };
    const counted = (tx: ManagedTransaction): QueryRunner => ({
      run: ((...args: Parameters<ManagedTransaction['run']>) => {
        scope.countRoundTrip?.();
        return tx.run(...args);
      }) as ManagedTransaction['run'],
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(counted(tx)), config)
        : await session.executeWrite((tx) => work(counted(tx)), config);
    } catch (error) {
      throw translateDriverError(error, this.transactionTimeoutMs / 1000);
    } finally {
      await session.close();
    }
  }
}

function explainConnectFailure(connection: Neo4jConnection, error: unknown): Neo4jConnectionError {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(
      `Neo4j at ${connection.uri} refused the credentials of user "${connection.username}" (check NEO4J_USERNAME and NEO4J_PASSWORD)`,
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jConnectionError(
      `Neo4j is not reachable at ${connection.uri} (is it running? check NEO4J_URI): ${messageOf(error)}`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jConnectionError(`Neo4j at ${connection.uri} has no database "${connection.database}" (check NEO4J_DATABASE)`);
  }
  return new Neo4jConnectionError(`could not connect to Neo4j at ${connection.uri}: ${messageOf(error)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
