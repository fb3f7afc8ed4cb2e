/**
 * "No N+1": a page of claims reads its neighbourhood (inferences, premises, conclusions, attacks,
 * attackers, actors) along with the page, other nested fields cost one round trip each (DataLoaders
 * batch the page), and a chain query costs one, however many claims or chains there are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';

const api = useApi();

/** 60 claims c00..c59: each from c02 on concluded from its two predecessors (linked), every third
 * rebutted by its successor, every fifth undercut, each asserted by one of five actors and about another. */
function sixtyClaims(): string[] {
  const key = (index: number) => `c${String(index).padStart(2, '0')}`;
  return Array.from({ length: 60 }, (_, index) => [
    index >= 2 ? `${key(index - 2)}+${key(index - 1)} > ${key(index)}` : key(index),
    ...(index % 3 === 0 && index < 59 ? [`${key(index + 1)} rebuts ${key(index)}`] : []),
    ...(index % 5 === 0 && index >= 2 ? [`${key(index - 1)} undercuts ${key(index - 2)}.${key(index - 1)}-${key(index)}`] : []),
    `p${index % 5} asserts ${key(index)}`,
    `${key(index)} about p${(index + 1) % 5}`,
  ]).flat();
}

const pageQuery = `query($mapId: ID!, $first: Int!) {
  claims(filter: { mapId: $mapId }, first: $first) {
    nodes { text role supportedBy { premises { text } } attackedBy { attacker { text } } assertedBy { name } about { name } }
  }
}`;

describe('round trips: a page of claims with nested relations', () => {
  let map: BuiltMap;
  beforeAll(async () => {
    map = await buildMap(api, 'sixty', sixtyClaims());
  });

  it('costs a small constant: the page with its neighbourhood, then one batch per other nested field', async () => {
    const result = await api.run(pageQuery, { mapId: map.mapId, first: 50 });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.claims.nodes;
    expect(nodes).toHaveLength(50);
    expect(nodes.filter((node: { attackedBy: unknown[] }) => node.attackedBy.length > 0).length).toBeGreaterThan(10);
    // the page and its neighbourhood (one transaction), then role
    expect(result.roundTrips).toBe(3);
  });

  it('answers a page read ahead exactly as its claims answer one by one through the loaders', async () => {
    const fields = `id text supportedBy { id schemeName premises { id text } } supports { id conclusion { id text } }
      attackedBy { id kind attacker { id text } } assertedBy { id name } about { id name }`;
    const page = await api.ok(`query($mapId: ID!) { claims(filter: { mapId: $mapId }, first: 60) { nodes { ${fields} } } }`, {
      mapId: map.mapId,
    });
    const oneByOne = await Promise.all(
      page.claims.nodes.map(
        async ({ id }: { id: string }) => (await api.ok(`query($id: ID!) { claim(id: $id) { ${fields} } }`, { id })).claim,
      ),
    );
    expect(page.claims.nodes).toHaveLength(60);
    expect(page.claims.nodes.some((node: { supports: unknown[] }) => node.supports.length > 1)).toBe(true);
    expect(page.claims.nodes).toEqual(oneByOne);
  });

  it("reads ahead through fragments, edges and a map's own claims too", async () => {
    const result = await api.run(
      `query($mapId: ID!) {
        map(id: $mapId) { claims(first: 50) { edges { node { ...Linked } } } }
      }
      fragment Linked on Claim { ... on Claim { supportedBy { premises { id } } supports { conclusion { id } } } }`,
      { mapId: map.mapId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.map.claims.edges).toHaveLength(50);
    // the map, then its page with the neighbourhood
    expect(result.roundTrips).toBe(3);
  });

  it('costs the same for a page of 10 as for a page of 50', async () => {
    const small = await api.run(pageQuery, { mapId: map.mapId, first: 10 });
    const large = await api.run(pageQuery, { mapId: map.mapId, first: 50 });
    expect([small.errors, large.errors]).toEqual([undefined, undefined]);
    expect(small.roundTrips).toBe(large.roundTrips);
  });
});

describe('round trips: chains of the seed map', () => {
  const conclusionId = 'editorial:only-way-is-mounting-pressure-on-moscow';

  it('costs one round trip for the chains themselves', async () => {
    const result = await api.run(
      `query($id: ID!) { reasoningChains(conclusionId: $id, first: 100) { edges { node {
      length end claims { id text } inferences { id schemeName scheme { id } } steps { from { id } inference { id } to { id } }
    } } } }`,
      { id: conclusionId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.reasoningChains.edges.length).toBeGreaterThan(1);
    expect(result.roundTrips).toBe(1);
  });

  it('adds one batch per nested field, however many chains there are', async () => {
    const query = `query($id: ID!, $first: Int) { reasoningChains(conclusionId: $id, first: $first) { edges { node {
      claims { role assertedBy { name } } inferences { premises { text } undercutBy { attacker { text } } }
    } } } }`;
    const one = await api.run(query, { id: conclusionId, first: 1 });
    const all = await api.run(query, { id: conclusionId, first: 100 });
    expect([one.errors, all.errors]).toEqual([undefined, undefined]);
    // chains, role, assertedBy, premises, undercutBy, attacker
    expect(all.roundTrips).toBeLessThanOrEqual(6);
    expect(all.roundTrips).toBe(one.roundTrips);
  });

  it('costs one round trip for the claims that depend on an actor, chains included', async () => {
    const result = await api.run(`{ dependentClaims(actorId: "editorial:putin", first: 100) { edges { node {
      claim { id text } link distance chain { claims { id } inferences { id } length }
    } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});
