import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type BuiltMap, buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();

const dependentQuery = `query($actorId: ID!, $via: [ActorLinkKind!], $maxDepth: Int, $first: Int, $after: String) {
  dependentClaims(actorId: $actorId, via: $via, maxDepth: $maxDepth, first: $first, after: $after) {
    edges { cursor node { claim { key } link distance chain { claims { key } inferences { key } length end } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

interface Dependent {
  claim: string;
  link: string;
  distance: number;
  chain: { claims: string[]; inferences: string[]; length: number; end: string | null };
}

type Args = { via?: string[]; maxDepth?: number; first?: number };

interface DependentPage {
  dependents: Dependent[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** One page of the claims depending on an actor of a built map, with keys in place of objects. */
async function pageOf(map: BuiltMap, actor: string, args: Args & { after?: string | null } = {}): Promise<DependentPage> {
  const { dependentClaims } = await api.ok(dependentQuery, { actorId: map.id(actor), ...args });
  return { ...dependentClaims, dependents: dependentClaims.edges.map((edge: { node: never }) => flatten(edge.node)) };
}

/** Every page, following endCursor (pages of 100 unless `first` says otherwise). */
async function pagesOf(map: BuiltMap, actor: string, args: Args = {}): Promise<DependentPage[]> {
  const pages = [await pageOf(map, actor, { first: 100, ...args })];
  while (pages.at(-1)!.pageInfo.hasNextPage) {
    pages.push(await pageOf(map, actor, { first: 100, ...args, after: pages.at(-1)!.pageInfo.endCursor }));
  }
  return pages;
}

/** The claims depending on an actor of a built map, every page, with keys in place of objects. */
async function dependentsOf(map: BuiltMap, actor: string, args: Args = {}): Promise<Dependent[]> {
  return (await pagesOf(map, actor, args)).flatMap((page) => page.dependents);
}

function flatten(found: {
  claim: { key: string };
  link: string;
  distance: number;
  chain: { claims: { key: string }[]; inferences: { key: string }[]; length: number; end: string | null };
}): Dependent {
  return {
    ...found,
    claim: found.claim.key,
    chain: {
      ...found.chain,
      claims: found.chain.claims.map((claim) => claim.key),
      inferences: found.chain.inferences.map((inference) => inference.key),
    },
  };
}

/** Which claims at which distance, in the order answered: `key@distance`. */
const reach = (found: Dependent[]) => found.map((dependent) => `${dependent.claim}@${dependent.distance}`);

/** ann asserts a (a > c); b is about ann (b > d); c and d together support e, and e supports f. */
const lines = ['ann asserts a', 'b about ann', 'a > c', 'b > d', 'c+d > e', 'e > f', 'x > y'];

describe('dependentClaims: which links count', () => {
  it('follows claims the actor asserts, with via ASSERTS', async () => {
    const map = await buildMap(api, 'via-asserts', lines);
    const found = await dependentsOf(map, 'ann', { via: ['ASSERTS'] });
    expect(reach(found)).toEqual(['a@0', 'c@1', 'e@2', 'f@3']);
    expect(found.every((dependent) => dependent.link === 'ASSERTS')).toBe(true);
  });

  it('follows claims about the actor, with via ABOUT', async () => {
    const map = await buildMap(api, 'via-about', lines);
    const found = await dependentsOf(map, 'ann', { via: ['ABOUT'] });
    expect(reach(found)).toEqual(['b@0', 'd@1', 'e@2', 'f@3']);
    expect(found.every((dependent) => dependent.link === 'ABOUT')).toBe(true);
  });

  it('follows both kinds by default, each claim once', async () => {
    const map = await buildMap(api, 'via-both', lines);
    const found = await dependentsOf(map, 'ann');
    expect(reach(found)).toEqual(['a@0', 'b@0', 'c@1', 'd@1', 'e@2', 'f@3']);
    expect(found.map((dependent) => [dependent.claim, dependent.link]).slice(0, 4)).toEqual([
      ['a', 'ASSERTS'],
      ['b', 'ABOUT'],
      ['c', 'ASSERTS'],
      ['d', 'ABOUT'],
    ]);
  });

  it('reaches a claim through a wanted link even when an unwanted link is nearer', async () => {
    const map = await buildMap(api, 'via-farther', ['ann asserts a', 'a > e', 'b about ann', 'b > d', 'd > e']);
    expect(reach(await dependentsOf(map, 'ann', { via: ['ABOUT'] }))).toEqual(['b@0', 'd@1', 'e@2']);
  });

  it('lists a claim linked both ways once, at distance 0', async () => {
    const map = await buildMap(api, 'via-twice', ['ann asserts a', 'a about ann', 'a > b']);
    expect(reach(await dependentsOf(map, 'ann'))).toEqual(['a@0', 'b@1']);
  });
});

describe('dependentClaims: the explaining chain', () => {
  it('is the linked claim alone, of length 0, for a directly linked claim', async () => {
    const map = await buildMap(api, 'chain-direct', lines);
    const [first] = await dependentsOf(map, 'ann', { via: ['ASSERTS'] });
    expect(first).toEqual({
      claim: 'a',
      link: 'ASSERTS',
      distance: 0,
      chain: { claims: ['a'], inferences: [], length: 0, end: null },
    });
  });

  it('runs from the linked claim up to the dependent claim', async () => {
    const map = await buildMap(api, 'chain-ends', lines);
    const f = (await dependentsOf(map, 'ann', { via: ['ABOUT'] })).find((dependent) => dependent.claim === 'f');
    expect(f?.chain).toEqual({ claims: ['b', 'd', 'e', 'f'], inferences: ['b-d', 'c.d-e', 'e-f'], length: 3, end: null });
  });

  it('is the shortest of the chains that explain the dependence', async () => {
    const map = await buildMap(api, 'chain-shortest', ['ann asserts a', 'a > b', 'b > c', 'c > d', 'a > d']);
    const d = (await dependentsOf(map, 'ann')).find((dependent) => dependent.claim === 'd');
    expect(d).toMatchObject({ distance: 1, chain: { claims: ['a', 'd'], inferences: ['a-d'] } });
  });

  it('has as many inferences as the distance, for every dependent claim', async () => {
    const map = await buildMap(api, 'chain-length', lines);
    for (const dependent of await dependentsOf(map, 'ann')) {
      expect([dependent.chain.length, dependent.chain.claims.at(-1)], dependent.claim).toEqual([
        dependent.distance,
        dependent.claim,
      ]);
    }
  });
});

describe('dependentClaims: distance and order', () => {
  it('lists the nearest claims first', async () => {
    const map = await buildMap(api, 'nearest', ['ann asserts z', 'z > m', 'm > a', 'ann asserts y', 'y > b']);
    expect(reach(await dependentsOf(map, 'ann'))).toEqual(['y@0', 'z@0', 'b@1', 'm@1', 'a@2']);
  });

  it('follows no more than maxDepth support steps', async () => {
    const map = await buildMap(api, 'bounded', lines);
    expect(reach(await dependentsOf(map, 'ann', { maxDepth: 1 }))).toEqual(['a@0', 'b@0', 'c@1', 'd@1']);
  });

  it('lists only the directly linked claims with maxDepth 0', async () => {
    const map = await buildMap(api, 'depth-zero', lines);
    expect(reach(await dependentsOf(map, 'ann', { maxDepth: 0 }))).toEqual(['a@0', 'b@0']);
  });

  it('terminates on circular support, each claim once at its nearest distance', async () => {
    const map = await buildMap(api, 'cycle', ['ann asserts a', 'a > b', 'b > c', 'c > a', 'c > d']);
    expect(reach(await dependentsOf(map, 'ann', { maxDepth: 10 }))).toEqual(['a@0', 'b@1', 'c@2', 'd@3']);
  });
});

describe('dependentClaims: pages', () => {
  it.each([1, 2, 4])('concatenates pages of %i to the whole answer, nearest first, no claim twice or missing', async (first) => {
    const map = await buildMap(api, `pages-${first}`, lines);
    const pages = await pagesOf(map, 'ann', { first });
    expect(reach(pages.flatMap((page) => page.dependents))).toEqual(['a@0', 'b@0', 'c@1', 'd@1', 'e@2', 'f@3']);
    expect(pages).toHaveLength(Math.ceil(6 / first));
  });

  it('says whether pages follow and precede, and counts every claim in totalCount', async () => {
    const map = await buildMap(api, 'pages-info', lines);
    const pages = await pagesOf(map, 'ann', { first: 4 });
    expect(pages.map((page) => [page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage, page.totalCount])).toEqual([
      [false, true, 6],
      [true, false, 6],
    ]);
  });

  it('defaults to pages of 20', async () => {
    const keys = Array.from({ length: 25 }, (_, index) => `k${index}`);
    const map = await buildMap(api, 'pages-default', ['ann asserts a', ...keys.map((key) => `a > ${key}`)]);
    const { dependentClaims } = await api.ok(dependentQuery, { actorId: map.id('ann') });
    expect([dependentClaims.edges.length, dependentClaims.pageInfo.hasNextPage, dependentClaims.totalCount]).toEqual([
      20,
      true,
      26,
    ]);
  });

  it('refuses a cursor of another query, another actor or other arguments, naming after', async () => {
    const map = await buildMap(api, 'pages-cursor', [...lines, 'bob asserts x']);
    const { pageInfo } = await pageOf(map, 'ann', { first: 1 });
    const claims = await api.ok(`query($m: ID!) { claims(filter: { mapId: $m }, first: 1) { pageInfo { endCursor } } }`, {
      m: map.mapId,
    });
    const refusals = [
      { actorId: map.id('ann'), after: 'garbage' },
      { actorId: map.id('ann'), after: claims.claims.pageInfo.endCursor },
      { actorId: map.id('bob'), after: pageInfo.endCursor },
      { actorId: map.id('ann'), after: pageInfo.endCursor, maxDepth: 2 },
      { actorId: map.id('ann'), after: pageInfo.endCursor, via: ['ASSERTS'] },
    ];
    for (const variables of refusals) {
      const error = await api.fails(dependentQuery, variables);
      expect(error, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('reads a page in one round trip, and the total in one more only when asked', async () => {
    const map = await buildMap(api, 'pages-trips', lines);
    const page = `edges { node { claim { id text } distance chain { claims { id } } } } pageInfo { endCursor }`;
    const query = (extra: string) => `query($id: ID!) { dependentClaims(actorId: $id, first: 2) { ${page} ${extra} } }`;
    const plain = await api.run(query(''), { id: map.id('ann') });
    const counted = await api.run(query('totalCount'), { id: map.id('ann') });
    expect([plain.errors, counted.errors]).toEqual([undefined, undefined]);
    expect([plain.roundTrips, counted.roundTrips]).toEqual([1, 2]);
  });
});

describe('Actor.dependentClaims', () => {
  it('answers as Query.dependentClaims does for the same actor', async () => {
    const map = await buildMap(api, 'actor-field', lines);
    const data = await api.ok(
      `query($id: ID!) { actor(id: $id) {
      dependentClaims(via: [ABOUT], maxDepth: 2) { edges { node {
        claim { key } link distance chain { claims { key } inferences { key } length end }
      } } }
    } }`,
      { id: map.id('ann') },
    );
    expect(data.actor.dependentClaims.edges.map((edge: { node: never }) => flatten(edge.node))).toEqual(
      await dependentsOf(map, 'ann', { via: ['ABOUT'], maxDepth: 2 }),
    );
  });
});

describe('dependentClaims: arguments', () => {
  it('answers NOT_FOUND for an unknown actor', async () => {
    const error = await api.fails(dependentQuery, { actorId: `${unknownMapId()}:nobody` });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'actorId' });
  });

  it('answers no claims, not an error, for an actor linked to none', async () => {
    const map = await buildMap(api, 'unlinked', ['a > b']);
    await api.ok(
      `mutation($mapId: ID!) { createActor(input: { mapId: $mapId, key: "hermit", name: "Hermit", kind: PERSON }) { id } }`,
      {
        mapId: map.mapId,
      },
    );
    expect(await dependentsOf(map, 'hermit')).toEqual([]);
  });

  it.each([
    ['maxDepth', -1],
    ['maxDepth', 11],
    ['first', 0],
    ['first', 101],
  ])('refuses %s = %i with BAD_USER_INPUT naming it', async (name, value) => {
    const map = await buildMap(api, 'bad-args', lines);
    const error = await api.fails(dependentQuery, { actorId: map.id('ann'), [name]: value });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    expect(error.message).toContain(name);
  });
});
