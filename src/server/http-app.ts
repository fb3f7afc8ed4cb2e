/**
 * The HTTP surface: POST/GET /graphql (Apollo: GraphQL over HTTP, CSRF prevention on; a browser's
 * GET gets the explorer), GET /health, and the map pages at /maps (src/web/map-routes.ts). Around them: a request id on every response, security headers (helmet, with a CSP
 * that the explorer and map pages work under), CORS for allow-listed origins only, a body size
 * limit, a per-request deadline, and JSON errors (never an HTML stack page) for bodies that fail.
 */
import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { Authenticator, defaultTokenCacheMs } from '../auth/authenticate.ts';
import type { Database } from '../neo4j/database.ts';
import type { Config } from './config.ts';
import { createRequestContext, type RequestContext } from '../graphql/context.ts';
import { UnauthenticatedError } from '../shared/errors.ts';
import type { Logger } from '../shared/logger.ts';
import { mapPageRoutes } from '../web/map-routes.ts';

export type HttpOptions = Pick<Config, 'reads' | 'corsOrigins' | 'limits'> &
  Partial<Pick<Config, 'tokenCacheMs'>> & {
    mapPages?: boolean;
    /** The clock the token cache ages by (default Date.now); tests pass their own to move time. */
    now?: () => number;
  };

/**
 * The CSP every page is served under; inline scripts and styles are allowed for the pages, and
 * `data:` fonts for the explorer, whose renderer inlines GraphiQL's fonts.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
};

export function createHttpApp(apollo: ApolloServer<RequestContext>, db: Database, logger: Logger, options: HttpOptions): Express {
  const app = express();
  const authenticator = new Authenticator(db, options.tokenCacheMs ?? defaultTokenCacheMs, options.now);
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy } }));
  if (options.mapPages ?? true) {
    app.use(mapPageRoutes(logger));
    app.get('/', (_req, res) => res.redirect('/maps'));
  }
  app.get('/health', async (_req, res) => {
    const neo4jUp = await db.isReachable();
    res.status(neo4jUp ? 200 : 503).json({ status: neo4jUp ? 'ok' : 'degraded', neo4j: neo4jUp ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins.length ? options.corsOrigins : false, maxAge: 600 }),
    deadline(options.limits.requestTimeoutMs, Math.max(1, Math.ceil(options.limits.admission.waitMs / 1000))),
    express.json({ limit: options.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const header = req.headers.authorization;
        const caller = await authenticator.authenticate(header);
        if (options.reads === 'token' && caller.role === null) {
          throw new UnauthenticatedError('this server answers only requests with a bearer token');
        }
        return createRequestContext(db, logger, (req.body as { operationName?: string } | undefined)?.operationName, {
          caller,
          requestId: res.locals.requestId as string,
          deadline: res.locals.deadline as number,
          refreshCaller: () => authenticator.authenticate(header, 0),
          // The socket's address: behind a reverse proxy all clients share the proxy's (docs/production.md).
          clientAddress: req.socket.remoteAddress,
        });
      },
    }),
  );
  app.use(jsonErrors(logger));
  return app;
}

const requestId: RequestHandler = (_req, res, next) => {
  res.locals.requestId = randomUUID();
  res.setHeader('X-Request-Id', res.locals.requestId as string);
  next();
};

/**
 * Answers TIMEOUT (503) when a request outlives `ms`; its transactions get at most the time left.
 * With Retry-After, as every 503 of argmap: the service is overloaded or the ask too big, not gone.
 */
function deadline(ms: number, retryAfterSeconds: number): RequestHandler {
  return (_req, res, next) => {
    res.locals.deadline = Date.now() + ms;
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader('Retry-After', String(retryAfterSeconds));
      res.status(503).json(graphQLError('TIMEOUT', `the request took longer than ${ms / 1000} s`, res.locals.requestId));
    }, ms);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/** A body the JSON parser refused (malformed, too large) is a 4xx GraphQL error; anything else 500. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  // Four parameters: that is how express recognises an error handler.
  return (error: { status?: number; type?: string }, _req, res, _next) => {
    // Already answered (the deadline fired first): Apollo's late write failed, and that is fine.
    if (res.headersSent) return;
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const id = res.locals.requestId as string;
    if (status === 500) logger.error({ err: error, requestId: id }, 'unexpected error in the HTTP layer');
    const message =
      status === 413
        ? 'the request body is too large'
        : status === 500
          ? 'Internal server error'
          : 'the request body is not valid JSON';
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    res.status(status).json(graphQLError(code, message, id));
  };
}

function graphQLError(code: string, message: string, id: unknown) {
  return { errors: [{ message, extensions: { code, requestId: id } }] };
}
