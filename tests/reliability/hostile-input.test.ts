/**
 * Property: random and hostile values for every argument of every query and mutation get only the
 * documented answers — data, or an error coded BAD_USER_INPUT, NOT_FOUND, CONFLICT, TIMEOUT or
 * GRAPHQL_VALIDATION_FAILED — never INTERNAL_SERVER_ERROR; and a refused mutation leaves the map
 * exactly as it was. Mutations run as an admin, so they reach the resolvers (access has its own test).
 */
import fc from 'fast-check';
import { buildASTSchema, concatAST, getNamedType, isLeafType, Kind, type GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { mapSnapshot, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';
import { valueFor } from './hostile-values.ts';

const api = useApi();
const schema = buildASTSchema(concatAST(typeDefs));
const documented = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TIMEOUT', 'GRAPHQL_VALIDATION_FAILED']);
const runsPerField = Number(process.env.ARGMAP_HOSTILE_RUNS ?? 12);
const withArguments = (operation: 'query' | 'mutation') => {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).filter((field) => field.args.length > 0);
};

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
  describe(`hostile input: every ${operation} argument`, () => {
    for (const field of withArguments(operation)) {
      it(`${field.name} answers only documented codes and, when refused, writes nothing`, async () => {
        const ids = () => Object.values(small.ids).concat(small.mapId);
        const variables = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, ids())])));
        let tried = 0;
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
        // Every argument set was sent: none was filtered out or cut short.
        expect(tried).toBe(runsPerField);
      }, 300_000);
    }
  });
}

// The tests above are generated from the built schema; this reads the SDL's own definitions and
// extensions, independently, so a field the generation missed fails here.
describe('hostile input: coverage', () => {
  it('has a test for every query and mutation field with arguments in the SDL', () => {
    const inSdl = typeDefs
      .flatMap((document) => document.definitions)
      .flatMap((definition) =>
        (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        (definition.name.value === 'Query' || definition.name.value === 'Mutation')
          ? (definition.fields ?? [])
              .filter((field) => (field.arguments ?? []).length > 0)
              .map((field) => `${definition.name.value === 'Query' ? 'query' : 'mutation'}.${field.name.value}`)
          : [],
      );
    const tested = (['query', 'mutation'] as const).flatMap((operation) =>
      withArguments(operation).map((field) => `${operation}.${field.name}`),
    );
    expect(inSdl.length).toBeGreaterThan(20);
    expect(tested.sort()).toEqual(inSdl.sort());
  });
});
