import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';

const api = useApi();
let small: SmallMap;
beforeAll(async () => {
  small = await importSmallMap(api, 'claims-query');
});

const claimsQuery = `query($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    nodes { key }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

/** Keys of the claims a filter (always scoped to the small map) returns, in the order returned. */
async function keysFor(filter: Record<string, unknown>, first = 100): Promise<string[]> {
  const data = await api.ok(claimsQuery, { filter: { mapId: small.mapId, ...filter }, first });
  return data.claims.nodes.map((claim: { key: string }) => claim.key);
}

describe('claims: filters', () => {
  it('returns the claims of one map, by id', async () => {
    expect(await keysFor({})).toEqual(['alpha', 'beta', 'delta', 'doubt', 'gamma', 'gap']);
  });

  it.each([
    ['BASIC_PREMISE', ['alpha', 'gamma']],
    ['INTERMEDIATE', ['beta']],
    ['MAIN_CONCLUSION', ['delta']],
    ['UNCONNECTED', ['doubt', 'gap']],
  ])('filters by role %s', async (role, keys) => {
    expect(await keysFor({ role })).toEqual(keys);
  });

  it('filters by actor, counting both asserts and about links', async () => {
    expect(await keysFor({ actorId: small.ids.ann })).toEqual(['alpha', 'beta']);
    expect(await keysFor({ actorId: small.ids.russia })).toEqual(['delta']);
  });

  it('filters by tag', async () => {
    expect(await keysFor({ tag: 'evidence' })).toEqual(['alpha', 'gamma']);
    expect(await keysFor({ tag: 'nowhere' })).toEqual([]);
  });

  it('combines filters', async () => {
    expect(await keysFor({ tag: 'evidence', role: 'BASIC_PREMISE', actorId: small.ids.ann })).toEqual(['alpha']);
  });

  it('counts every match in totalCount, not just the page', async () => {
    const data = await api.ok(claimsQuery, { filter: { mapId: small.mapId, role: 'BASIC_PREMISE' }, first: 1 });
    expect(data.claims.nodes).toHaveLength(1);
    expect(data.claims.totalCount).toBe(2);
  });
});

describe('claims: full-text search', () => {
  it('finds claims by a word of their text, in any case', async () => {
    expect(await keysFor({ search: 'GAMMA' })).toEqual(['gamma']);
  });

  it('combines search with the other filters and counts the matches', async () => {
    expect((await keysFor({ search: 'alpha', role: 'UNCONNECTED' })).sort()).toEqual(['doubt', 'gap']);
    const data = await api.ok(claimsQuery, { filter: { mapId: small.mapId, search: 'alpha' } });
    expect(data.claims.totalCount).toBe(3);
  });

  it('treats a blank search as no search', async () => {
    expect(await keysFor({ search: '   ' })).toHaveLength(6);
  });

  it.each([
    ['only Lucene syntax', '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /'],
    ['a bare operator word', 'AND'],
    ['a wildcard', 'alph*'],
    ['a fuzzy term', 'gamm~'],
    ['a single-character wildcard', 'gamm?'],
    ['a field query', 'text:alpha'],
    ['a range', '[a TO z]'],
  ])('matches nothing for %s, without an error', async (_, search) => {
    expect(await keysFor({ search })).toEqual([]);
  });

  it.each([
    ['NOT before a word', 'NOT alpha', ['alpha', 'doubt', 'gap']],
    ['a minus before a word', 'gamma -holds', ['gamma']],
    ['an unbalanced quote and parenthesis', '"(gamma', ['gamma']],
    ['a trailing backslash', 'gamma\\', ['gamma']],
    ['&& and || between words', 'gamma && || delta', ['delta', 'gamma']],
    ['a boost and a slash', 'gamma^4 /delta/', ['delta', 'gamma']],
  ])('takes %s literally', async (_, search, keys) => {
    expect((await keysFor({ search })).sort()).toEqual(keys);
  });

  it('searches the operator words themselves', async () => {
    expect((await keysFor({ search: 'NOT' })).sort()).toEqual(['doubt', 'gap']);
    expect(await keysFor({ search: 'OR' })).toEqual([]);
  });
});

describe('claims: Relay pagination', () => {
  it('walks every claim exactly once, page by page', async () => {
    const seen: string[] = [];
    const pages: { hasNextPage: boolean; hasPreviousPage: boolean }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: {
        claims: { nodes: { key: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } };
      } = await api.ok(claimsQuery, { filter: { mapId: small.mapId }, first: 4, after });
      const { nodes, pageInfo } = data.claims;
      seen.push(...nodes.map((claim) => claim.key));
      pages.push({ hasNextPage: pageInfo.hasNextPage, hasPreviousPage: pageInfo.hasPreviousPage });
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(['alpha', 'beta', 'delta', 'doubt', 'gamma', 'gap']);
    expect(pages).toEqual([
      { hasNextPage: true, hasPreviousPage: false },
      { hasNextPage: false, hasPreviousPage: true },
    ]);
  });

  it('gives each edge a cursor that continues right after it', async () => {
    const edges = await api.ok(
      `query($filter: ClaimFilter) { claims(filter: $filter, first: 3) { edges { cursor node { key } } } }`,
      {
        filter: { mapId: small.mapId },
      },
    );
    const second = edges.claims.edges[1];
    const next = await api.ok(claimsQuery, { filter: { mapId: small.mapId }, first: 1, after: second.cursor });
    expect(second.node.key).toBe('beta');
    expect(next.claims.nodes).toEqual([{ key: 'delta' }]);
  });

  it('answers an empty page after the last claim, with null cursors', async () => {
    const last = await api.ok(claimsQuery, { filter: { mapId: small.mapId }, first: 6 });
    expect(last.claims.pageInfo.hasNextPage).toBe(false);
    const after = await api.ok(claimsQuery, { filter: { mapId: small.mapId }, after: last.claims.pageInfo.endCursor });
    expect(after.claims.nodes).toEqual([]);
    expect(after.claims.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    expect(after.claims.totalCount).toBe(6);
  });

  it('pages through search results too', async () => {
    const first = await api.ok(claimsQuery, { filter: { mapId: small.mapId, search: 'alpha' }, first: 2 });
    const rest = await api.ok(claimsQuery, {
      filter: { mapId: small.mapId, search: 'alpha' },
      first: 2,
      after: first.claims.pageInfo.endCursor,
    });
    const keys = [...first.claims.nodes, ...rest.claims.nodes].map((claim: { key: string }) => claim.key);
    expect(keys.sort()).toEqual(['alpha', 'doubt', 'gap']);
    expect(rest.claims.pageInfo.hasNextPage).toBe(false);
  });

  it.each([0, 101, -1])('refuses a page size of %i with BAD_USER_INPUT naming first', async (first) => {
    const error = await api.fails(claimsQuery, { filter: { mapId: small.mapId }, first });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(error.message).toContain('first');
  });

  it.each([
    'nonsense',
    Buffer.from('claims:-1').toString('base64url'),
    Buffer.from('actors:3').toString('base64url'),
    Buffer.from('claims:99999999999999999999').toString('base64url'),
  ])('refuses the cursor %s with BAD_USER_INPUT naming after', async (after) => {
    const error = await api.fails(claimsQuery, { filter: { mapId: small.mapId }, after });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toContain('after');
  });
});

describe('claim: one claim by id', () => {
  it('is null for an unknown id', async () => {
    expect(await api.ok(`query($id: ID!) { claim(id: $id) { id } }`, { id: `${small.mapId}:nowhere` })).toEqual({ claim: null });
  });

  it('reads the fields of a premise', async () => {
    const data = await api.ok(
      `query($id: ID!) { claim(id: $id) {
        id key text tags role map { id } quote { text start end }
        supports { key } conclusions { key } attackedBy { key kind attacker { key } } assertedBy { key }
      } }`,
      { id: small.ids.alpha },
    );
    expect(data.claim).toEqual({
      id: small.ids.alpha,
      key: 'alpha',
      text: 'Alpha is true.',
      tags: ['evidence'],
      role: 'BASIC_PREMISE',
      map: { id: small.mapId },
      quote: { text: 'Alpha is true.', start: 0, end: 14 },
      supports: [{ key: 'i1' }],
      conclusions: [{ key: 'beta' }],
      attackedBy: [{ key: 'a1', kind: 'REBUT', attacker: { key: 'doubt' } }],
      assertedBy: [{ key: 'ann' }],
    });
  });

  it('reads the fields of an intermediate claim', async () => {
    const data = await api.ok(
      `query($id: ID!) { claim(id: $id) {
        role quote { text } supportedBy { key } supports { key } premises { key } conclusions { key } about { key } assertedBy { key }
      } }`,
      { id: small.ids.beta },
    );
    expect(data.claim).toEqual({
      role: 'INTERMEDIATE',
      quote: null,
      supportedBy: [{ key: 'i1' }],
      supports: [{ key: 'i2' }],
      premises: [{ key: 'alpha' }, { key: 'gamma' }],
      conclusions: [{ key: 'delta' }],
      about: [{ key: 'ann' }],
      assertedBy: [],
    });
  });

  it('reads the attacks a claim makes, on claims and on inferences', async () => {
    const data = await api.ok(
      `query($doubt: ID!, $gap: ID!) {
        doubt: claim(id: $doubt) { attacks { key kind target { __typename ... on Claim { key } } } }
        gap: claim(id: $gap) { attacks { key kind target { __typename ... on Inference { key } } } attackedBy { key } }
      }`,
      { doubt: small.ids.doubt, gap: small.ids.gap },
    );
    expect(data).toEqual({
      doubt: { attacks: [{ key: 'a1', kind: 'REBUT', target: { __typename: 'Claim', key: 'alpha' } }] },
      gap: { attacks: [{ key: 'a2', kind: 'UNDERCUT', target: { __typename: 'Inference', key: 'i1' } }], attackedBy: [] },
    });
  });
});
