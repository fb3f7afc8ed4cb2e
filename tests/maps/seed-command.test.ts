import { describe, expect, inject, it } from 'vitest';
import { readSeedDocument, seedMapIds } from '../../src/maps/seed.ts';
import { cliEnv, runCli } from '../support/cli.ts';

describe('argmap seed', () => {
  it('reloads the seed maps, editorial first, into the given Neo4j and exits', async () => {
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
      .filter((entry) => entry.msg === 'seed map loaded');
    // The run's global setup loaded them already: a reload finds them and, being idempotent, keeps them.
    expect(loaded).toEqual(
      seedMapIds.map((mapId) => {
        const seed = readSeedDocument(mapId) as Record<'claims' | 'inferences' | 'attacks' | 'actors', unknown[]>;
        return expect.objectContaining({
          map: mapId,
          created: false,
          claims: seed.claims.length,
          inferences: seed.inferences.length,
          attacks: seed.attacks.length,
          actors: seed.actors.length,
          warnings: [],
        });
      }),
    );
  });
});
