import { beforeAll, describe, expect, it } from 'vitest';
import { mapSnapshot, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, type Refusal, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

const addAttack = `mutation($input: AddAttackInput!) {
  addAttack(input: $input) {
    id key kind map { id } attacker { key }
    target { __typename ... on Claim { key } ... on Inference { key } }
  }
}`;
const removeAttack = `mutation($id: ID!) { removeAttack(id: $id) }`;

describe('addAttack', () => {
  it('adds a rebuttal of a claim', async () => {
    const small = await importSmallMap(api, 'add-rebut');
    const data = await api.ok(addAttack, {
      input: { key: 'a3', attackerId: small.ids.gap, targetId: small.ids.delta, kind: 'REBUT' },
    });
    expect(data.addAttack).toEqual({
      id: `${small.mapId}:a3`,
      key: 'a3',
      kind: 'REBUT',
      map: { id: small.mapId },
      attacker: { key: 'gap' },
      target: { __typename: 'Claim', key: 'delta' },
    });
    const delta = await api.ok(`query($id: ID!) { claim(id: $id) { attackedBy { key } } }`, { id: small.ids.delta });
    expect(delta.claim.attackedBy).toEqual([{ key: 'a3' }]);
  });

  it('adds an undercut of an inference, under a generated key', async () => {
    const small = await importSmallMap(api, 'add-undercut');
    const data = await api.ok(addAttack, { input: { attackerId: small.ids.doubt, targetId: small.ids.i2, kind: 'UNDERCUT' } });
    expect(data.addAttack).toMatchObject({
      kind: 'UNDERCUT',
      attacker: { key: 'doubt' },
      target: { __typename: 'Inference', key: 'i2' },
    });
    expect(data.addAttack.key).toMatch(/^attack-[0-9a-f]{10}$/);
    expect(data.addAttack.id).toBe(`${small.mapId}:${data.addAttack.key}`);
    const i2 = await api.ok(`query($id: ID!) { claim(id: $id) { supports { undercutBy { id } } } }`, { id: small.ids.beta });
    expect(i2.claim.supports).toEqual([{ undercutBy: [{ id: data.addAttack.id }] }]);
  });
});

describe('addAttack: rules', () => {
  let small: SmallMap;
  let other: SmallMap;
  beforeAll(async () => {
    [small, other] = await Promise.all([importSmallMap(api, 'attack-rules'), importSmallMap(api, 'attack-other')]);
  });
  const refused = async (input: Record<string, unknown>, refusal: Refusal): Promise<void> => {
    await expectRefused(
      api,
      small.mapId,
      addAttack,
      { input: { attackerId: small.ids.gap, targetId: small.ids.delta, kind: 'REBUT', ...input } },
      refusal,
    );
  };
  const nowhere = () => `${small.mapId}:nowhere`;

  it('refuses a rebuttal of a claim that does not exist with NOT_FOUND', () =>
    refused({ targetId: nowhere() }, { code: 'NOT_FOUND', field: 'input.targetId', mentions: [nowhere()] }));
  it('refuses an undercut of an inference that does not exist with NOT_FOUND', () =>
    refused({ targetId: nowhere(), kind: 'UNDERCUT' }, { code: 'NOT_FOUND', field: 'input.targetId', mentions: [nowhere()] }));
  it('refuses an attacker that does not exist with NOT_FOUND', () =>
    refused({ attackerId: nowhere() }, { code: 'NOT_FOUND', field: 'input.attackerId', mentions: [nowhere()] }));
  it('refuses an UNDERCUT aimed at a claim id with NOT_FOUND, since no inference has that id', () =>
    refused(
      { targetId: small.ids.delta, kind: 'UNDERCUT' },
      { code: 'NOT_FOUND', field: 'input.targetId', mentions: [small.ids.delta, 'inference'] },
    ));
  it('refuses a REBUT aimed at an inference id with NOT_FOUND', () =>
    refused(
      { targetId: small.ids.i1, kind: 'REBUT' },
      { code: 'NOT_FOUND', field: 'input.targetId', mentions: [small.ids.i1, 'claim'] },
    ));
  it('refuses an inference as the attacker with NOT_FOUND', () =>
    refused({ attackerId: small.ids.i2 }, { code: 'NOT_FOUND', field: 'input.attackerId', mentions: [small.ids.i2] }));

  it('refuses a claim attacking itself', () =>
    refused({ targetId: small.ids.gap }, { code: 'BAD_USER_INPUT', field: 'input.targetId', mentions: ['itself'] }));

  it('refuses an attack across maps, writing to neither', async () => {
    const otherBefore = await mapSnapshot(api.db, other.mapId);
    await refused(
      { targetId: other.ids.delta },
      { code: 'BAD_USER_INPUT', field: 'input.targetId', mentions: [other.ids.delta, other.mapId] },
    );
    expect(await mapSnapshot(api.db, other.mapId)).toEqual(otherBefore);
  });

  it('refuses the same attack twice with CONFLICT', () =>
    refused(
      { attackerId: small.ids.doubt, targetId: small.ids.alpha },
      { code: 'CONFLICT', field: 'input', mentions: [small.ids.a1] },
    ));
  it('refuses a key that is taken with CONFLICT', () =>
    refused({ key: 'a1' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.a1] }));
  it('refuses a key that a claim of the map uses with CONFLICT', () =>
    refused({ key: 'alpha' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.alpha, 'claim'] }));
  it.each(['a b', 'a:b', ''])('refuses the bad key %j', (key) =>
    refused({ key }, { code: 'BAD_USER_INPUT', field: 'input.key' }),
  );
});

describe('removeAttack', () => {
  it('removes the attack and nothing else', async () => {
    const small = await importSmallMap(api, 'remove-attack');
    expect(await api.ok(removeAttack, { id: small.ids.a1 })).toEqual({ removeAttack: small.ids.a1 });
    const counts = await api.ok(`query($id: ID!) { map(id: $id) { counts { claims inferences attacks } } }`, { id: small.mapId });
    expect(counts.map.counts).toEqual({ claims: 6, inferences: 2, attacks: 1 });
    const alpha = await api.ok(`query($id: ID!) { claim(id: $id) { attackedBy { key } } }`, { id: small.ids.alpha });
    expect(alpha.claim.attackedBy).toEqual([]);
  });

  it('refuses an unknown attack with NOT_FOUND', async () => {
    const small = await importSmallMap(api, 'remove-attack-unknown');
    await expectRefused(
      api,
      small.mapId,
      removeAttack,
      { id: `${small.mapId}:nowhere` },
      { code: 'NOT_FOUND', field: 'id', mentions: [`${small.mapId}:nowhere`] },
    );
  });

  it('refuses a claim id with NOT_FOUND and leaves the claim', async () => {
    const small = await importSmallMap(api, 'remove-attack-claim');
    await expectRefused(
      api,
      small.mapId,
      removeAttack,
      { id: small.ids.doubt },
      { code: 'NOT_FOUND', field: 'id', mentions: [small.ids.doubt] },
    );
  });
});
