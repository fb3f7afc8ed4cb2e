/**
 * reasoningChains and consequences as Relay connections: pages of `first` chains, shortest first,
 * that concatenate to the whole answer; opaque cursors refused when they belong to another query;
 * totalCount counted when asked for.
 */
import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type Chain, type ChainField, type ChainPage, chainQuery, readChainPage, readChains } from '../support/chains.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';

const api = useApi();

/** Six chains down to z, of lengths 1, 1, 2, 2, 2, 3, and the same mirrored up from z. */
const cases: { field: ChainField; lines: string[] }[] = [
  { field: 'reasoningChains', lines: ['a > z', 'b > z', 'c > z', 'd > z', 'e > z', 'x > a', 'y > x', 'p > b', 'q > b', 'r > c'] },
  { field: 'consequences', lines: ['z > a', 'z > b', 'z > c', 'z > d', 'z > e', 'a > x', 'x > y', 'b > p', 'b > q', 'c > r'] },
];
const startArgument = { reasoningChains: 'conclusionId', consequences: 'premiseId' } as const;

/** Every page of `first` chains from z, following endCursor, each with totalCount. */
async function pagesOf(field: ChainField, map: BuiltMap, first: number): Promise<ChainPage[]> {
  const pages: ChainPage[] = [];
  let after: string | null = null;
  do {
    pages.push(await readChainPage(api, field, map, 'z', { first, after }, 'totalCount'));
    after = pages.at(-1)!.pageInfo.endCursor;
  } while (pages.at(-1)!.pageInfo.hasNextPage);
  return pages;
}

const asText = (chains: Chain[]) => chains.map((each) => each.claims.join(' '));

describe.each(cases)('$field: pages', ({ field, lines }) => {
  it.each([1, 2, 4])('concatenates pages of %i to the whole answer, no chain twice or missing', async (first) => {
    const map = await buildMap(api, `pages-${first}`, lines);
    const whole = await readChainPage(api, field, map, 'z', { first: 100 });
    expect(whole.chains).toHaveLength(6);
    const pages = await pagesOf(field, map, first);
    expect(asText(pages.flatMap((page) => page.chains))).toEqual(asText(whole.chains));
    expect(pages).toHaveLength(Math.ceil(6 / first));
  });

  it('orders chains shortest first', async () => {
    const map = await buildMap(api, 'pages-order', lines);
    const { chains } = await readChainPage(api, field, map, 'z', { first: 100 });
    expect(chains.map((each) => each.length)).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('says whether pages follow and precede, and gives the edge cursors as start and end', async () => {
    const map = await buildMap(api, 'pages-info', lines);
    const pages = await pagesOf(field, map, 4);
    expect(pages.map((page) => [page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage])).toEqual([
      [false, true],
      [true, false],
    ]);
    for (const page of pages) {
      expect([page.pageInfo.startCursor, page.pageInfo.endCursor]).toEqual([page.cursors[0], page.cursors.at(-1)]);
    }
  });

  it('counts every chain in totalCount, on every page', async () => {
    const map = await buildMap(api, 'pages-total', lines);
    const pages = await pagesOf(field, map, 4);
    expect(pages.map((page) => page.totalCount)).toEqual([6, 6]);
  });

  it('answers an empty last page after the last cursor', async () => {
    const map = await buildMap(api, 'pages-past', lines);
    const [last] = await pagesOf(field, map, 6);
    const past = await readChainPage(api, field, map, 'z', { first: 6, after: last!.pageInfo.endCursor }, 'totalCount');
    expect(past).toMatchObject({
      chains: [],
      totalCount: 6,
      pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
    });
  });

  it('defaults to pages of 20', async () => {
    const keys = Array.from({ length: 25 }, (_, index) => `k${index}`);
    const wide = keys.map((key) => (field === 'reasoningChains' ? `${key} > z` : `z > ${key}`));
    const map = await buildMap(api, 'pages-default', wide);
    const query = `query($id: ID!) { ${field}(${startArgument[field]}: $id) { edges { cursor } pageInfo { hasNextPage } } }`;
    const data = await api.ok(query, { id: map.id('z') });
    expect([data[field].edges.length, data[field].pageInfo.hasNextPage]).toEqual([20, true]);
  });

  it('reads the whole of a web of mutual support page by page', async () => {
    const keys = ['a', 'b', 'c', 'd', 'z'];
    const map = await buildMap(
      api,
      'pages-web',
      keys.flatMap((from) => keys.filter((to) => to !== from).map((to) => `${from} > ${to}`)),
    );
    const paged = await readChains(api, field, map, 'z', { maxDepth: 10, first: 5 });
    expect(paged).toHaveLength(24);
    expect(new Set(asText(paged)).size).toBe(24);
  });
});

describe.each(cases)('$field: cursors', ({ field, lines }) => {
  const other: ChainField = field === 'reasoningChains' ? 'consequences' : 'reasoningChains';

  async function refusesAfter(map: BuiltMap, after: string, args: { maxDepth?: number; key?: string } = {}) {
    const error = await api.fails(chainQuery(field), { id: map.id(args.key ?? 'z'), first: 2, after, maxDepth: args.maxDepth });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toContain('after');
  }

  it('refuses a cursor that is not one', async () => {
    const map = await buildMap(api, 'cursor-garbage', lines);
    await refusesAfter(map, 'not a cursor');
    await refusesAfter(map, '');
  });

  it('refuses a cursor of the claims connection', async () => {
    const map = await buildMap(api, 'cursor-claims', lines);
    const data = await api.ok(`query($mapId: ID!) { claims(filter: { mapId: $mapId }, first: 1) { pageInfo { endCursor } } }`, {
      mapId: map.mapId,
    });
    await refusesAfter(map, data.claims.pageInfo.endCursor);
  });

  it(`refuses a cursor of ${other}`, async () => {
    const map = await buildMap(api, 'cursor-other', [...lines, 'z > w', 'v > z']);
    const page = await readChainPage(api, other, map, 'z', { first: 1 });
    await refusesAfter(map, page.pageInfo.endCursor!);
  });

  it('refuses a cursor of the same field from another claim or another maxDepth', async () => {
    const map = await buildMap(api, 'cursor-args', [...lines, 'a > w', 'w > a']);
    const page = await readChainPage(api, field, map, 'z', { first: 1 });
    await refusesAfter(map, page.pageInfo.endCursor!, { maxDepth: 3 });
    await refusesAfter(map, page.pageInfo.endCursor!, { key: 'a' });
  });
});

describe.each(cases)('$field: round trips', ({ field, lines }) => {
  it('reads a page in one round trip, and counts the total in one more only when asked', async () => {
    const map = await buildMap(api, 'trips', lines);
    const arg = startArgument[field];
    const page = `edges { node { claims { id text } inferences { id } length end } } pageInfo { hasNextPage endCursor }`;
    const plain = await api.run(`query($id: ID!) { ${field}(${arg}: $id, first: 2) { ${page} } }`, { id: map.id('z') });
    const counted = await api.run(`query($id: ID!) { ${field}(${arg}: $id, first: 2) { ${page} totalCount } }`, {
      id: map.id('z'),
    });
    expect([plain.errors, counted.errors]).toEqual([undefined, undefined]);
    expect([plain.roundTrips, counted.roundTrips]).toEqual([1, 2]);
  });
});
