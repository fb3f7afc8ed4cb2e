/**
 * The one way a command line command opens the database. Every command that needs Neo4j (seed,
 * import, export, token …, and new ones) runs its work through `withDatabase` instead of writing
 * out the provision/connect/close/stop sequence itself.
 */
import { Database } from '../neo4j/database.ts';
import { applyMigrations } from '../neo4j/migrations.ts';
import { provisionFromConfig } from '../neo4j/provision.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';

export interface WithDatabaseOptions {
  /** Each transaction's deadline; Database.connect's default when absent. */
  queryTimeoutMs?: number;
}

/**
 * Runs `work` against the Neo4j of `config` and returns what it returns.
 *
 * - Which Neo4j: NEO4J_URI when set; otherwise the local Neo4j already running on
 *   ARGMAP_NEO4J_HOME (published by `argmap serve` or another command); otherwise one started
 *   here (Docker, or the local launcher), as `provisionFromConfig` decides.
 * - Before `work`: the driver is connected and has proven the credentials, and the schema
 *   migrations are applied (idempotent), so `work` may read and write at once.
 * - After `work`, whether it returned or threw: the driver is closed, then a Neo4j started here is
 *   stopped; a configured or already running one is left running. `work`'s error is rethrown as is.
 * - Failures to get a Neo4j surface as the user-fixable errors main.ts prints in one line
 *   (Neo4jUnavailableError, LocalNeo4jStartError, Neo4jConnectionError).
 * - Progress ("local Neo4j ready …", "using the local Neo4j already running …") goes to `logger`.
 */
export async function withDatabase<T>(
  config: Config,
  logger: Logger,
  work: (db: Database) => Promise<T>,
  options: WithDatabaseOptions = {},
): Promise<T> {
  const neo4j = await provisionFromConfig(config, (message) => logger.info(message));
  try {
    const db = await Database.connect(neo4j.connection, options.queryTimeoutMs);
    try {
      await applyMigrations(db);
      return await work(db);
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}
