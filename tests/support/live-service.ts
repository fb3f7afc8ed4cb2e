/**
 * Real argmap services for the subscription tests: startService (HTTP, WebSocket, its own driver
 * and audit-trail follower) on port 0 over the test run's Neo4j, several of them at once when a
 * test needs "two instances, one database", and graphql-ws clients over real WebSockets.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, inject } from 'vitest';
import WebSocket from 'ws';
import { readConfig } from '../../src/server/config.ts';
import { startService, type RunningService } from '../../src/server/service.ts';
import { createLogger } from '../../src/shared/logger.ts';
import { pollUntil } from './poll.ts';

export interface LiveService {
  url: string;
  wsUrl: string;
  /** POSTs an operation; returns the parsed body. */
  post(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
}

/** Starts a service with these extra settings (ARGMAP_…); it is closed after the file's tests. */
export function useLiveServices(): (env?: Record<string, string>) => Promise<LiveService> {
  const running: RunningService[] = [];
  afterAll(async () => {
    await Promise.all(running.map((service) => service.close()));
  });
  return async (env = {}) => {
    const neo4j = inject('neo4j');
    const config = readConfig({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      ARGMAP_PORT: '0',
      ARGMAP_SEED: 'false',
      ARGMAP_BOOTSTRAP_TOKEN: 'false',
      ARGMAP_CHANGE_POLL_MS: '50',
      ...env,
    });
    const service = await startService(config, createLogger(process.env.ARGMAP_TEST_LOG ?? 'silent', 'json', 2));
    running.push(service);
    return {
      url: service.url,
      wsUrl: service.url.replace(/^http/, 'ws'),
      async post(query, variables = {}, token) {
        const response = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return response.json();
      },
    };
  };
}

/** What one subscription has seen so far. */
export interface Watch {
  results: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  errors: unknown[];
  completed: boolean;
  stop(): void;
  /** Waits (bounded) until `count` results have come, and returns them. */
  until(count: number): Promise<Watch['results']>;
}

export function connect(
  service: LiveService,
  token?: string,
): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  let onClosed: (event: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: service.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    on: { closed: (event) => onClosed(event as { code: number; reason: string }) },
  });
  return { client, closed };
}

export function watch(client: Client, query: string, variables: Record<string, unknown>): Watch {
  const seen: Watch = {
    results: [],
    errors: [],
    completed: false,
    stop: () => {},
    until: (count) =>
      pollUntil(`${count} results of ${query}`, async () => (seen.results.length >= count ? seen.results : undefined), {
        timeoutMs: 15_000,
        intervalMs: 25,
      }),
  };
  seen.stop = client.subscribe(
    { query, variables },
    {
      next: (result) => void seen.results.push(result as Watch['results'][number]),
      error: (error) => void seen.errors.push(error),
      complete: () => void (seen.completed = true),
    },
  );
  return seen;
}
