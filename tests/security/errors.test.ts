import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { unknownMapId } from '../support/unknown-ids.ts';
import { useHttpServer } from './http-server.ts';

const logLines: Record<string, unknown>[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

// A resolver that fails the way a bug would: a plain Error carrying internals in its message.
const server = useHttpServer({
  logger,
  plugins: [
    {
      async requestDidStart() {
        return {
          async executionDidStart() {
            return {
              willResolveField({ info }) {
                if (info.fieldName === 'maps' && info.operation.name?.value === 'Boom') {
                  throw new Error('Neo.DatabaseError: MATCH (secret:Thing) RETURN secret');
                }
              },
            };
          },
        };
      },
    },
  ],
});

describe('errors leak nothing', () => {
  it('answers an unexpected failure INTERNAL_SERVER_ERROR with the request id, and logs the detail under it', async () => {
    const response = await server.post({ query: 'query Boom { maps { id } }', operationName: 'Boom' });
    const requestId = response.headers.get('x-request-id');
    expect(response.body.errors).toEqual([
      { message: 'Internal server error', path: ['maps'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(/MATCH|secret|Neo\.|\.ts:/);
    const logged = logLines.find((line) => line.requestId === requestId);
    expect(logged).toMatchObject({ msg: 'unexpected error', err: { message: expect.stringContaining('MATCH (secret') } });
    expect((logged!.err as { stack: string }).stack).toContain('errors.test.ts');
  });

  it('answers our own errors with their code and no request id noise', async () => {
    const response = await server.post({
      query: `{ reasoningChains(conclusionId: "${unknownMapId()}:x", maxDepth: 11, first: 1) { edges { node { claims { id } } } } }`,
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Noise: a request id in the answer, or an "unexpected error" log line, for an error that is
    // the caller's to fix; the id is for what an operator must look up (see error-log-plugin.ts).
    expect(response.body.errors).toEqual([
      {
        message: 'maxDepth: must be an integer from 1 to 10, got 11',
        locations: [expect.any(Object)],
        path: ['reasoningChains'],
        extensions: { code: 'BAD_USER_INPUT', field: 'maxDepth' },
      },
    ]);
    expect(logLines.filter((line) => line.requestId === requestId)).toEqual([]);
  });
});

describe('trusted documents (ARGMAP_TRUSTED_DOCUMENTS)', () => {
  const trusted = '{ maps { id } }';
  const file = `${tmpdir()}/argmap-trusted-${process.pid}.json`;
  writeFileSync(
    file,
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'x', body: trusted }] }),
  );
  const locked = useHttpServer({ limits: { trustedDocumentsFile: file } });

  it('runs a document from the manifest and refuses any other with a 400', async () => {
    expect((await locked.post({ query: trusted })).status).toBe(200);
    // 400 with the GraphQL-over-HTTP media type; application/json would answer 200 with the error.
    const other = await locked.post({ query: '{ maps { title } }' }, { accept: 'application/graphql-response+json' });
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });
});

describe('automatic persisted queries', () => {
  it('answers a known hash without the text after one full request', async () => {
    const { createHash } = await import('node:crypto');
    const query = '{ maps { id title } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await server.post({ extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await server.post({ query, extensions: { persistedQuery } })).status).toBe(200);
    const byHash = await server.post({ extensions: { persistedQuery } });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.maps.length).toBeGreaterThan(0);
  });
});
