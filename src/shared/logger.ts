/**
 * Structured logs, one JSON line per event (pino, the fastest maintained Node logger), or a
 * readable coloured line when a person is watching (pino-pretty).
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

/** `fd` 2 sends the logs to stderr, for commands whose stdout is their product (a map, a token). */
export function createLogger(level: string, format: LogFormat, fd: 1 | 2 = 1): Logger {
  return pino(
    {
      name: 'argmap',
      level,
      ...(format === 'pretty'
        ? {
            transport: {
              target: 'pino-pretty',
              options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,name', destination: fd },
            },
          }
        : {}),
    },
    // pino's own default for stdout; a transport brings its own destination.
    fd === 1 || format === 'pretty' ? undefined : pino.destination({ fd, sync: true }),
  );
}
