import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, smallMapSource } from '../support/fixtures.ts';

const api = useApi();

const createMap = `mutation($input: CreateMapInput!) {
  createMap(input: $input) { id title description createdAt source { title author publisher date url text } }
}`;
const readMap = `query($id: ID!) {
  map(id: $id) {
    id title source { text } counts { claims inferences attacks actors }
    claims(first: 2) { nodes { key } pageInfo { hasNextPage } totalCount }
    actors { key }
  }
}`;

describe('createMap', () => {
  it('creates an empty map with its source', async () => {
    const id = uniqueMapId('create');
    const source = {
      title: 'Editorial',
      author: 'Ed',
      publisher: 'Daily',
      date: '2024-05-01',
      url: 'https://example.org/e',
      text: 'Some text.',
    };
    const data = await api.ok(createMap, { input: { id, title: ' An editorial ', description: 'About taxes.', source } });
    expect(data.createMap).toEqual({
      id,
      title: 'An editorial',
      description: 'About taxes.',
      createdAt: expect.any(String),
      source,
    });
    expect(Number.isNaN(Date.parse(data.createMap.createdAt))).toBe(false);
    const read = await api.ok(readMap, { id });
    expect(read.map).toEqual({
      id,
      title: 'An editorial',
      source: { text: 'Some text.' },
      counts: { claims: 0, inferences: 0, attacks: 0, actors: 0 },
      claims: { nodes: [], pageInfo: { hasNextPage: false }, totalCount: 0 },
      actors: [],
    });
  });

  it('creates a map without description or source', async () => {
    const id = uniqueMapId('bare');
    const data = await api.ok(createMap, { input: { id, title: 'Bare' } });
    expect(data.createMap).toMatchObject({ id, title: 'Bare', description: null });
    expect(data.createMap.source?.text ?? null).toBeNull();
  });
});

describe('createMap: rules', () => {
  it('refuses a map id that is taken with CONFLICT and leaves the map as it was', async () => {
    const { mapId } = await importSmallMap(api, 'create-taken');
    await expectRefused(
      api,
      mapId,
      createMap,
      { input: { id: mapId, title: 'Again', source: { text: 'Other.' } } },
      {
        code: 'CONFLICT',
        field: 'input.id',
        mentions: [mapId],
      },
    );
  });

  it.each(['Upper-Case', 'has space', 'a:b', '-dash-first', '', 'x'.repeat(101)])(
    'refuses the bad map id %j and creates nothing',
    async (id) => {
      await expectRefused(api, id, createMap, { input: { id, title: 'Bad id' } }, { code: 'BAD_USER_INPUT', field: 'input.id' });
      expect(await api.ok(`query($id: ID!) { map(id: $id) { id } }`, { id })).toEqual({ map: null });
    },
  );

  it.each([
    ['an empty title', '   '],
    ['a title of 301 characters', 't'.repeat(301)],
  ])('refuses %s and creates nothing', async (_, title) => {
    const id = uniqueMapId('bad-title');
    await expectRefused(api, id, createMap, { input: { id, title } }, { code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(await api.ok(`query($id: ID!) { map(id: $id) { id } }`, { id })).toEqual({ map: null });
  });
});

describe('map and maps', () => {
  it('reads a whole map: source, counts, a page of claims and the actors', async () => {
    const { mapId } = await importSmallMap(api, 'read-map');
    const read = await api.ok(readMap, { id: mapId });
    expect(read.map).toEqual({
      id: mapId,
      title: 'Small map',
      source: { text: smallMapSource },
      counts: { claims: 6, inferences: 2, attacks: 2, actors: 2 },
      claims: { nodes: [{ key: 'alpha' }, { key: 'beta' }], pageInfo: { hasNextPage: true }, totalCount: 6 },
      actors: [{ key: 'ann' }, { key: 'russia' }],
    });
  });

  it('is null for an unknown map id', async () => {
    expect(await api.ok(readMap, { id: uniqueMapId('nowhere') })).toEqual({ map: null });
  });

  it('lists every map by id', async () => {
    const [a, b] = [uniqueMapId('list'), uniqueMapId('list')];
    await api.ok(createMap, { input: { id: a, title: 'A' } });
    await api.ok(createMap, { input: { id: b, title: 'B' } });
    const ids: string[] = (await api.ok(`{ maps { id } }`)).maps.map((map: { id: string }) => map.id);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
    expect(ids).toEqual([...ids].sort());
  });
});
