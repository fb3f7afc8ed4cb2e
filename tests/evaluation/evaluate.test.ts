import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';
import { evaluateMap, labelsOf } from './evaluation-api.ts';

const api = useApi();

describe('evaluate: rejecting claims', () => {
  it('forces a rejected claim OUT and lists what changed, before and after', async () => {
    const map = await buildMap(api, 'reject-claim', ['a > b', 'b > c', 'x rebuts y']);
    expect(await evaluateMap(api, map, { claims: ['a'] })).toEqual({
      labels: { a: 'OUT', b: 'OUT', c: 'OUT', x: 'IN', y: 'OUT' },
      changed: ['a: IN → OUT', 'b: IN → OUT', 'c: IN → OUT'],
    });
  });

  it('reinstates what a rejected claim rebutted', async () => {
    const map = await buildMap(api, 'reject-reinstates', ['x rebuts y', 'y > z']);
    expect(await evaluateMap(api, map, { claims: ['x'] })).toEqual({
      labels: { x: 'OUT', y: 'IN', z: 'IN' },
      changed: ['x: IN → OUT', 'y: OUT → IN', 'z: OUT → IN'],
    });
  });

  it('changes nothing, and lists nothing, with nothing rejected', async () => {
    const map = await buildMap(api, 'reject-nothing', ['a > b', 'c rebuts b']);
    expect(await evaluateMap(api, map)).toEqual({ labels: { a: 'IN', b: 'OUT', c: 'IN' }, changed: [] });
  });
});

describe('evaluate: rejecting actors', () => {
  it('forces OUT every claim the actor asserts, and not those about it', async () => {
    const map = await buildMap(api, 'reject-actor', ['ann asserts a', 'ann asserts d', 'a > b', 'c about ann', 'bob asserts c']);
    expect(await evaluateMap(api, map, { actors: ['ann'] })).toEqual({
      labels: { a: 'OUT', b: 'OUT', c: 'IN', d: 'OUT' },
      changed: ['a: IN → OUT', 'b: IN → OUT', 'd: IN → OUT'],
    });
  });

  it('combines rejected claims and actors', async () => {
    const map = await buildMap(api, 'reject-both', ['ann asserts a', 'b', 'c']);
    expect(await labelsOf(api, map, { actors: ['ann'], claims: ['b'] })).toEqual({ a: 'OUT', b: 'OUT', c: 'IN' });
  });
});

describe('evaluate: the answer', () => {
  it('gives counts, labels filtered by status, and the claims themselves', async () => {
    const map = await buildMap(api, 'answer', ['a > b', 'c rebuts b', 's rebuts s']);
    const data = await api.ok(
      `query($mapId: ID!) { evaluate(mapId: $mapId) {
        map { id } counts { in out undec } labels(status: IN) { claim { key text } status }
      } }`,
      { mapId: map.mapId },
    );
    expect(data.evaluate).toEqual({
      map: { id: map.mapId },
      counts: { in: 2, out: 1, undec: 1 },
      labels: [
        { claim: { key: 'a', text: 'Claim a.' }, status: 'IN' },
        { claim: { key: 'c', text: 'Claim c.' }, status: 'IN' },
      ],
    });
  });

  it('answers an empty evaluation for a map without claims', async () => {
    const map = await buildMap(api, 'empty', []);
    expect(await evaluateMap(api, map)).toEqual({ labels: {}, changed: [] });
  });
});

describe('evaluate: attacks on attacks', () => {
  it('an undercut of a rebuttal by an IN claim disarms it: the rebutted claim stands', async () => {
    const map = await buildMap(api, 'attack-on-attack', ['a rebuts b', 'c undercuts a-rebuts-b']);
    expect(await labelsOf(api, map)).toEqual({ a: 'IN', b: 'IN', c: 'IN' });
  });

  it('an undercut of an undercut reinstates the inference', async () => {
    const map = await buildMap(api, 'counter-undercut', ['a > b', 'u undercuts a-b', 'v undercuts u-undercuts-a-b']);
    expect(await labelsOf(api, map)).toEqual({ a: 'IN', b: 'IN', u: 'IN', v: 'IN' });
  });

  it('an undercut of a rebuttal by an OUT claim changes nothing', async () => {
    const map = await buildMap(api, 'idle-counter', ['a rebuts b', 'c undercuts a-rebuts-b', 'd rebuts c']);
    expect(await labelsOf(api, map)).toEqual({ a: 'IN', b: 'OUT', c: 'OUT', d: 'IN' });
  });

  it('an undercut of the undercut of a rebuttal re-arms the rebuttal', async () => {
    const map = await buildMap(api, 'counter-chain', [
      'a rebuts b',
      'c undercuts a-rebuts-b',
      'e undercuts c-undercuts-a-rebuts-b',
    ]);
    expect(await labelsOf(api, map)).toEqual({ a: 'IN', b: 'OUT', c: 'IN', e: 'IN' });
  });
});

