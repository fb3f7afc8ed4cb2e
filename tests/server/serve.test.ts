import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cliEnv, startCli, waitForLine } from '../support/cli.ts';

describe('argmap serve: with NEO4J_URI set', () => {
  const neo4j = inject('neo4j');
  let service: ChildProcess;
  let url: string;
  let startupLog: { msg: string; origin?: string; uri?: string }[];

  beforeAll(async () => {
    service = startCli(
      ['serve'],
      cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, ARGMAP_PORT: '0' }),
    );
    startupLog = (await waitForLine(service, /argmap is serving GraphQL/)).map((line) => JSON.parse(line));
    url = (startupLog.at(-1) as unknown as { url: string }).url;
  });
  afterAll(() => {
    if (service.exitCode === null) service.kill('SIGKILL');
  });

  it('uses that server and starts none of its own', async () => {
    expect(startupLog).toContainEqual(
      expect.objectContaining({ msg: 'connected to Neo4j', origin: 'configured', uri: neo4j.uri }),
    );
    expect(startupLog.map((entry) => entry.msg).join('\n')).not.toMatch(/local Neo4j|Docker/);
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('answers GraphQL over HTTP from the given database', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ map(id: "editorial") { id counts { claims } } }' }),
    });
    const body = (await response.json()) as { data: { map: { id: string; counts: { claims: number } } } };
    expect(body.data.map.id).toBe('editorial');
    expect(body.data.map.counts.claims).toBeGreaterThan(40);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const query = new URL(url);
    query.searchParams.set('query', '{ maps { id } }');
    expect((await fetch(query)).status).toBe(400);
    expect((await fetch(query, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => service.once('exit', resolve));
    service.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
