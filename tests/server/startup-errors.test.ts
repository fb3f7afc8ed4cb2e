import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/local-server.ts';
import { cliEnv, runCli, type CliOutcome } from '../support/cli.ts';

/** A start-up failure is one line on stderr and a non-zero exit, never a stack trace. */
function expectOneClearLine(outcome: CliOutcome, pattern: RegExp) {
  expect(outcome.code).not.toBe(0);
  const lines = outcome.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^argmap: /);
  expect(lines[0]).toMatch(pattern);
}

describe('argmap serve: start-up errors a user can fix', () => {
  const neo4j = inject('neo4j');
  let blocker: Server;
  let takenPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    takenPort = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('names the credentials when the password is wrong', async () => {
    const outcome = await runCli(['serve'], cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: 'not-the-password' }));
    expectOneClearLine(outcome, /refused the credentials of user "neo4j".*NEO4J_PASSWORD/);
  });

  it('names the URI when nothing answers there', async () => {
    const uri = `bolt://127.0.0.1:${await findFreePort()}`;
    const outcome = await runCli(['serve'], cliEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }));
    expectOneClearLine(outcome, new RegExp(`not reachable at ${uri}`));
  });

  it('names the port when it is taken', async () => {
    const env = cliEnv({ ...connectionEnv(neo4j), ARGMAP_PORT: String(takenPort) });
    const outcome = await runCli(['serve'], env);
    expectOneClearLine(outcome, new RegExp(`port ${takenPort} on 127.0.0.1 is already in use`));
  });

  it.each([
    ['ARGMAP_PORT', 'eighty', /ARGMAP_PORT "eighty" is not a port number/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI "http:\/\/localhost:7474" must start with bolt:\/\//],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL "loud" must be one of/],
  ])('names %s when its value is invalid', async (name, value, pattern) => {
    const outcome = await runCli(['serve'], cliEnv({ ...connectionEnv(neo4j), [name]: value }));
    expectOneClearLine(outcome, pattern);
  });
});

function connectionEnv(neo4j: { uri: string; username: string; password: string }) {
  return { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
}

describe('argmap serve: no NEO4J_URI, no Docker, no Java', () => {
  it('says the three ways out in one line', async () => {
    const outcome = await runCli(
      ['serve'],
      cliEnv({ PATH: '/nonexistent', JAVA_HOME: '/nonexistent', ARGMAP_NEO4J_PROVIDER: 'local' }),
    );
    expectOneClearLine(outcome, /no Neo4j available .*set NEO4J_URI.*Docker.*Java 17\+ and Maven/);
  });
});
