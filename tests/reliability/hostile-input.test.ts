/**
 * Property: random and hostile values for every argument of every query and mutation (strings
 * from the whole UTF-16 range with unpaired surrogates, NUL and bidi marks, strings past every
 * length bound, Lucene and Cypher syntax; hostile-values.ts) get only the documented answers —
 * data, or an error coded BAD_USER_INPUT, NOT_FOUND, CONFLICT, TIMEOUT or GRAPHQL_VALIDATION_FAILED
 * — never INTERNAL_SERVER_ERROR; a refused mutation leaves the map exactly as it was, and no
 * mutation stores a control character. Then, for every string argument (enumerated from the built
 * schema, inside input objects, lists and JSON documents too), a NUL in it alone is refused naming
 * its path. Mutations run as an admin, so they reach the resolvers (access has its own test).
 * ARGMAP_HOSTILE_RUNS sets the runs per field (12: about a minute against a local Neo4j).
 */
import fc from 'fast-check';
import { buildASTSchema, concatAST, getNamedType, isLeafType, Kind, type GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { mapSnapshot, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';
import { leastValue, oneBadString, valueFor } from './hostile-values.ts';

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
            if (operation !== 'mutation') return;
            const after = await mapSnapshot(api.db, small.mapId);
            if (codes.length > 0) expect(after).toEqual(before);
            expect(unstorable(after), 'a control character or unpaired surrogate was stored').toEqual([]);
          }),
          { numRuns: runsPerField },
        );
        // Every argument set was sent: none was filtered out or cut short.
        expect(tried).toBe(runsPerField);
      }, 300_000);
    }
  });
}

/** Strings in `value` that argmap must never store, by an independent reading of docs/api.md's rule. */
function unstorable(value: unknown): string[] {
  if (typeof value === 'string') {
    const control = [...value].some((c) => {
      const code = c.codePointAt(0)!;
      return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || (code >= 0x7f && code <= 0x9f);
    });
    return control || /\p{Cs}/u.test(value) ? [value] : [];
  }
  if (Array.isArray(value)) return value.flatMap(unstorable);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [...unstorable(key), ...unstorable(item)]);
  return [];
}

describe('hostile input: a NUL in any one string argument', () => {
  for (const operation of ['query', 'mutation'] as const) {
    for (const field of withArguments(operation)) {
      const cases = field.args.flatMap((arg) =>
        oneBadString(arg.type, arg.name, 'a\u0000b').map(([path, value]) => ({
          path,
          variables: {
            ...Object.fromEntries(field.args.map((other) => [other.name, leastValue(other.type)])),
            [arg.name]: value,
          },
        })),
      );
      if (cases.length === 0) continue;
      it(`${operation} ${field.name}: is BAD_USER_INPUT naming ${cases.map((c) => c.path).join(', ')}, and writes nothing`, async () => {
        for (const { path, variables } of cases) {
          const before = operation === 'mutation' ? await mapSnapshot(api.db, small.mapId) : undefined;
          const result = await api.run(documentFor(operation, field), variables);
          expect(result.errors?.[0]?.extensions, path).toMatchObject({ code: 'BAD_USER_INPUT', field: path });
          expect(result.errors?.[0]?.message).toContain('U+0000');
          if (operation === 'mutation') expect(await mapSnapshot(api.db, small.mapId)).toEqual(before);
        }
      });
    }
  }

  it('covers string arguments nested in input objects, lists and JSON documents', () => {
    const paths = (['query', 'mutation'] as const).flatMap((operation) =>
      withArguments(operation).flatMap((field) =>
        field.args.flatMap((arg) => oneBadString(arg.type, arg.name, '').map(([path]) => path)),
      ),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['filter.search', 'input.text', 'input.quote.text', 'input.tags[0]', 'document.text']),
    );
  });
});

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
