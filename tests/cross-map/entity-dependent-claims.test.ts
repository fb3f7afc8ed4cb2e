import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildWeb, webDependents, type Web } from './web.ts';

const api = useApi();

const query = `query($entityId: ID, $maps: [ID!], $via: [ActorLinkKind!], $maxDepth: Int, $first: Int, $after: String) {
  dependentClaims(entityId: $entityId, maps: $maps, via: $via, maxDepth: $maxDepth, first: $first, after: $after) {
    edges { node { claim { id } map { id } actor { id } link distance chain { claims { id } steps { kind } inferences { id } length } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

type Args = { maps?: string[]; via?: string[]; maxDepth?: number; first?: number; after?: string | null };
interface Found {
  claim: { id: string };
  map: { id: string };
  actor: { id: string };
  link: string;
  distance: number;
  chain: { claims: { id: string }[]; steps: { kind: string }[]; inferences: { id: string }[]; length: number };
}

let web: Web;
beforeAll(async () => {
  web = await buildWeb(api, 'entity-dependents');
});

async function page(args: Args = {}) {
  const { dependentClaims } = await api.ok(query, { entityId: web.putin, ...args });
  return dependentClaims as {
    edges: { node: Found }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
    totalCount: number;
  };
}

/** Every page of 100, followed by endCursor. */
async function all(args: Args = {}): Promise<Found[]> {
  const found: Found[] = [];
  for (let after: string | null = null; ;) {
    const next = await page({ first: 100, ...args, after });
    found.push(...next.edges.map((edge) => edge.node));
    if (!next.pageInfo.hasNextPage) return found;
    after = next.pageInfo.endCursor;
  }
}

/** The expected answer for the given keys: nearest first, then by claim id. */
function expected(keys: string[]) {
  return keys
    .map((key) => ({ id: web.id(key), distance: webDependents[key]!.distance }))
    .sort((x, y) => x.distance - y.distance || (x.id < y.id ? -1 : 1));
}
const summary = (found: Found[]) => found.map((f) => ({ id: f.claim.id, distance: f.distance }));

describe('dependentClaims(entityId): questions across maps', () => {
  it('finds every claim resting on any of the entity’s actors, crossing maps both ways, nearest first', async () => {
    const found = await all();
    expect(summary(found)).toEqual(expected(Object.keys(webDependents)));
    for (const f of found) {
      const key = f.claim.id.split(':')[1]!;
      expect(f.actor.id).toBe(web.id(webDependents[key]!.actor));
      expect(f.map.id).toBe(f.claim.id.split(':')[0]);
      expect(f.link).toBe(webDependents[key]!.actor === 'pa' ? 'ASSERTS' : 'ABOUT');
      expect(f.chain.length).toBe(f.distance);
      expect(f.chain.claims.at(-1)!.id).toBe(f.claim.id);
    }
  });

  it('explains a dependence across three maps with a SAME_CLAIM step for each hop', async () => {
    const c3 = (await all()).find((f) => f.claim.id === web.id('c3'))!;
    expect(c3.chain.claims.map((c) => c.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'c3'].map(web.id));
    expect(c3.chain.steps.map((s) => s.kind)).toEqual(['SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SAME_CLAIM', 'SUPPORT', 'SUPPORT']);
    expect(c3.chain.inferences).toHaveLength(4);
  });

  it('counts each hop between maps as a step of maxDepth', async () => {
    expect(summary(await all({ maxDepth: 0 }))).toEqual(expected(['a1', 'b5']));
    expect(summary(await all({ maxDepth: 2 }))).toEqual(expected(['a1', 'a2', 'a3', 'b1', 'b5', 'b6', 'a4']));
    expect(summary(await all({ maxDepth: 5 }))).toEqual(expected(Object.keys(webDependents).filter((k) => k !== 'c3')));
  });

  it('asks only in the chosen maps, visiting no other', async () => {
    expect(summary(await all({ maps: [web.a.mapId, web.b.mapId] }))).toEqual(
      expected(['a1', 'a2', 'a3', 'b1', 'b2', 'b5', 'b6', 'a4', 'a5']),
    );
    // Without map A, pa and the way from b6 into A are gone; C is reached only through A.
    expect(summary(await all({ maps: [web.b.mapId, web.c.mapId] }))).toEqual(expected(['b5', 'b6']));
    expect(await all({ maps: [web.c.mapId] })).toEqual([]);
  });

  it('follows only the link kinds in via', async () => {
    const asserted = Object.keys(webDependents).filter((k) => webDependents[k]!.actor === 'pa');
    expect(summary(await all({ via: ['ASSERTS'] }))).toEqual(expected(asserted));
    expect(summary(await all({ via: ['ABOUT'] }))).toEqual(expected(['b5', 'b6', 'a4', 'a5']));
  });

  it('pages of 5 concatenate to the whole answer, and totalCount counts it', async () => {
    const whole = await all();
    const pages: Found[][] = [];
    let totals: number[] = [];
    for (let after: string | null = null; ;) {
      const next = await page({ first: 5, after });
      pages.push(next.edges.map((e) => e.node));
      totals = [...totals, next.totalCount];
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual(whole);
    expect(totals).toEqual([12, 12, 12]);
    expect((await page({ maps: [web.b.mapId, web.c.mapId] })).totalCount).toBe(2);
  });

  it('reads a page in one Cypher round trip, two with totalCount', async () => {
    const lean = `query($e: ID) { dependentClaims(entityId: $e, first: 5) { edges { node { claim { id } distance } } } }`;
    expect((await api.run(lean, { e: web.putin })).roundTrips).toBe(1);
    expect((await api.run(query, { entityId: web.putin, first: 5 })).roundTrips).toBe(2);
  });
});

describe('dependentClaims: bad arguments', () => {
  const lean = `query($a: ID, $e: ID, $m: [ID!], $v: [ActorLinkKind!], $d: Int, $after: String) {
    dependentClaims(actorId: $a, entityId: $e, maps: $m, via: $v, maxDepth: $d, after: $after) { edges { cursor } }
  }`;
  it.each([
    ['neither actorId nor entityId', () => ({}), 'actorId'],
    ['both actorId and entityId', () => ({ a: web.id('pa'), e: web.putin }), 'actorId'],
    ['maps with actorId', () => ({ a: web.id('pa'), m: [web.a.mapId] }), 'maps'],
    ['an empty maps', () => ({ e: web.putin, m: [] }), 'maps'],
    ['an empty via', () => ({ e: web.putin, v: [] }), 'via'],
    ['maxDepth 11', () => ({ e: web.putin, d: 11 }), 'maxDepth'],
    ['a cursor of the actor form', () => ({ e: web.putin, after: 'ZGVwZW5kZW50Q2xhaW1zOnh4eDow' }), 'after'],
  ])('%s → BAD_USER_INPUT naming it', async (_, variables, field) => {
    const error = await api.fails(lean, variables());
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
  });

  it('an entity that does not exist → NOT_FOUND naming entityId', async () => {
    expect(await api.fails(lean, { e: 'no-such-entity-x9' })).toMatchObject({ code: 'NOT_FOUND', field: 'entityId' });
  });

  it('a map that does not exist is a map with nothing in it', async () => {
    expect(await all({ maps: ['unknown-map-x9'] })).toEqual([]);
  });
});
