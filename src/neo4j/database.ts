/**
 * The one owner of the Neo4j driver. Every query in argmap runs through `read` or `write`, each a
 * managed transaction (so the driver retries transient failures) tagged with the GraphQL operation
 * that caused it; sessions are closed in `finally`.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError } from '../shared/errors.ts';
import { isUnavailable, translateDriverError } from './driver-errors.ts';
import { defineQuery, type QueryRunner } from './query.ts';
import { touchedElementIds } from './touched-elements.ts';

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

/** Who a write is recorded against in the audit trail (see `Database.write`). */
export interface AuditActor {
  /** The API token's id, or `local` for the trusted command line (seed, import, token). */
  actor: string;
  role: string;
  /** The maps the write touches, as far as the caller named them. */
  mapIds: readonly string[];
  requestId?: string | undefined;
}

/** Per-request bookkeeping: which operation runs the transaction, and a count of round trips. */
export interface QueryScope {
  operationName?: string | undefined;
  countRoundTrip?: () => void;
  /** Set by the mutation guard (src/auth/guard-mutations.ts) for every GraphQL write. */
  audit?: AuditActor | undefined;
  /** Epoch ms by which the request must be answered; transactions get at most the time left. */
  deadline?: number | undefined;
  /**
   * For writes no reader can see: a staged import's batches under its staging id (see importMap).
   * The swap that makes them the map's is recorded, not each batch.
   */
  unaudited?: boolean;
  /**
   * The maps the caller may read (a token limited to maps); null or absent: every map. Listing
   * queries filter by it; single lookups are checked by src/auth/guard-reads.ts.
   */
  readableMaps?: readonly string[] | null;
}

const appendAuditEntry = defineQuery<
  {
    id: string;
    actor: string;
    role: string;
    operation: string;
    mapIds: readonly string[];
    requestId: string | null;
    elementIds: string[];
  },
  never
>('auth/append-audit-entry');

/** How often a Database that lost Neo4j checks whether it is back. */
const reconnectProbeMs = 1_000;

/** Start-up failures that a user can fix: bad credentials, nothing listening, a bad URI. */
export class Neo4jConnectionError extends Error {}

export class Database {
  /** Set while Neo4j is unreachable: requests fail fast until a probe finds it back. */
  private probe: NodeJS.Timeout | undefined;
  private closed = false;

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
        // Transient errors (deadlocks, a leader switch) are retried by managed transactions for up
        // to this long; an unreachable server is detected by then and later requests fail fast.
        maxTransactionRetryTime: 5_000,
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

  /**
   * Runs a write. Every write that names an operation (all GraphQL mutations, the CLI's imports
   * and seed) appends audit entries in the same transaction, so no write commits without its
   * record and no failed write leaves one. Unnamed writes are schema migrations, which Neo4j will
   * not mix with data writes.
   */
  write<T>(work: (tx: QueryRunner) => Promise<T>, scope: QueryScope = {}): Promise<T> {
    const operation = scope.operationName;
    if (scope.unaudited || (!scope.audit && operation === undefined)) return this.transaction('WRITE', work, scope);
    const audit = scope.audit ?? { actor: 'local', role: 'local', mapIds: [] };
    return this.transaction(
      'WRITE',
      async (tx) => {
        const result = await work(tx);
        await appendAuditEntry.run(
          {
            id: randomUUID(),
            actor: audit.actor,
            role: audit.role,
            operation: operation ?? 'internal',
            mapIds: audit.mapIds,
            requestId: audit.requestId ?? null,
            elementIds: touchedElementIds(result),
          },
          tx,
        );
        return result;
      },
      scope,
    );
  }

  /** True while Neo4j is known to be unreachable (until the background probe finds it back). */
  get isDown(): boolean {
    return this.probe !== undefined;
  }

  /** True when the server answers a trivial query now; used by /health. Never retries. */
  async isReachable(): Promise<boolean> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1');
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.probe);
    this.probe = undefined;
    await this.driver.close();
  }

  /** Neo4j went away: fail requests at once and probe in the background until it answers again. */
  private markDown(): void {
    if (this.probe || this.closed) return;
    let probing = false;
    this.probe = setInterval(() => {
      if (probing) return;
      probing = true;
      void this.isReachable().then((up) => {
        probing = false;
        if (up) {
          clearInterval(this.probe);
          this.probe = undefined;
        }
      });
    }, reconnectProbeMs);
    this.probe.unref();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>, scope: QueryScope): Promise<T> {
    if (this.probe) throw new ServiceUnavailableError();
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: mode });
    const metadata = { app: 'argmap', operation: scope.operationName ?? 'internal' };
    const timeout = this.timeoutFor(mode, scope);
    const config = timeout === undefined ? { metadata } : { timeout, metadata };
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
      if (isUnavailable(error)) this.markDown();
      throw translateDriverError(error, (timeout ?? this.transactionTimeoutMs) / 1000);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Reads get the query timeout; within a request with a deadline, nothing gets more than is left. */
  private timeoutFor(mode: 'READ' | 'WRITE', scope: QueryScope): number | undefined {
    const own = mode === 'READ' ? this.transactionTimeoutMs : undefined;
    if (scope.deadline === undefined) return own;
    const left = Math.max(1, scope.deadline - Date.now());
    return own === undefined ? left : Math.min(own, left);
  }
}

function explainConnectFailure(connection: Neo4jConnection, error: unknown): Neo4jConnectionError {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(
      `Neo4j at ${connection.uri} refused the credentials of user "${connection.username}" (check NEO4J_USERNAME and NEO4J_PASSWORD)`,
    );
  }
  if (isUnavailable(error)) {
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
