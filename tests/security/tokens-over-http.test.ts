import { describe, expect, it } from 'vitest';
import { createToken, listTokens, revokeToken } from '../../src/auth/token-store.ts';
import { uniqueMapId } from '../support/api.ts';
import { useHttpServer } from './http-server.ts';

const server = useHttpServer();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const createMap = (id: string) => ({
  query: `mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`,
  variables: { input: { id, title: 'Tokens' } },
});

describe('tokens over HTTP', () => {
  it('answers a write without a token with UNAUTHENTICATED (401) and writes nothing', async () => {
    const id = uniqueMapId('no-token');
    const response = await server.post(createMap(id));
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.post({ query: `{ map(id: "${id}") { id } }` })).body.data.map).toBeNull();
  });

  it('lets an editor token write and a reader token not (FORBIDDEN, 403)', async () => {
    const editor = await createToken(server.db, { role: 'editor', name: 'http test' });
    const reader = await createToken(server.db, { role: 'reader' });
    const id = uniqueMapId('editor');
    expect((await server.post(createMap(id), bearer(editor.token))).body).toEqual({ data: { createMap: { id } } });
    const refused = await server.post(createMap(uniqueMapId('reader')), bearer(reader.token));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('stores only a salted hash: the secret appears nowhere in the database', async () => {
    const { token, info } = await createToken(server.db, { role: 'reader' });
    const secret = token.split('_').slice(2).join('_');
    const rows = await server.db.read((tx) => tx.run('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS p', { id: info.id }));
    const stored = JSON.stringify(rows.records[0]!.get('p'));
    expect(stored).not.toContain(secret);
    expect(rows.records[0]!.get('p')).toMatchObject({ hash: expect.any(String), salt: expect.any(String) });
    expect((await listTokens(server.db)).find((listed) => listed.id === info.id)).not.toHaveProperty('hash');
  });

  it('refuses a revoked token at once for writes, and a malformed or forged one', async () => {
    const { token, info } = await createToken(server.db, { role: 'editor' });
    expect((await server.post(createMap(uniqueMapId('before-revoke')), bearer(token))).status).toBe(200);
    await revokeToken(server.db, info.id);
    const id = uniqueMapId('after-revoke');
    const write = await server.post(createMap(id), bearer(token));
    expect(write.status).toBe(401);
    expect(write.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await server.post({ query: `{ map(id: "${id}") { id } }` })).body.data.map).toBeNull();
    const forged = `${token.slice(0, -4)}AAAA`;
    for (const header of [bearer(token), bearer(forged), bearer('nonsense'), { authorization: 'Basic abc' }]) {
      const response = await server.post({ query: '{ maps { id } }' }, header);
      expect(response.status, header.authorization).toBe(401);
      expect(response.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('token lookups cached for reads (ARGMAP_TOKEN_CACHE_MS)', () => {
  const cacheMs = 5_000;
  // The cache ages by this clock, which only the tests move: no waiting, and no race with a slow machine.
  let clock = 1_000_000;
  const cached = useHttpServer({ reads: 'token', tokenCacheMs: cacheMs, now: () => clock });
  const read = { query: '{ maps { id } }' };

  it('lets a just-revoked token read while its lookup is younger than the cache time, and refuses it from then on', async () => {
    const { token, info } = await createToken(cached.db, { role: 'reader' });
    expect((await cached.post(read, bearer(token))).status).toBe(200);
    await revokeToken(cached.db, info.id);
    clock += cacheMs - 1;
    expect((await cached.post(read, bearer(token))).status).toBe(200);
    clock += 1;
    const refused = await cached.post(read, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a just-revoked token at once for a write, though its cached lookup still serves reads', async () => {
    const { token, info } = await createToken(cached.db, { role: 'editor' });
    expect((await cached.post(read, bearer(token))).status).toBe(200);
    await revokeToken(cached.db, info.id);
    expect((await cached.post(read, bearer(token))).status).toBe(200);
    const id = uniqueMapId('cached-revoked');
    const write = await cached.post(createMap(id), bearer(token));
    expect(write.status).toBe(401);
    expect(write.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { token: reader } = await createToken(cached.db, { role: 'reader' });
    expect((await cached.post({ query: `{ map(id: "${id}") { id } }` }, bearer(reader))).body.data.map).toBeNull();
  });
});

describe('reads by token only (ARGMAP_READS=token)', () => {
  const closed = useHttpServer({ reads: 'token' });
  it('answers an anonymous read with UNAUTHENTICATED and serves a reader token', async () => {
    const anonymous = await closed.post({ query: '{ maps { id } }' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { token } = await createToken(closed.db, { role: 'reader' });
    const read = await closed.post({ query: '{ maps { id } }' }, bearer(token));
    expect(read.status).toBe(200);
    expect(read.body.data.maps.length).toBeGreaterThan(0);
  });
});
