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
  // The scheme catalogue belongs to no map: every token reads all of it.
  schemes: one(`{ schemes { id } }`, () => ({})),
  scheme: one(`{ scheme(id: "practical-reasoning") { id criticalQuestions { id } } }`, () => ({})),
};

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
      else expect(seen).toEqual(JSON.parse(JSON.stringify(unknown).replaceAll(absent.mapId, other.mapId)));
    });

    it(`${field}: the token's own map answers as for an unlimited token`, async () => {
      const seen = await asLimited(cases[field]!(own));
      if (field === 'maps') expect(seen).toEqual({ data: { maps: [{ id: own.mapId }] } });
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
