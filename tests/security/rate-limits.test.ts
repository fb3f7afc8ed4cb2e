/**
 * Rate limits over real HTTP. Each server gets buckets so small (and a window of an hour) that the
 * request that empties one is known in advance: no timing is involved.
 */
import { describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/token-store.ts';
import { uniqueMapId } from '../support/api.ts';
import { useHttpServer, type TestServer } from './http-server.ts';

const hour = 3_600;
const cheap = { query: `{ map(id: "editorial") { id } }` };
const expensive = { query: `{ map(id: "editorial") { claims(first: 20) { nodes { id supportedBy { premises { id } } } } } }` };
const write = () => ({
  query: `mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`,
  variables: { input: { id: uniqueMapId('rate'), title: 'Rate' } },
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function expectLimited(server: TestServer, body: unknown, headers: Record<string, string>, by: string) {
  const response = await server.post(body, headers);
  expect(response.status, JSON.stringify(response.body)).toBe(429);
  expect(response.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limitedBy: by });
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(hour - 120);
  expect(response.body.data).toBeUndefined();
}

describe('rate limits: per client address', () => {
  const server = useHttpServer({ limits: { rate: { tokenPoints: 0, addressPoints: 2, windowSeconds: hour } } });

  it('answers the third cheap read of a two-point bucket with 429, Retry-After and RATE_LIMITED', async () => {
    expect((await server.post(cheap)).status).toBe(200);
    expect((await server.post(cheap)).status).toBe(200);
    await expectLimited(server, cheap, {}, 'address');
  });
});

describe('rate limits: writes and expensive reads cost more', () => {
  const writes = useHttpServer({ limits: { rate: { tokenPoints: 10, addressPoints: 0, windowSeconds: hour } } });
  const reads = useHttpServer({ limits: { rate: { tokenPoints: 0, addressPoints: 5, windowSeconds: hour } } });

  it('lets one write empty a ten-point bucket, and writes nothing once refused', async () => {
    const { token } = await createToken(writes.db, { role: 'editor', name: 'rate test' });
    expect((await writes.post(write(), bearer(token))).body.data.createMap.id).toBeDefined();
    const refused = write();
    await expectLimited(writes, refused, bearer(token), 'token');
    expect((await writes.post({ query: `{ map(id: "${refused.variables.input.id}") { id } }` })).body.data.map).toBeNull();
  });

  it('counts an expensive read as five points: after one, a five-point bucket refuses a cheap read', async () => {
    expect((await reads.post(expensive)).status).toBe(200);
    await expectLimited(reads, cheap, {}, 'address');
  });
});

describe('rate limits: per token, apart from the address', () => {
  const server = useHttpServer({ limits: { rate: { tokenPoints: 3, addressPoints: 1, windowSeconds: hour } } });

  it('counts a token in its own bucket: three reads with it pass after the address is spent, the fourth is refused', async () => {
    const { token } = await createToken(server.db, { role: 'reader' });
    expect((await server.post(cheap)).status).toBe(200);
    await expectLimited(server, cheap, {}, 'address');
    for (let n = 0; n < 3; n++) expect((await server.post(cheap, bearer(token))).status).toBe(200);
    await expectLimited(server, cheap, bearer(token), 'token');
  });
});
