/**
 * With ARGMAP_READS=token, a token limited to maps reads only those maps, over HTTP: for every
 * Query field (enumerated from the schema, so a new field fails here until it has a case), a
 * lookup in another map answers exactly what a lookup of an id that does not exist answers (null
 * or NOT_FOUND: the token cannot tell a map it may not read from none), and listings leave other
 * maps out. In its own maps the token reads what an unlimited one reads.
 */
import { buildASTSchema, concatAST } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryMaps } from '../../src/auth/query-maps.ts';
import { createToken } from '../../src/auth/token-store.ts';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { uniqueMapId, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';
import { linkSameClaims } from '../support/web-fixtures.ts';
import { useHttpServer } from './http-server.ts';

const api = useApi();
const server = useHttpServer({ reads: 'token' });
const queryFields = Object.keys(buildASTSchema(concatAST(typeDefs)).getQueryType()!.getFields());

type Case = (map: SmallMap) => { query: string; variables: Record<string, unknown> };
const one =
  (query: string, variables: (map: SmallMap) => Record<string, unknown>): Case =>
  (map) => ({ query, variables: variables(map) });

/** One read of each Query field, aimed at one map; `__typename` where the shape is another test's. */
const cases: Record<string, Case> = {
  map: one(`query($id: ID!) { map(id: $id) { id title claims { totalCount } } }`, (m) => ({ id: m.mapId })),
  maps: one(`{ maps { id } }`, () => ({})),
  claim: one(`query($id: ID!) { claim(id: $id) { id text } }`, (m) => ({ id: m.ids.alpha })),
  claims: one(`query($f: ClaimFilter) { claims(filter: $f) { totalCount nodes { id } } }`, (m) => ({ f: { mapId: m.mapId } })),
  matchClaims: one(
    `query($m: ID!) { matchClaims(text: "Alpha is true", maps: [$m]) { claim { id } map { id } score } }`,
    (m) => ({
      m: m.mapId,
    }),
  ),
  claimsRestingOn: one(
    `query($m: ID!) { claimsRestingOn(factCheckedAs: [FALSE], maps: [$m]) { edges { node { claim { id } } } } }`,
    (m) => ({
      m: m.mapId,
    }),
  ),
  actor: one(`query($id: ID!) { actor(id: $id) { id name } }`, (m) => ({ id: m.ids.ann })),
  actors: one(`query($f: ActorFilter) { actors(filter: $f) { id } }`, (m) => ({ f: { mapId: m.mapId } })),
  dependentClaims: one(`query($a: ID!) { dependentClaims(actorId: $a) { __typename } }`, (m) => ({ a: m.ids.ann })),
  reasoningChains: one(`query($c: ID!) { reasoningChains(conclusionId: $c) { __typename } }`, (m) => ({ c: m.ids.delta })),
  consequences: one(`query($c: ID!) { consequences(premiseId: $c) { __typename } }`, (m) => ({ c: m.ids.alpha })),
  justification: one(`query($c: ID!) { justification(conclusionId: $c) { nodes { id } } }`, (m) => ({ c: m.ids.delta })),
  evaluate: one(`query($m: ID!) { evaluate(mapId: $m) { labels { claim { id } status } } }`, (m) => ({ m: m.mapId })),
  explainStatus: one(`query($c: ID!) { explainStatus(claimId: $c) { __typename } }`, (m) => ({ c: m.ids.delta })),
  criticalPremises: one(`query($c: ID!) { criticalPremises(conclusionId: $c) { __typename } }`, (m) => ({ c: m.ids.delta })),
  circularReasoning: one(`query($m: ID!) { circularReasoning(mapId: $m) { __typename } }`, (m) => ({ m: m.mapId })),
  exportMap: one(`query($m: ID!) { exportMap(mapId: $m, format: ARGDOWN) }`, (m) => ({ m: m.mapId })),
  openQuestions: one(`query($m: ID!) { openQuestions(mapId: $m) { __typename } }`, (m) => ({ m: m.mapId })),
  // Entities belong to no map: every token reads them, but only its own maps' actors of them
  // (beforeAll links the Ann of both maps to the entity `<own map id>-ann`).
  entity: one(`query($id: ID!) { entity(id: $id) { id actors { id } maps { id } } }`, () => ({ id: `${own.mapId}-ann` })),
  entities: one(`query($s: String) { entities(search: $s) { id actors { id } } }`, () => ({ s: `ann-${own.mapId}` })),
  suggestEntities: one(`query($a: ID!) { suggestEntities(actorId: $a, first: 100) { __typename } }`, (m) => ({ a: m.ids.ann })),
  mapChanges: one(`query($m: ID!) { mapChanges(mapId: $m) { sequence operation } }`, (m) => ({ m: m.mapId })),
  // The scheme catalogue belongs to no map: every token reads all of it.
  schemes: one(`{ schemes { id } }`, () => ({})),
  scheme: one(`{ scheme(id: "practical-reasoning") { id criticalQuestions { id } } }`, () => ({})),
};

/**
 * Reads that join maps (entities hold actors of several maps; suggestions come from every map): an
 * unlimited token sees the other map's part too, so the limited token's answer is checked to hold
 * its own map and nothing of the other, rather than to equal the unlimited one.
 */
const acrossMaps = new Set(['entity', 'entities', 'suggestEntities']);

let own: SmallMap;
let other: SmallMap;
let limited: { authorization: string };
/** The small map's ids under a map id that was never created. */
let absent: SmallMap;
beforeAll(async () => {
  [own, other] = await Promise.all([importSmallMap(api, 'readable'), importSmallMap(api, 'unreadable')]);
  const absentId = uniqueMapId('absent');
  absent = {
    mapId: absentId,
    ids: Object.fromEntries(
      Object.entries(other.ids).map(([k, id]) => [k, id.replace(other.mapId, absentId)]),
    ) as SmallMap['ids'],
  };
  const { token } = await createToken(server.db, { role: 'reader', maps: [own.mapId] });
  const entityId = `${own.mapId}-ann`;
  await api.ok(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`, {
    input: { id: entityId, name: `Ann ${entityId}`, aliases: [`ann-${own.mapId}`], kind: 'PERSON' },
  });
  for (const map of [own, other]) {
    await api.ok(`mutation($a: ID!, $e: ID!) { linkActorToEntity(actorId: $a, entityId: $e) { id } }`, {
      a: map.ids.ann,
      e: entityId,
    });
  }
  limited = { authorization: `Bearer ${token}` };
});

const asLimited = async (request: { query: string; variables: Record<string, unknown> }) => {
  const { status, body } = await server.post(request, limited);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
};
const asAdmin = async (request: { query: string; variables: Record<string, unknown> }) => {
  const { data, errors } = await api.run(request.query, request.variables);
  return JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) }));
};

describe('map-limited reads: every Query field', () => {
  it('has a case here and an entry in src/auth/query-maps.ts for every Query field', () => {
    expect(Object.keys(cases).sort()).toEqual([...queryFields].sort());
    expect(Object.keys(queryMaps).sort()).toEqual([...queryFields].sort());
  });

  for (const field of queryFields) {
    it(`${field}: another map's ids answer as ids that do not exist`, async () => {
      const unknown = await asAdmin(cases[field]!(absent));
      const request = cases[field]!(other);
      const seen = await asLimited(request);
      // Nothing of the other map shows but the ids the request named itself.
      const named = Object.values(request.variables).flatMap((value) =>
        typeof value === 'string' ? [value] : Object.values(value as object),
      );
      expect(named.reduce((text, id) => text.replaceAll(id, ''), JSON.stringify(seen))).not.toContain(other.mapId);
      if (field === 'maps') expect(seen.data.maps.map((m: { id: string }) => m.id)).not.toContain(other.mapId);
      // entity and entities name no map: the check above, that nothing of the other map shows, is the point.
      else if (field === 'entity' || field === 'entities') expect(seen.errors).toBeUndefined();
      else expect(seen).toEqual(JSON.parse(JSON.stringify(unknown).replaceAll(absent.mapId, other.mapId)));
    });

    it(`${field}: the token's own map answers as for an unlimited token`, async () => {
      const seen = await asLimited(cases[field]!(own));
      if (acrossMaps.has(field)) {
        expect(seen.errors).toBeUndefined();
        expect(JSON.stringify(seen)).not.toContain(other.mapId);
        if (field !== 'suggestEntities') expect(JSON.stringify(seen)).toContain(`"id":"${own.ids.ann}"`);
      } else if (field === 'maps') expect(seen).toEqual({ data: { maps: [{ id: own.mapId }] } });
      else expect(seen).toEqual(await asAdmin(cases[field]!(own)));
    });
  }
});

