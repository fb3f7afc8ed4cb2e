import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';

// Neo4j stops a transaction after the configured time; here one second.
const api = useApi({ transactionTimeoutMs: 1000 });

describe('query timeout: a chain query too costly to answer', () => {
  it('is stopped by Neo4j and answered with TIMEOUT', async () => {
    // Seven claims that each support every other: tens of thousands of paths to enumerate.
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const map = await buildMap(
      api,
      'timeout-web',
      keys.flatMap((from) => keys.filter((to) => to !== from).map((to) => `${from} > ${to}`)),
    );
    const error = await api.fails(
      `query($id: ID!) { reasoningChains(conclusionId: $id, maxDepth: 10) { edges { node { length } } } }`,
      {
        id: map.id('a'),
      },
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toMatch(/longer than 1 s/);
  });
});
