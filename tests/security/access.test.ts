import { buildASTSchema, concatAST } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { mutationMaps } from '../../src/auth/mutation-maps.ts';
import type { Caller } from '../../src/graphql/caller.ts';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { mapSnapshot, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';
import { mutationCalls } from './mutation-calls.ts';

const api = useApi();

const anonymous: Caller = { tokenId: null, role: null, maps: null };
const reader: Caller = { tokenId: 'reader-1', role: 'reader', maps: null };
const otherEditor: Caller = { tokenId: 'editor-elsewhere', role: 'editor', maps: ['elsewhere'] };

const history = `query($id: ID!) { map(id: $id) { history(first: 100) { actor role operation at requestId } } }`;

describe('access control: the mutation table', () => {
  it('covers every Mutation field of the schema, in the guard and in these tests', () => {
    const schema = buildASTSchema(concatAST(typeDefs));
    const fields = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(mutationMaps).sort()).toEqual(fields);
    expect(Object.keys(mutationCalls({ mapId: 'm', ids: {} as SmallMap['ids'] })).sort()).toEqual(fields);
  });
});

describe('access control: every mutation, by a caller without the right', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'access');
  });
  const refusals: [string, Caller, string][] = [
    ['no token', anonymous, 'UNAUTHENTICATED'],
    ['a reader token', reader, 'FORBIDDEN'],
    ['an editor token of another map', otherEditor, 'FORBIDDEN'],
  ];
  for (const [who, caller, code] of refusals) {
    it(`answers ${code} to ${who} and writes nothing, for every mutation`, async () => {
      const before = await mapSnapshot(api.db, small.mapId);
      const trail = await api.ok(history, { id: small.mapId });
      for (const [field, call] of Object.entries(mutationCalls(small))) {
        const result = await api.runAs(caller, call.query, call.variables);
        expect(
          result.errors?.map((error) => error.extensions.code),
          field,
        ).toEqual([code]);
        expect(result.data, field).toBeNull();
      }
      expect(await mapSnapshot(api.db, small.mapId)).toEqual(before);
      expect(await api.ok(history, { id: small.mapId })).toEqual(trail);
    });
  }
});

describe('access control: callers with the right', () => {
  it('lets an editor limited to the map write it, and records who wrote', async () => {
    const small = await importSmallMap(api, 'access-own');
    const editor: Caller = { tokenId: 'editor-own', role: 'editor', maps: [small.mapId] };
    const call = mutationCalls(small).createClaim!;
    const result = await api.runAs(editor, call.query, call.variables);
    expect(result.errors).toBeUndefined();
    const data = await api.ok(history, { id: small.mapId });
    expect(data.map.history[0]).toMatchObject({ actor: 'editor-own', role: 'editor', operation: 'createClaim' });
    expect(data.map.history[0].requestId).toEqual(expect.any(String));
    expect(data.map.history[1]).toMatchObject({ actor: 'test-admin', role: 'admin', operation: 'importMap' });
  });

  it('refuses a map-limited editor an AIF import that does not name its map', async () => {
    const small = await importSmallMap(api, 'access-aif');
    const editor: Caller = { tokenId: 'editor-aif', role: 'editor', maps: [small.mapId] };
    const call = mutationCalls(small).importAif!;
    const result = await api.runAs(editor, call.query, { ...call.variables, mapId: undefined });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a link across two maps when the editor holds only one of them', async () => {
    const [own, other] = await Promise.all([importSmallMap(api, 'access-a'), importSmallMap(api, 'access-b')]);
    const editor: Caller = { tokenId: 'editor-a', role: 'editor', maps: [own.mapId] };
    const result = await api.runAs(editor, `mutation($input: AddAttackInput!) { addAttack(input: $input) { id } }`, {
      input: { attackerId: own.ids.gap, targetId: other.ids.delta, kind: 'REBUT' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', mapIds: [other.mapId] });
  });

  it('lets anyone read when reads are public (the default)', async () => {
    const result = await api.runAs(anonymous, `{ maps { id } }`);
    expect(result.errors).toBeUndefined();
  });
});
