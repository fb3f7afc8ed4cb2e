import { loadSeedFactChecks } from '../fact-checks/seed-fact-checks.ts';
import { loadSeedMaps } from '../maps/seed.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { withDatabase } from './with-database.ts';

/** Reloads the seed maps, in order, then the seed's fact-checks, into the configured, running or a fresh local Neo4j (see withDatabase). */
export async function seedCommand(config: Config, logger: Logger): Promise<void> {
  const { outcomes, factChecks } = await withDatabase(config, logger, async (db) => ({
    outcomes: await loadSeedMaps(db),
    factChecks: await loadSeedFactChecks(db),
  }));
  for (const seeded of outcomes)
    logger.info({ map: seeded.map.id, created: seeded.created, ...seeded.counts, warnings: seeded.warnings }, 'seed map loaded');
  logger.info({ factChecks }, 'seed fact-checks loaded (seed/fact-checks.json, invented, not real reviews)');
}
