/**
 * Structured logs, one JSON line per event (pino, the fastest maintained Node logger), or a
 * readable coloured line when a person is watching (pino-pretty).
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

export function createLogger(level: string, format: LogFormat): Logger {
  return pino({
    name: 'argmap',
    level,
    ...(format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,name' },
          },
        }
      : {}),
  });
}
