import { loadSeedMap } from '../maps/seed.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { withDatabase } from './with-database.ts';

/** Reloads the seed map into the configured, running or a fresh local Neo4j (see withDatabase). */
export async function seedCommand(config: Config, logger: Logger): Promise<void> {
  const seeded = await withDatabase(config, logger, loadSeedMap);
  logger.info({ map: seeded.map.id, created: seeded.created, ...seeded.counts }, 'seed map loaded');
}
