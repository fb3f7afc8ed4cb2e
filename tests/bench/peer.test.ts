/**
 * The benchmark's peer (bench/peer/type-defs.ts, @neo4j/graphql) can answer what the benchmark asks
 * it: every peer request of bench/operations.ts validates against the peer's generated schema (it
 * takes `limit` and answers plain lists, where argmap takes `first` and answers connections), and
 * every @cypher statement of the peer plans on Neo4j (EXPLAIN: nothing runs). Either failing made
 * `npm run bench -- --quick` record the operation as failed, with no figures.
 */
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type * as graphql from 'graphql';
import { Kind, parse, type GraphQLSchema, type StringValueNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chainOperations, mapOperations } from '../../bench/operations.ts';
import { peerTypeDefs } from '../../bench/peer/type-defs.ts';
import { Database } from '../../src/neo4j/database.ts';

// @neo4j/graphql builds its schema with the CommonJS graphql; it is validated with the same copy.
const commonJsGraphql = createRequire(import.meta.url)('graphql') as typeof graphql;

const probes = { conclusionId: 'm:c1', premiseId: 'm:c2', actorId: 'm:p0', mapId: 'm' };
const peerRequests = [...chainOperations(probes, 6), ...mapOperations(probes, {})].flatMap((operation) =>
  operation.peer ? [{ name: operation.name, query: operation.peer.query }] : [],
);

/** The `statement` argument of every @cypher directive in the type definitions, by field name. */
function cypherStatements(): { field: string; statement: string }[] {
  const statements: { field: string; statement: string }[] = [];
  for (const definition of parse(peerTypeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? [])
      for (const directive of field.directives ?? [])
        if (directive.name.value === 'cypher') {
          const argument = directive.arguments?.find((a) => a.name.value === 'statement');
          statements.push({ field: field.name.value, statement: (argument?.value as StringValueNode).value });
        }
  }
  return statements;
}

let schema: GraphQLSchema;
let db: Database;
beforeAll(async () => {
  schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs }).getSchema();
  db = await Database.connect(inject('neo4j'));
});
afterAll(() => db?.close());

describe('the benchmark peer', () => {
  it('asks the peer only requests its schema accepts', () => {
    expect(peerRequests.map((r) => r.name)).toContain('dependentClaims');
    for (const { name, query } of peerRequests)
      expect([name, commonJsGraphql.validate(schema, commonJsGraphql.parse(query)).map((e) => e.message)]).toEqual([name, []]);
  });

  it('runs @cypher statements that plan on Neo4j', async () => {
    const statements = cypherStatements();
    expect(statements.map((s) => s.field).sort()).toEqual(['consequences', 'dependentClaims', 'reasoningChains']);
    for (const { statement } of statements) await expect(db.driver.executeQuery(`EXPLAIN ${statement}`)).resolves.toBeDefined();
  });
});
