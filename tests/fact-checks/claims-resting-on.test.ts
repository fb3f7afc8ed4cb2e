import { describe, expect, it } from 'vitest';
import { type GraphQLResult, useApi } from '../support/api.ts';
import { textMap } from '../support/fact-check-fixtures.ts';
import { linkSameClaims } from '../support/web-fixtures.ts';

const api = useApi();

const restingQuery = `query($r: [FactCheckRating!]!, $maps: [ID!], $maxDepth: Int, $first: Int, $after: String) {
  claimsRestingOn(factCheckedAs: $r, maps: $maps, maxDepth: $maxDepth, first: $first, after: $after) {
    edges { node { claim { id } ratedClaim { id } factCheck { rating } distance chain { claims { id } steps { kind } length } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const countQuery = `query($r: [FactCheckRating!]!, $maps: [ID!]) { claimsRestingOn(factCheckedAs: $r, maps: $maps) { totalCount } }`;

interface Node {
  claim: { id: string };
  ratedClaim: { id: string };
  factCheck: { rating: string };
  distance: number;
  chain: { claims: { id: string }[]; steps: { kind: string }[]; length: number };
}

/**
 * Map A: r > c > e, and u alone; r is fact-checked FALSE. Map B: x > y, and x states what A's e
 * states (one same-claim class). So c, e rest on r inside A, and x, y rest on it across the hop.
 */
async function twoMaps() {
  const a = await textMap(api, 'resting-a', { r: 'R.', c: 'C.', e: 'E.', u: 'U.' }, ['r > c', 'c > e']);
  const b = await textMap(api, 'resting-b', { x: 'X.', y: 'Y.' }, ['x > y']);
  await linkSameClaims(api, [a.id('e'), b.id('x')]);
  await api.ok(`mutation($d: JSON!, $c: ID) { importClaimReview(document: $d, claimId: $c) { threshold } }`, {
    d: { '@type': 'ClaimReview', claimReviewed: 'R.', reviewRating: { ratingValue: 1, alternateName: 'False' } },
    c: a.id('r'),
  });
  return { a, b };
}

async function allPages(variables: Record<string, unknown>): Promise<{ nodes: Node[]; pages: number; roundTrips: number[] }> {
  const nodes: Node[] = [];
  const roundTrips: number[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult = await api.run(restingQuery, { ...variables, after });
    expect(result.errors).toBeUndefined();
    roundTrips.push(result.roundTrips);
    const page: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data!.claimsRestingOn;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages: roundTrips.length, roundTrips };
    after = page.pageInfo.endCursor;
  }
}

const reach = (nodes: Node[]) => nodes.map((node) => `${node.claim.id.split(':')[1]}@${node.distance}`);

describe('claimsRestingOn: across two maps', () => {
  it('finds every claim resting on the rated one, nearest first, crossing the same-claim hop, page by page', async () => {
    const { a, b } = await twoMaps();
    const { nodes, pages, roundTrips } = await allPages({ r: ['FALSE', 'MOSTLY_FALSE'], maps: [a.mapId, b.mapId], first: 2 });
    expect(reach(nodes)).toEqual(['r@0', 'c@1', 'e@2', 'x@3', 'y@4']);
    expect(pages).toBe(3);
    expect(roundTrips).toEqual([1, 1, 1]);
    expect(nodes.every((node) => node.ratedClaim.id === a.id('r') && node.factCheck.rating === 'FALSE')).toBe(true);
    const last = nodes.at(-1)!;
    expect(last.chain.claims.map((claim) => claim.id)).toEqual([a.id('r'), a.id('c'), a.id('e'), b.id('x'), b.id('y')]);
    expect(last.chain.steps.map((step) => step.kind)).toEqual(['SUPPORT', 'SUPPORT', 'SAME_CLAIM', 'SUPPORT']);
    expect(last.chain.length).toBe(4);
  });

  it('answers only claims of the maps chosen, though chains pass through others', async () => {
    const { b } = await twoMaps();
    expect(reach((await allPages({ r: ['FALSE'], maps: [b.mapId] })).nodes)).toEqual(['x@3', 'y@4']);
  });

  it('counts the hop between maps against maxDepth', async () => {
    const { a, b } = await twoMaps();
    expect(reach((await allPages({ r: ['FALSE'], maps: [a.mapId, b.mapId], maxDepth: 3 })).nodes)).toEqual([
      'r@0',
      'c@1',
      'e@2',
      'x@3',
    ]);
  });

  it('finds nothing for ratings no check has', async () => {
    const { a, b } = await twoMaps();
    expect((await allPages({ r: ['TRUE', 'MOSTLY_TRUE'], maps: [a.mapId, b.mapId] })).nodes).toEqual([]);
  });

  it('counts them all when totalCount is asked for, in a second round trip', async () => {
    const { a, b } = await twoMaps();
    const result = await api.run(countQuery, { r: ['FALSE'], maps: [a.mapId, b.mapId] });
    expect(result.data!.claimsRestingOn.totalCount).toBe(5);
    expect(result.roundTrips).toBe(2);
  });

  it('refuses an empty list of ratings and a depth out of range', async () => {
    expect(await api.fails(restingQuery, { r: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'factCheckedAs' });
    expect(await api.fails(restingQuery, { r: ['FALSE'], maxDepth: 11 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'maxDepth',
    });
  });

  it('never reaches a claim through a map the caller may not read', async () => {
    const { a, b } = await twoMaps();
    const readerOf = (maps: string[]) => ({ tokenId: 'test-reader', role: 'reader' as const, maps });
    const seen = async (maps: string[]) => {
      const result = await api.runAs(readerOf(maps), restingQuery, { r: ['FALSE'], maps: [a.mapId, b.mapId] });
      expect(result.errors).toBeUndefined();
      return reach(result.data!.claimsRestingOn.edges.map((edge: { node: Node }) => edge.node));
    };
    // The rated claim is in A: a reader of B alone sees nothing rest on it.
    expect(await seen([b.mapId])).toEqual([]);
    expect(await seen([a.mapId])).toEqual(['r@0', 'c@1', 'e@2']);
  });
});