describe('evaluate: arguments', () => {
  const query = `query($mapId: ID!, $reject: RejectionInput) { evaluate(mapId: $mapId, reject: $reject) { changed { claimId } } }`;

  it('answers NOT_FOUND naming mapId for an unknown map', async () => {
    expect(await api.fails(query, { mapId: unknownMapId() })).toMatchObject({ code: 'NOT_FOUND', field: 'mapId' });
  });

  it.each<[string, { claimIds?: string[]; actorIds?: string[] }]>([
    ['reject.claimIds[1]', { claimIds: ['a', 'nope'] }],
    ['reject.actorIds[0]', { actorIds: ['nobody'] }],
    ['reject.claimIds[0]', { claimIds: ['ann'] }],
  ])('answers NOT_FOUND naming %s for an id that is not of the map', async (field, keys) => {
    const map = await buildMap(api, 'bad-reject', ['ann asserts a']);
    const reject = { claimIds: (keys.claimIds ?? []).map(map.id), actorIds: (keys.actorIds ?? []).map(map.id) };
    const error = await api.fails(query, { mapId: map.mapId, reject });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field });
    expect(error.message).toContain(field);
  });

  it('refuses a claim of another map', async () => {
    const map = await buildMap(api, 'other-map', ['a']);
    const other = await buildMap(api, 'other-map', ['a']);
    const error = await api.fails(query, { mapId: map.mapId, reject: { claimIds: [other.id('a')] } });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'reject.claimIds[0]' });
  });
});

describe('Claim.status', () => {
  it('gives each claim its label with nothing rejected', async () => {
    const map = await buildMap(api, 'status', ['a rebuts b', 'b rebuts c']);
    const data = await api.ok(`query($id: ID!) { map(id: $id) { claims { nodes { key status } } } }`, { id: map.mapId });
    expect(data.map.claims.nodes).toEqual([
      { key: 'a', status: 'IN' },
      { key: 'b', status: 'OUT' },
      { key: 'c', status: 'IN' },
    ]);
  });

  it('costs one round trip per request for a page of claims, however large', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => (index === 0 ? 'k0' : `k${index - 1} > k${index}`));
    const map = await buildMap(api, 'status-batch', lines);
    const page = (fields: string) =>
      api.run(`query($id: ID!) { claims(filter: { mapId: $id }, first: 40) { nodes { ${fields} } } }`, { id: map.mapId });
    const without = await page('key');
    const withStatus = await page('key status');
    expect(withStatus.errors).toBeUndefined();
    expect(withStatus.data!.claims.nodes.every((node: { status: string }) => node.status === 'IN')).toBe(true);
    expect(withStatus.roundTrips).toBe(without.roundTrips + 1);
  });

  it('shares the one structure read between evaluate and Claim.status in a request', async () => {
    const map = await buildMap(api, 'status-shared', ['a > b']);
    const result = await api.run(`query($id: ID!) { evaluate(mapId: $id) { labels { status claim { key status } } } }`, {
      id: map.mapId,
    });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(2); // the structure, then the claims by id
  });
});

describe('evaluate: the seed map', () => {
  it("turns what rests on Putin's own claims OUT when Putin is rejected", async () => {
    const data = await api.ok(
      `{ evaluate(mapId: "editorial", reject: { actorIds: ["editorial:putin"] }) { changed { claimId before after } } }`,
    );
    expect(data.evaluate.changed.length).toBeGreaterThan(0);
    expect(data.evaluate.changed.every((change: { before: string; after: string }) => change.after !== change.before)).toBe(true);
  });
});
