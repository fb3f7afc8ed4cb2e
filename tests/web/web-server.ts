/**
 * The service's HTTP app, in-process, on a free loopback port, over the test run's Neo4j: what a
 * browser sees after `npm start`, minus provisioning (the global setup did that and seeded the map).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createToken } from '../../src/auth/token-store.ts';
import { defaultLimits, noRateLimits } from '../../src/limits/limits.ts';
import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';
import { createApolloServer, type ApolloOptions } from '../../src/server/apollo.ts';
import { createHttpApp } from '../../src/server/http-app.ts';

export interface WebServer {
  origin: string;
  /** POSTs an operation, with an editor token, to /graphql; returns its data (or throws its first error). */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startWebServer(options: ApolloOptions = { explorer: true, introspection: true }): Promise<WebServer> {
  const silent = pino({ level: 'silent' });
  const db = await Database.connect(inject('neo4j'));
  // No rate limits: a browser test's page loads and setup writes all come from one address.
  const apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits }, ...options });
  await apollo.start();
  const server = createServer(
    createHttpApp(apollo, db, silent, { reads: 'public', corsOrigins: [], limits: defaultLimits, mapPages: options.explorer }),
  );
  // The pages only read; the tests' own setup writes (importMap), and writes need a token.
  const { token } = await createToken(db, { role: 'editor', name: 'web tests' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    async graphql(query, variables = {}) {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors[0]!.message);
      return body.data;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      await db.close();
    },
  };
}
