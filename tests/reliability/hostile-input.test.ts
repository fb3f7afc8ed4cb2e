/**
 * Property: random and hostile values for every argument of every query and mutation get only the
 * documented answers — data, or an error coded BAD_USER_INPUT, NOT_FOUND, CONFLICT, TIMEOUT or
 * GRAPHQL_VALIDATION_FAILED — never INTERNAL_SERVER_ERROR; and a refused mutation leaves the map
 * exactly as it was. Mutations run as an admin, so they reach the resolvers (access has its own test).
 */
import fc from 'fast-check';
import { buildASTSchema, concatAST, getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { mapSnapshot, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';
import { valueFor } from './hostile-values.ts';

const api = useApi();
const schema = buildASTSchema(concatAST(typeDefs));
const documented = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TIMEOUT', 'GRAPHQL_VALIDATION_FAILED']);
const runsPerField = Number(process.env.ARGMAP_HOSTILE_RUNS ?? 12);
let tried = 0;

/** `query($a: T!, …) { field(a: $a, …) { __typename } }` for any field with arguments. */
function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation}(${variables}) { ${field.name}(${args})${selection} }`;
}

let small: SmallMap;
beforeAll(async () => {
  small = await importSmallMap(api, 'hostile');
});

for (const operation of ['query', 'mutation'] as const) {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const fields = Object.values(root.getFields()).filter((field) => field.args.length > 0);
  describe(`hostile input: every ${operation} argument`, () => {
    for (const field of fields) {
      it(`${field.name} answers only documented codes and, when refused, writes nothing`, async () => {
        const ids = () => Object.values(small.ids).concat(small.mapId);
        const variables = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, ids())])));
        await fc.assert(
          fc.asyncProperty(variables, async (values) => {
            tried++;
            const before = operation === 'mutation' ? await mapSnapshot(api.db, small.mapId) : undefined;
            const result = await api.run(documentFor(operation, field), values);
            const codes = (result.errors ?? []).map((error) => String(error.extensions.code));
            expect(
              codes.filter((code) => !documented.has(code)),
              JSON.stringify(result.errors),
            ).toEqual([]);
            if (operation === 'mutation' && codes.length > 0) expect(await mapSnapshot(api.db, small.mapId)).toEqual(before);
          }),
          { numRuns: runsPerField },
        );
      }, 300_000);
    }
  });
}

describe('hostile input: the count', () => {
  it('tried every field', () => {
    console.log(`[hostile] ${tried} hostile argument sets tried`);
  });
});
