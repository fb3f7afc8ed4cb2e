/**
 * The HTTP surface: POST/GET /graphql (Apollo, CSRF prevention on by default; a browser's GET gets
 * the explorer), GET /health, and the map pages at /maps (see src/web/map-routes.ts).
 */
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import type { Database } from '../neo4j/database.ts';
import { createRequestContext, type RequestContext } from './context.ts';
import type { Logger } from './logger.ts';
import { mapPageRoutes } from '../web/map-routes.ts';

export function createHttpApp(
  apollo: ApolloServer<RequestContext>,
  db: Database,
  logger: Logger,
  options: { mapPages: boolean } = { mapPages: true },
): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.mapPages) {
    app.use(mapPageRoutes(logger));
    app.get('/', (_req, res) => res.redirect('/maps'));
  }
  app.get('/health', async (_req, res) => {
    const neo4jUp = await db.isReachable();
    res.status(neo4jUp ? 200 : 503).json({ status: neo4jUp ? 'ok' : 'degraded', neo4j: neo4jUp ? 'up' : 'down' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createRequestContext(db, logger, (req.body as { operationName?: string } | undefined)?.operationName),
    }),
  );
  return app;
}
