import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { startService, type RunningService } from '../server/service.ts';

/**
 * Serves until SIGINT or SIGTERM, then closes the server, the driver and any Neo4j it started.
 *
 * The handlers are in place before start-up begins: a signal that arrives while Neo4j starts, or
 * between "argmap is serving GraphQL" and the end of start-up, stops the service as soon as it is
 * up, cleanly (exit 0, the local Neo4j and its connection file gone), instead of killing the
 * process half-way. A second signal during start-up gives up at once (exit 130).
 */
export async function serveCommand(config: Config, logger: Logger): Promise<void> {
  // Read by the handlers before start-up ends, so not a const bound after it.
  const state: { service?: RunningService; requested?: string } = {};
  const stop = (signal: string) => {
    if (state.requested !== undefined) {
      if (state.service === undefined) process.exit(130);
      return;
    }
    state.requested = signal;
    if (state.service === undefined) logger.info({ signal }, 'stopping once start-up ends (again to give up now)');
    else close(state.service, signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  state.service = await startService(config, logger);
  if (state.requested !== undefined) close(state.service, state.requested);

  function close(running: RunningService, signal: string) {
    logger.info({ signal }, 'stopping');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  }
}
