/**
 * The real HTTP app (helmet, CORS, body limit, deadline, authentication, Apollo) on a loopback
 * port against the test run's Neo4j, for tests that need HTTP itself: status codes, headers, tokens.
 */
import { createServer, type Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Admission } from '../../src/limits/admission.ts';
import { defaultLimits, noRateLimits, type Limits } from '../../src/limits/limits.ts';
import { Database } from '../../src/neo4j/database.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import type { Config } from '../../src/server/config.ts';
import type { RequestContext } from '../../src/graphql/context.ts';
import { createHttpApp } from '../../src/server/http-app.ts';

export interface HttpOptions {
  reads?: Config['reads'];
  corsOrigins?: string[];
  tokenCacheMs?: number;
  /** The token cache's clock; a test passes its own to move time without waiting. */
  now?: () => number;
  limits?: Partial<Limits>;
  logger?: Logger;
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** Admission control the test holds a handle on (to fill it, and to watch its queue). */
  admission?: Admission;
}

export interface TestServer {
  db: Database;
  url: string;
  /** POSTs a GraphQL request; returns status, headers and the parsed body. */
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: any[] } }>;
}

export function useHttpServer(options: HttpOptions = {}): TestServer {
  let db: Database;
  let server: Server;
  let apollo: ReturnType<typeof createApolloServer>;
  const handle: TestServer = {
    get db() {
      return db;
    },
    url: '',
    async post(body, headers = {}) {
      const response = await fetch(handle.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
    },
  };
  beforeAll(async () => {
    // Rate limits only where a test asks for them: test files send hundreds of requests from one address.
    const limits = { ...defaultLimits, rate: noRateLimits, ...options.limits };
    const logger = options.logger ?? pino({ level: 'silent' });
    db = await Database.connect(inject('neo4j'));
    apollo = createApolloServer(logger, { limits, plugins: options.plugins, admission: options.admission });
    await apollo.start();
    const app = createHttpApp(apollo, db, logger, {
      reads: options.reads ?? 'public',
      corsOrigins: options.corsOrigins ?? [],
      limits,
      tokenCacheMs: options.tokenCacheMs,
      now: options.now,
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    handle.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await apollo?.stop();
    await db?.close();
  });
  return handle;
}
