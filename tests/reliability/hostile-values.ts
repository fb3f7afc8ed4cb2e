/**
 * fast-check arbitraries for hostile argument values, driven by the schema: for every argument of
 * every field, values of the right GraphQL type (so they reach the resolvers, not just variable
 * coercion) that are as unfriendly as possible — Lucene and Cypher syntax, ids of other maps,
 * empty and huge strings, control characters, extreme numbers — plus, now and then, a value of
 * the wrong type altogether.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { unknownMapId } from '../support/unknown-ids.ts';

const unknownMap = unknownMapId();

export function hostileString(knownIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...knownIds),
    fc.constantFrom(
      '',
      ' ',
      // An unknown map, fresh for this run (unknownMapId): a random createMap may create it, so
      // it must be no other test file's unknown id.
      unknownMap,
      `${unknownMap}:c1`,
      'other-map:x',
      ':',
      '::',
      "' OR 1=1 //",
      '"}) MATCH (n) DETACH DELETE n //',
      '$mapId',
      '*:*',
      'a AND b OR NOT c',
      '\\',
      '\u0000',
      '\u202e\u0301',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'x'.repeat(10_001),
      '🙂'.repeat(50),
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom(...knownIds).map((id) => `${id}${'x'.repeat(3)}`),
  );
}

const hostileInt = fc.oneof(fc.constantFrom(0, -1, 1, 2, 10, 11, 100, 101, 1_000, 2_147_483_647, -2_147_483_648), fc.integer());

const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string(), fc.constant([]), fc.constant({}));

const hostileJsonObject = fc.oneof(
  fc.object({ maxDepth: 2 }),
  fc.constant({}),
  fc.constant({ format: 'argmap/map@1' }),
  fc.constant({ format: 'argmap/map@1', map: { id: 'Bad Id', title: '' } }),
  fc.constant({ nodes: [{ nodeID: '1', type: 'X', text: 'x' }], edges: [{ fromID: '1', toID: '9' }] }),
  fc.constant({ nodes: 'not a list', edges: {} }),
  fc.constant({ AIF: { nodes: [], edges: [] } }),
);

/** Values for an argument of `type`; `null` only where the type allows it (or as a wrong type). */
export function valueFor(type: GraphQLInputType, knownIds: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return fc.oneof({ weight: 19, arbitrary: valueFor(type.ofType, knownIds, depth) }, { weight: 1, arbitrary: wrongType });
  const value = nonNull(type, knownIds, depth);
  return fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function nonNull(type: GraphQLInputType, knownIds: readonly string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, knownIds, depth + 1), { maxLength: depth > 1 ? 2 : 5 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((value) => value.name));
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    if (depth > 3) return fc.constant({});
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, knownIds, depth + 1)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return hostileInt;
      case 'Float':
        return fc.double();
      case 'Boolean':
        return fc.boolean();
      case 'JSONObject':
        return hostileJsonObject;
      default:
        return hostileString(knownIds);
    }
  }
  return wrongType;
}
