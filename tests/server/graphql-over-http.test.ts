/**
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/), checked by the
 * graphql-http package's own server audits against the real HTTP app, one test per audit, and
 * the interplay with our own limits, spelled out.
 */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useHttpServer } from '../security/http-server.ts';

const server = useHttpServer({ limits: { maxDepth: 3 } });

/**
 * MAY audits we decline on purpose: they send a GET with neither a JSON content type nor a
 * preflight header, which Apollo's CSRF prevention refuses (docs/api.md, "Over HTTP"). The same
 * GET with `apollo-require-preflight` is answered (tested below).
 */
const declined = new Set([
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
]);

const audits = serverAudits({ url: () => server.url });
const json = 'application/json';
const graphqlResponse = 'application/graphql-response+json';

describe('GraphQL over HTTP: every MUST and SHOULD audit of graphql-http passes', () => {
  for (const audit of audits.filter((audit) => !audit.name.startsWith('MAY'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      const reason = result.status === 'ok' ? '' : `${result.reason}: ${await result.response.text()}`;
      expect({ status: result.status, reason }).toEqual({ status: 'ok', reason: '' });
    });
  }
});

describe('GraphQL over HTTP: the MAY audits pass, but for GETs without a preflight header', () => {
  for (const audit of audits.filter((audit) => audit.name.startsWith('MAY') && !declined.has(audit.name))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      const reason = result.status === 'ok' ? '' : `${result.reason}: ${await result.response.text()}`;
      expect({ status: result.status, reason }).toEqual({ status: 'ok', reason: '' });
    });
  }
  for (const name of declined) {
    it(`${name}: declined, CSRF prevention refuses it with 400`, async () => {
      const result = await audits.find((audit) => audit.name === name)!.fn();
      expect(result.status).not.toBe('ok');
      const response = result.status === 'ok' ? null : result.response;
      expect(response?.status).toBe(400);
      expect(await response?.text()).toContain('Cross-Site Request Forgery');
    });
  }
});

/** GETs `query` with `variables` as URL-encoded JSON, as the declined audits do, plus the preflight header. */
async function get(query: string, variables: object, accept: string) {
  const url = new URL(server.url);
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  return fetch(url, { headers: { accept, 'apollo-require-preflight': 'true' } });
}

describe('GraphQL over HTTP: status and media type per Accept', () => {
  const tooDeep = '{ maps { claims { nodes { id } } } }';

  it('answers a GET with URL-encoded variables when the preflight header is present', async () => {
    const response = await get('query ($id: ID!) { map(id: $id) { id } }', { id: 'no-such-map' }, graphqlResponse);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${graphqlResponse}; charset=utf-8`);
    expect(await response.json()).toEqual({ data: { map: null } });
  });

  it('answers a request over our depth limit 400 for graphql-response+json and 200 for application/json', async () => {
    const strict = await server.post({ query: tooDeep }, { accept: graphqlResponse });
    const legacy = await server.post({ query: tooDeep }, { accept: json });
    expect([strict.status, strict.headers.get('content-type')]).toEqual([400, `${graphqlResponse}; charset=utf-8`]);
    expect([legacy.status, legacy.headers.get('content-type')]).toEqual([200, `${json}; charset=utf-8`]);
    for (const { body } of [strict, legacy]) {
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('answers without Accept as application/json, the legacy type', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': json },
      body: JSON.stringify({ query: tooDeep }),
    });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, `${json}; charset=utf-8`]);
  });

  it('keeps 400 for a body that is not a GraphQL request, whatever the Accept', async () => {
    for (const accept of [json, graphqlResponse]) {
      expect((await server.post({ variables: {} }, { accept })).status).toBe(400);
      expect((await server.post('{"query": ', { accept })).status).toBe(400);
    }
  });

  it('keeps 401 for a bad token with application/json: not permitted is not a request error', async () => {
    const response = await server.post({ query: '{ maps { id } }' }, { accept: json, authorization: 'Bearer argmap_nope_x' });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 406 when Accept allows neither media type', async () => {
    expect((await server.post({ query: '{ maps { id } }' }, { accept: 'text/csv' })).status).toBe(406);
  });

  it('answers another method 405 with Allow: GET, POST, and a mutation over GET 405 with Allow: POST', async () => {
    const put = await fetch(server.url, {
      method: 'PUT',
      headers: { 'content-type': json },
      body: '{"query":"{ maps { id } }"}',
    });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
    const mutation = await get('mutation { createMap(input: { id: "x", title: "x" }) { id } }', {}, json);
    expect([mutation.status, mutation.headers.get('allow')]).toEqual([405, 'POST']);
  });
});
