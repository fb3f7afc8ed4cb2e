/** The HTTP surface: POST/GET /graphql (Apollo, CSRF prevention on by default) and GET /health. */
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express } from 'express';
import type { Database } from '../neo4j/database.ts';
import { createRequestContext, type RequestContext } from './context.ts';
import type { Logger } from './logger.ts';

export function createHttpApp(apollo: ApolloServer<RequestContext>, db: Database, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
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
