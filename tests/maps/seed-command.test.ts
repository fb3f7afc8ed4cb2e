import { describe, expect, inject, it } from 'vitest';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { cliEnv, runCli } from '../support/cli.ts';

describe('argmap seed', () => {
  it('reloads the seed map into the given Neo4j and exits', async () => {
    const neo4j = inject('neo4j');
    const outcome = await runCli(
      ['seed'],
      cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password }),
    );
    expect(outcome.code).toBe(0);
    const loaded = outcome.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((entry) => entry.msg === 'seed map loaded');
    // The run's global setup loaded it already: a reload finds it and, being idempotent, keeps it.
    const seed = readSeedDocument() as Record<'claims' | 'inferences' | 'attacks' | 'actors', unknown[]>;
    expect(loaded).toMatchObject({
      map: 'editorial',
      created: false,
      claims: seed.claims.length,
      inferences: seed.inferences.length,
      attacks: seed.attacks.length,
      actors: seed.actors.length,
    });
  });
});
