/**
 * Entity.dependentClaims, read through the real field resolvers. The root fields that return an
 * Entity (Actor.entity, entity queries) belong to the entities work and are not on this branch, so
 * the test reaches the type through a test-only root field, `testEntity`, on the service's schema
 * and resolver map (graphql-js execute; every other field resolves as in the service).
 */
import { buildASTSchema, concatAST, defaultFieldResolver, execute, parse, type GraphQLFieldResolver } from 'graphql';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/graphql/caller.ts';
import { createRequestContext } from '../../src/graphql/context.ts';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { resolvers } from '../../src/server/resolvers.ts';
import { testAdmin, useApi } from '../support/api.ts';
import { buildWeb, type Web } from './web.ts';

const api = useApi();
const schema = buildASTSchema(concatAST([...typeDefs, parse('extend type Query { testEntity(id: ID!): Entity }')]));
const byType = resolvers as unknown as Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>>;
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) =>
  (byType[info.parentType.name]?.[info.fieldName] ?? defaultFieldResolver)(source, args, context, info);

const entityField = parse(`query($id: ID!, $maps: [ID!]) {
  testEntity(id: $id) { dependentClaims(maps: $maps, first: 100) { totalCount edges { node { claim { id } actor { id } distance } } } }
}`);
const queryField = `query($id: ID!, $maps: [ID!]) {
  dependentClaims(entityId: $id, maps: $maps, first: 100) { totalCount edges { node { claim { id } actor { id } distance } } }
}`;

async function viaEntity(caller: Caller, variables: Record<string, unknown>) {
  const contextValue = createRequestContext(api.db, pino({ level: 'silent' }), 'test', { caller });
  const rootValue = {
    testEntity: ({ id }: { id: string }) => ({ id, name: 'Vladimir Putin', aliases: [], kind: 'PERSON', sameAs: [] }),
  };
  const result = await execute({
    schema,
    document: entityField,
    variableValues: variables,
    contextValue,
    rootValue,
    fieldResolver,
  });
  expect(result.errors).toBeUndefined();
  return (result.data as { testEntity: { dependentClaims: unknown } }).testEntity.dependentClaims;
}

let web: Web;
beforeAll(async () => {
  web = await buildWeb(api, 'entity-field');
});

describe('Entity.dependentClaims', () => {
  it('answers as Query.dependentClaims(entityId) with the same arguments', async () => {
    for (const maps of [undefined, [web.a.mapId, web.b.mapId]]) {
      const { dependentClaims } = await api.ok(queryField, { id: web.putin, maps });
      expect(await viaEntity(testAdmin, { id: web.putin, maps })).toEqual(dependentClaims);
    }
  });

  it('answers a token limited to some maps from those maps only, though no read guard sits above it', async () => {
    const limited: Caller = { tokenId: 'limited', role: 'reader', maps: [web.a.mapId] };
    const seen = (await viaEntity(limited, { id: web.putin })) as { edges: { node: { claim: { id: string } } }[] };
    expect(seen.edges.map((edge) => edge.node.claim.id)).toEqual(['a1', 'a2', 'a3'].map(web.id));
    expect(await viaEntity(limited, { id: web.putin, maps: [web.b.mapId] })).toEqual({ totalCount: 0, edges: [] });
  });
});
