import { describe, expect, it } from 'vitest';
import { unknownMapId } from '../support/unknown-ids.ts';
import { useHttpServer } from './http-server.ts';

const server = useHttpServer({
  limits: { maxDepth: 6, maxAliases: 3, maxDirectives: 3, maxTokens: 200, maxCost: 1_000, maxBodyBytes: 4_096 },
  corsOrigins: ['https://maps.example.org'],
});

/**
 * The 4xx of a request error comes with `application/graphql-response+json`; the legacy
 * `application/json` answers it 200 (GraphQL over HTTP; tests/server/graphql-over-http.test.ts).
 */
const graphqlResponse = { accept: 'application/graphql-response+json' };

/** Posts a document that must be refused with HTTP 4xx and a GraphQL error of `code`. */
async function refused(body: unknown, status: number, code: string): Promise<string> {
  const response = await server.post(body, graphqlResponse);
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.errors?.[0].extensions.code).toBe(code);
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack
  return response.body.errors![0].message as string;
}

/** Posts a document that exactly one validation rule must refuse, with exactly `message`. */
async function refusedOnlyWith(query: string, message: string): Promise<void> {
  const response = await server.post({ query }, graphqlResponse);
  expect(response.status, JSON.stringify(response.body.errors)).toBe(400);
  const errors = response.body.errors?.map((error) => ({ code: error.extensions.code, message: error.message }));
  expect(errors).toEqual([{ code: 'GRAPHQL_VALIDATION_FAILED', message }]);
}

describe('abuse limits: each over-limit document is a 4xx GraphQL error', () => {
  it('refuses a query deeper than maxDepth', async () => {
    const deep = `{ maps { claims { nodes { supportedBy { premises { supportedBy { id } } } } } } }`;
    expect(await refused({ query: deep }, 400, 'GRAPHQL_VALIDATION_FAILED')).toContain('at most 6');
  });

  it('refuses more aliases than maxAliases, by the alias rule alone', async () => {
    const query = '{ a: maps { id } b: maps { id } c: maps { id } d: maps { id } }';
    await refusedOnlyWith(query, 'the document uses 4 aliases; at most 3 are allowed');
  });

  it('refuses more directives than maxDirectives, by the directive rule alone', async () => {
    const query =
      '{ maps { id @include(if: true) title @include(if: true) createdAt @skip(if: false) description @skip(if: false) } }';
    await refusedOnlyWith(query, 'the document uses 4 directives; at most 3 are allowed');
  });

  it('refuses a document of more tokens than maxTokens', async () => {
    await refused({ query: `{ maps { ${'id '.repeat(300)} } }` }, 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses a chain query whose maxDepth and first multiply past maxCost, counting variables', async () => {
    const conclusionId = `${unknownMapId()}:x`;
    const query = `query($depth: Int) { reasoningChains(conclusionId: "${conclusionId}", maxDepth: $depth, first: 100) {
      edges { node { claims { id } } } } }`;
    expect(await refused({ query, variables: { depth: 10 } }, 400, 'GRAPHQL_VALIDATION_FAILED')).toContain('cost');
    // 1 + 100 chains × (1 edge + 1 node + 1 + 6 claims) = 901 at maxDepth 5: allowed, and it runs.
    const allowed = await server.post({ query, variables: { depth: 5 } }, graphqlResponse);
    expect(allowed.body.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a body larger than maxBodyBytes with 413', async () => {
    await refused({ query: `{ maps { id } }`, variables: { pad: 'x'.repeat(5_000) } }, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON and a missing query with 400, not 500', async () => {
    await refused('{"query": ', 400, 'BAD_REQUEST');
    const response = await server.post({ variables: {} });
    expect(response.status).toBe(400);
  });

  it('refuses a mutation over GET (GraphQL over HTTP: GET only for queries)', async () => {
    const url = `${server.url}?query=${encodeURIComponent('mutation { createMap(input: {id: "x", title: "x"}) { id } }')}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('answers a query over GET when CSRF prevention is satisfied, and refuses it otherwise', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ maps { id } }')}`;
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
    expect((await fetch(url)).status).toBe(400);
  });
});

describe('headers', () => {
  it('sends security headers, the CSP and a request id', async () => {
    const response = await server.post({ query: '{ maps { id } }' });
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self';script-src 'self' 'unsafe-inline';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;connect-src 'self';worker-src 'self' blob:",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('allows cross-origin calls from allow-listed origins only', async () => {
    const allowed = await server.post({ query: '{ maps { id } }' }, { origin: 'https://maps.example.org' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://maps.example.org');
    const other = await server.post({ query: '{ maps { id } }' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('per-request deadline (ARGMAP_REQUEST_TIMEOUT_MS)', () => {
  const hurried = useHttpServer({ limits: { requestTimeoutMs: 1 } });
  it('answers TIMEOUT (503, Retry-After) rather than leaving the connection hanging', async () => {
    const response = await hurried.post({ query: '{ maps { id counts { claims } graph { nodes { id } } } }' });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(response.body.errors?.[0].extensions.code).toBe('TIMEOUT');
  });
});
