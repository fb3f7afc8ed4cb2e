import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { startService } from '../server/service.ts';

/** Serves until SIGINT or SIGTERM, then closes the server, the driver and any Neo4j it started. */
export async function serveCommand(config: Config, logger: Logger): Promise<void> {
  const service = await startService(config, logger);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
