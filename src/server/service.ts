/**
 * Starts argmap: Neo4j found or started, migrations applied, the seed maps loaded when absent, and
 * the HTTP server listening. Returns a handle whose close() undoes all of it in reverse order.
 */
import { createServer, type Server } from 'node:http';
import { applyMigrations } from '../neo4j/migrations.ts';
import { Database } from '../neo4j/database.ts';
import { provisionFromConfig, type ProvisionedNeo4j } from '../neo4j/provision.ts';
import { loadSeedFactChecks } from '../fact-checks/seed-fact-checks.ts';
import { loadMissingSeedMaps } from '../maps/seed.ts';
import { bootstrapAdminToken } from '../auth/bootstrap.ts';
import { createApolloServer } from './apollo.ts';
import type { Config } from './config.ts';
import { createHttpApp } from './http-app.ts';
import { serveSubscriptions } from './subscriptions.ts';
import { AuditTrailFollower } from '../live/audit-trail-follower.ts';
import type { Logger } from '../shared/logger.ts';

export interface RunningService {
  url: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const neo4j = await provisionFromConfig(config, (message) => logger.info(message));
  let db: Database | undefined;
  try {
    db = await Database.connect(neo4j.connection, config.queryTimeoutMs);
    logger.info({ uri: neo4j.connection.uri, origin: neo4j.origin }, 'connected to Neo4j');
    await applyMigrations(db);
    if (config.loadSeedMap) {
      const loaded = await loadMissingSeedMaps(db);
      for (const seeded of loaded) logger.info({ map: seeded.map.id, ...seeded.counts }, 'loaded the seed map');
      // A reloaded map has new claims: its fact-checks went with the old ones.
      if (loaded.length > 0) logger.info({ factChecks: await loadSeedFactChecks(db) }, 'loaded the seed fact-checks');
    }
    const apollo = createApolloServer(logger, {
      explorer: config.explorer,
      introspection: config.introspection,
      limits: config.limits,
    });
    await apollo.start();
    const httpApp = createHttpApp(apollo, db, logger, { ...config, mapPages: config.explorer });
    const httpServer = createServer(httpApp);
    // One follower of the audit trail for every subscriber of this instance (docs/live.md).
    const follower = new AuditTrailFollower(db, config.live.pollMs, logger);
    const subscriptions = serveSubscriptions(httpServer, db, logger, follower, {
      reads: config.reads,
      limits: config.limits,
      tokenCacheMs: config.tokenCacheMs,
      perConnection: config.live.perConnection,
      perToken: config.live.perToken,
    });
    const live = {
      close: async () => {
        await subscriptions.close();
        follower.stop();
      },
    };
    const server = await listen(httpServer, config.host, config.port).catch(async (error: unknown) => {
      await live.close();
      throw error;
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`;
    // After listening: a token printed for a service that then failed to start would be lost.
    if (config.bootstrapToken)
      await bootstrapAdminToken(db, logger).catch(async (error: unknown) => {
        await new Promise((resolve) => server.close(resolve));
        throw error;
      });
    logger.info({ url }, 'argmap is serving GraphQL');
    return { url, close: closer(server, live, apollo, db, neo4j, logger, config.limits.requestTimeoutMs) };
  } catch (error) {
    await db?.close();
    await neo4j.stop();
    throw error;
  }
}

function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new PortInUseError(`port ${port} on ${host} is already in use (set ARGMAP_PORT)`) : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Drains, then closes in reverse order: WebSocket subscriptions ended, no new connections, in-flight requests answered (each is
 * bounded by the request deadline, after which any straggling connection is cut), then Apollo,
 * the driver, and a Neo4j this service started.
 */
function closer(
  server: Server,
  live: { close(): Promise<void> },
  apollo: { stop(): Promise<void> },
  db: Database,
  neo4j: ProvisionedNeo4j,
  logger: Logger,
  requestTimeoutMs: number,
) {
  return async () => {
    // WebSockets first: an open socket would keep server.close waiting until the deadline cut.
    await live.close();
    logger.debug('subscriptions closed');
    await new Promise<void>((resolve) => {
      const cut = setTimeout(() => server.closeAllConnections(), requestTimeoutMs + 1_000);
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    });
    logger.debug('HTTP server closed');
    await apollo.stop();
    logger.debug('Apollo stopped');
    await db.close();
    logger.debug('driver closed');
    await neo4j.stop();
    logger.debug('Neo4j stopped');
  };
}