describe('map-limited reads: listings across maps', () => {
  const everything = [
    `{ claims(first: 100) { totalCount nodes { id } } }`,
    `{ claims(first: 100, filter: { search: "alpha" }) { totalCount nodes { id } } }`,
    `{ claims(first: 100, filter: { actorId: "${'$'}{other}" }) { totalCount nodes { id } } }`,
    `{ actors { id } }`,
    `{ matchClaims(text: "Alpha is true") { claim { id } } }`,
    `{ actors(filter: { search: "Ann" }) { id } }`,
  ];
  it.each(everything)('%s lists only the token’s maps', async (template) => {
    const query = template.replace('${other}', other.ids.ann);
    const seen = await asLimited({ query, variables: {} });
    expect(seen.errors).toBeUndefined();
    const ids: string[] = JSON.stringify(seen.data).match(/"id":"[^"]+"/g) ?? [];
    expect(
      ids.every((id) => id.startsWith(`"id":"${own.mapId}:`)),
      ids.join(),
    ).toBe(true);
    if (!template.includes('actorId')) expect(ids.length).toBeGreaterThan(0);
    const total = (seen.data as { claims?: { totalCount: number; nodes: unknown[] } }).claims;
    if (total) expect(total.totalCount).toBe(total.nodes.length);
  });
});

