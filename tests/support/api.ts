/**
 * Runs GraphQL operations in-process against the real Neo4j of the test run: the same Apollo
 * server, resolvers and Cypher as the service, minus HTTP. Each result carries the number of Cypher
 * round trips the operation made.
 */
import { randomBytes } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Caller } from '../../src/graphql/caller.ts';
import type { Limits } from '../../src/limits/limits.ts';
import { Database } from '../../src/neo4j/database.ts';
import { defineQuery } from '../../src/neo4j/query.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import { createRequestContext, type RequestContext } from '../../src/graphql/context.ts';

export interface GraphQLResult<Data = Record<string, any>> {
  data: Data | null | undefined;
  errors: { message: string; path?: readonly (string | number)[]; extensions: Record<string, unknown> }[] | undefined;
  roundTrips: number;
}

export interface TestApi {
  db: Database;
  /** Runs an operation; `data` is typed loosely on purpose: tests assert on its shape. */
  run<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<Data>>;
  /** Runs an operation as another caller (anonymous, a reader, another map's editor…). */
  runAs<Data = Record<string, any>>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<Data>>;
  /** Runs an operation that must succeed and returns its data. */
  ok<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** Runs an operation that must fail and returns its first error. */
  fails(query: string, variables?: Record<string, unknown>): Promise<{ message: string; code: unknown; field: unknown }>;
}

// ARGMAP_TEST_LOG=error shows what a masked INTERNAL_SERVER_ERROR hid.
const silent = pino({ level: process.env.ARGMAP_TEST_LOG ?? 'silent' });

/**
 * Tests run as an admin token unless they say otherwise: access control has its own tests
 * (tests/security/access.test.ts), and the rest test what a permitted caller gets.
 */
export const testAdmin: Caller = { tokenId: 'test-admin', role: 'admin', maps: null };

/** Connects before the file's tests and disconnects after; use at the top of a test file. */
export function useApi(options: { transactionTimeoutMs?: number; limits?: Limits } = {}): TestApi {
  let db: Database;
  let apollo: ApolloServer<RequestContext>;
  beforeAll(async () => {
    db = await Database.connect(inject('neo4j'), options.transactionTimeoutMs);
    apollo = createApolloServer(silent, { limits: options.limits });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.close();
  });

  const runAs: TestApi['runAs'] = async (caller, query, variables) => {
    const contextValue = createRequestContext(db, silent, 'test', { caller });
    const response = await apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental responses are not used by argmap');
    const { data, errors } = response.body.singleResult;
    return { data: data as never, errors: errors as GraphQLResult['errors'], roundTrips: contextValue.roundTrips() };
  };
  const run: TestApi['run'] = (query, variables) => runAs(testAdmin, query, variables);
  return {
    get db() {
      return db;
    },
    run,
    runAs,
    async ok(query, variables) {
      const result = await run(query, variables);
      if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as never;
    },
    async fails(query, variables) {
      const result = await run(query, variables);
      const [error] = result.errors ?? [];
      if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
      return { message: error.message, code: error.extensions.code, field: error.extensions.field };
    },
  };
}

/** A map id no other test (or earlier run) uses. */
export function uniqueMapId(purpose: string): string {
  return `t-${purpose}-${randomBytes(4).toString('hex')}`;
}

const snapshotQuery = defineQuery<{ mapId: string }, { nodes: unknown[]; relationships: unknown[] }>(
  '../tests/support/map-snapshot',
);

/**
 * Everything stored for a map — every node's labels and properties and every relationship between
 * them — in a canonical order, to prove that a failed or repeated write changed nothing.
 */
export async function mapSnapshot(db: Database, mapId: string): Promise<unknown> {
  const [row] = await db.read((tx) => snapshotQuery.run({ mapId }, tx));
  return row;
}
