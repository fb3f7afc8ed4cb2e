import { loadSeedMap } from '../maps/seed.ts';
import { Database } from '../neo4j/database.ts';
import { applyMigrations } from '../neo4j/migrations.ts';
import { provisionFromConfig } from '../neo4j/provision.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';

/** Reloads the seed map into the configured (or local) Neo4j, then stops what it started. */
export async function seedCommand(config: Config, logger: Logger): Promise<void> {
  const neo4j = await provisionFromConfig(config, (message) => logger.info(message));
  try {
    const db = await Database.connect(neo4j.connection);
    try {
      await applyMigrations(db);
      const seeded = await loadSeedMap(db);
      logger.info({ map: seeded.map.id, created: seeded.created, ...seeded.counts }, 'seed map loaded');
    } finally {
      await db.close();
    }
  } finally {
    await neo4j.stop();
  }
}