describe('map-limited reads: questions across maps', () => {
  // Ann of both maps is one entity (linked by the file's beforeAll), and alpha of both maps one
  // claim: a question asked across maps would reach the other map by either way, and must not for
  // a token limited to its own map.
  let entityId: string;
  beforeAll(async () => {
    entityId = `${own.mapId}-ann`;
    await linkSameClaims(api, [own.ids.alpha, other.ids.alpha]);
  });
  const dependents = `query($e: ID, $m: [ID!]) {
    dependentClaims(entityId: $e, maps: $m, first: 100) { totalCount edges { node { claim { id } actor { id } map { id } chain { claims { id } } } } }
  }`;

  it('dependentClaims(entityId) answers only from the token’s maps', async () => {
    const seen = await asLimited({ query: dependents, variables: { e: entityId } });
    expect(seen.errors).toBeUndefined();
    const text = JSON.stringify(seen.data);
    expect(text).not.toContain(other.mapId);
    expect(seen.data.dependentClaims.totalCount).toBe(seen.data.dependentClaims.edges.length);
    const all = await asAdmin({ query: dependents, variables: { e: entityId } });
    expect(JSON.stringify(all.data)).toContain(other.mapId);
  });

  it.each([
    ['reasoningChains', 'conclusionId', 'delta'],
    ['consequences', 'premiseId', 'alpha'],
  ] as const)('%s(acrossMaps) hops only into the token’s maps', async (field, argument, key) => {
    const chains = `query($c: ID!) { ${field}(${argument}: $c, acrossMaps: true) { totalCount edges { node { claims { id } } } } }`;
    const seen = await asLimited({ query: chains, variables: { c: own.ids[key] } });
    expect(seen.errors).toBeUndefined();
    expect(JSON.stringify(seen.data)).not.toContain(other.mapId);
    expect(seen.data[field].edges.length).toBeGreaterThan(0);
    // For reasoningChains the other map's alpha is one hop below the token's alpha; an unlimited caller sees it.
    if (field === 'reasoningChains') {
      expect(JSON.stringify((await asAdmin({ query: chains, variables: { c: own.ids[key] } })).data)).toContain(other.mapId);
    }
  });

  it('dependentClaims(entityId, maps: [another map]) answers as for a map that does not exist', async () => {
    const seen = await asLimited({ query: dependents, variables: { e: entityId, m: [other.mapId] } });
    const none = await asLimited({ query: dependents, variables: { e: entityId, m: [absent.mapId] } });
    expect(seen).toEqual(none);
    expect(seen.data.dependentClaims).toEqual({ totalCount: 0, edges: [] });
  });
});
