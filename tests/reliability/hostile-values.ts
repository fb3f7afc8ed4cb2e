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
  GraphQLNonNull,
  type GraphQLInputType,
} from 'graphql';
import { unknownMapId } from '../support/unknown-ids.ts';

const unknownMap = unknownMapId();

/** Any UTF-16 code unit, so unpaired surrogates too (fast-check's own units are whole code points). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Words with a meaning in Lucene's query syntax, joined at random: the full-text entry points must take them literally. */
const luceneSyntax = fc
  .array(
    fc.constantFrom(
      'AND',
      'OR',
      'NOT',
      'TO',
      '&&',
      '||',
      '+a',
      '-b',
      'title:x',
      '(a',
      'b)',
      '[1 TO 2]',
      '{a TO b}',
      '"phrase',
      'a~2',
      'b^3',
      'w*',
      '?x',
      '/re.*/',
      '\\',
      '*:*',
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((words) => words.join(' '));

/** Cypher that would do harm if it were ever spliced into a query instead of passed as a parameter. */
const cypherSyntax = fc.constantFrom(
  "') RETURN 1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x' }) CALL db.labels() YIELD label RETURN label //",
  '`backtick`) MATCH (m) SET m.x = 1 //',
  '/* unterminated',
  '$param',
  '{mapId: "other"}',
);

/** Strings past every bound: claim text, full-text words and characters, and a large one. */
const longStrings = fc.constantFrom(
  'x'.repeat(20_001),
  'word '.repeat(3_000),
  '漢'.repeat(1_100),
  `${'a '.repeat(600)}`,
  'y'.repeat(200_000),
);

export function hostileString(knownIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...knownIds),
    luceneSyntax,
    cypherSyntax,
    longStrings,
    fc.string({ unit: codeUnit, maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom(
      '\ud800',
      'a\udc00b',
      '\u200f\u202e\u2066x\u2069',
      '\u0085',
      '\u007f',
      '\t\n\r',
      'a\u0000b',
      '\ufeff\ufffe\uffff',
    ),
    fc.constantFrom(...knownIds).chain((id) => fc.string({ unit: codeUnit, maxLength: 4 }).map((tail) => `${id}${tail}`)),
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
  // A well-formed document whose texts are hostile; into the run's unknown map, never the test's.
  fc.string({ unit: codeUnit, maxLength: 30 }).map((text) => ({
    format: 'argmap/map@1',
    map: { id: unknownMap, title: text || 't', source: { text } },
    claims: [{ id: 'c', text: `${text}.`, tags: [text] }],
  })),
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

const nullableOf = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

/** The least value of `type` that passes variable coercion; null where the type allows it. */
export function leastValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(required.map((field) => [field.name, leastValue(field.type)]));
  }
  return ({ Int: 1, Float: 1, Boolean: false, JSONObject: {} } as Record<string, unknown>)[inner.name] ?? 'x';
}

/**
 * Every way to put `bad` into exactly one string of a value of `type` — a String or ID, a string
 * inside an input object or list, a string in a JSON document — each with the path the refusal
 * must name (`input.text`, `input.tags[0]`, `document.text`).
 */
export function oneBadString(type: GraphQLInputType, path: string, bad: string, depth = 0): [string, unknown][] {
  const inner = nullableOf(type);
  if (isListType(inner)) return oneBadString(inner.ofType, `${path}[0]`, bad, depth).map(([at, value]) => [at, [value]]);
  if (isInputObjectType(inner)) {
    if (depth > 3) return [];
    const fields = Object.values(inner.getFields());
    const least = leastValue(new GraphQLNonNull(inner)) as Record<string, unknown>;
    return fields.flatMap((field) =>
      oneBadString(field.type, `${path}.${field.name}`, bad, depth + 1).map(([at, value]): [string, unknown] => [
        at,
        { ...least, [field.name]: value },
      ]),
    );
  }
  if (isScalarType(inner) && inner.name === 'JSONObject') return [[`${path}.text`, { text: bad }]];
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID')) return [[path, bad]];
  return [];
}
