import { loadSeedMaps } from '../maps/seed.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { withDatabase } from './with-database.ts';

/** Reloads the seed maps, in order, into the configured, running or a fresh local Neo4j (see withDatabase). */
export async function seedCommand(config: Config, logger: Logger): Promise<void> {
  const outcomes = await withDatabase(config, logger, loadSeedMaps);
  for (const seeded of outcomes)
    logger.info({ map: seeded.map.id, created: seeded.created, ...seeded.counts, warnings: seeded.warnings }, 'seed map loaded');
}
