import { beforeAll, describe, expect, it } from 'vitest';
import { mapSnapshot, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, type Refusal, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

const addInference = `mutation($input: AddInferenceInput!) {
  addInference(input: $input) { id key schemeName scheme { id } warrant premises { key } conclusion { key } undercutBy { key } map { id } }
}`;
const removeInference = `mutation($id: ID!) { removeInference(id: $id) }`;
const roleAndSupport = `query($id: ID!) { claim(id: $id) { role supportedBy { key } } }`;

describe('addInference', () => {
  it('adds linked premises that together support a conclusion', async () => {
    const small = await importSmallMap(api, 'add-inference');
    const input = {
      key: 'i3',
      premiseIds: [small.ids.gap, small.ids.doubt],
      conclusionId: small.ids.delta,
      scheme: 'Practical Reasoning',
      warrant: 'W.',
    };
    const data = await api.ok(addInference, { input });
    expect(data.addInference).toEqual({
      id: `${small.mapId}:i3`,
      key: 'i3',
      schemeName: 'Practical Reasoning',
      scheme: { id: 'practical-reasoning' },
      warrant: 'W.',
      premises: [{ key: 'doubt' }, { key: 'gap' }],
      conclusion: { key: 'delta' },
      undercutBy: [],
      map: { id: small.mapId },
    });
    expect((await api.ok(roleAndSupport, { id: small.ids.delta })).claim.supportedBy).toEqual([{ key: 'i2' }, { key: 'i3' }]);
    expect((await api.ok(roleAndSupport, { id: small.ids.doubt })).claim.role).toBe('BASIC_PREMISE');
  });

  it('generates a key and counts a repeated premise once', async () => {
    const small = await importSmallMap(api, 'add-inference-key');
    const input = { premiseIds: [small.ids.gamma, small.ids.gamma], conclusionId: small.ids.delta };
    const { addInference: inference } = await api.ok(addInference, { input });
    expect(inference.key).toMatch(/^inference-[0-9a-f]{10}$/);
    expect(inference.id).toBe(`${small.mapId}:${inference.key}`);
    expect(inference.premises).toEqual([{ key: 'gamma' }]);
  });

  it('accepts a subset of an existing inference’s premises as a different inference', async () => {
    const small = await importSmallMap(api, 'add-inference-subset');
    const data = await api.ok(addInference, {
      input: { key: 'i9', premiseIds: [small.ids.alpha], conclusionId: small.ids.beta },
    });
    expect(data.addInference.premises).toEqual([{ key: 'alpha' }]);
  });
});

describe('addInference: rules', () => {
  let small: SmallMap;
  let other: SmallMap;
  beforeAll(async () => {
    [small, other] = await Promise.all([importSmallMap(api, 'inference-rules'), importSmallMap(api, 'inference-other')]);
  });
  const refused = async (input: Record<string, unknown>, refusal: Refusal): Promise<void> => {
    await expectRefused(
      api,
      small.mapId,
      addInference,
      { input: { premiseIds: [small.ids.doubt], conclusionId: small.ids.delta, ...input } },
      refusal,
    );
  };

  it('refuses premises and conclusion in different maps, writing to neither', async () => {
    const otherBefore = await mapSnapshot(api.db, other.mapId);
    await refused(
      { premiseIds: [small.ids.doubt, other.ids.gap] },
      { code: 'BAD_USER_INPUT', field: 'input.premiseIds[1]', mentions: [other.ids.gap, other.mapId, small.mapId] },
    );
    expect(await mapSnapshot(api.db, other.mapId)).toEqual(otherBefore);
  });

  it('refuses a claim supporting itself', () =>
    refused(
      { premiseIds: [small.ids.gamma, small.ids.delta] },
      { code: 'BAD_USER_INPUT', field: 'input.premiseIds', mentions: [small.ids.delta] },
    ));

  it.each([
    ['in the same order', ['alpha', 'gamma']],
    ['in another order', ['gamma', 'alpha']],
  ] as const)('refuses the same inference twice, %s, with CONFLICT', (_, keys) =>
    refused(
      { premiseIds: keys.map((key) => small.ids[key]), conclusionId: small.ids.beta },
      { code: 'CONFLICT', field: 'input', mentions: [small.ids.i1] },
    ),
  );

  it('refuses no premises', () => refused({ premiseIds: [] }, { code: 'BAD_USER_INPUT', field: 'input.premiseIds' }));
  it('refuses more than 20 premises', () =>
    refused(
      { premiseIds: Array.from({ length: 21 }, (_, i) => `${small.mapId}:p${i}`) },
      { code: 'BAD_USER_INPUT', field: 'input.premiseIds', mentions: ['20'] },
    ));

  it('refuses an unknown premise with NOT_FOUND', () =>
    refused(
      { premiseIds: [small.ids.doubt, `${small.mapId}:nowhere`] },
      { code: 'NOT_FOUND', field: 'input.premiseIds[1]', mentions: [`${small.mapId}:nowhere`] },
    ));
  it('refuses an unknown conclusion with NOT_FOUND', () =>
    refused(
      { conclusionId: `${small.mapId}:nowhere` },
      { code: 'NOT_FOUND', field: 'input.conclusionId', mentions: [`${small.mapId}:nowhere`] },
    ));
  it('refuses an inference id as a premise with NOT_FOUND', () =>
    refused({ premiseIds: [small.ids.i2] }, { code: 'NOT_FOUND', field: 'input.premiseIds[0]', mentions: [small.ids.i2] }));

  it('refuses a key that is taken with CONFLICT', () =>
    refused({ key: 'i1' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.i1] }));
  it.each(['two words', 'x:y', ''])('refuses the bad key %j', (key) =>
    refused({ key }, { code: 'BAD_USER_INPUT', field: 'input.key' }),
  );
});

describe('removeInference', () => {
  it('removes the inference and the attacks that undercut it, keeping its claims', async () => {
    const small = await importSmallMap(api, 'remove-inference');
    expect(await api.ok(removeInference, { id: small.ids.i1 })).toEqual({ removeInference: small.ids.i1 });
    const counts = await api.ok(`query($id: ID!) { map(id: $id) { counts { claims inferences attacks } } }`, { id: small.mapId });
    expect(counts.map.counts).toEqual({ claims: 6, inferences: 1, attacks: 1 });
    expect(await api.ok(roleAndSupport, { id: small.ids.beta })).toEqual({ claim: { role: 'BASIC_PREMISE', supportedBy: [] } });
    expect((await api.ok(`query($id: ID!) { claim(id: $id) { attacks { key } } }`, { id: small.ids.gap })).claim.attacks).toEqual(
      [],
    );
  });

  it('refuses an unknown inference with NOT_FOUND', async () => {
    const small = await importSmallMap(api, 'remove-inference-unknown');
    await expectRefused(
      api,
      small.mapId,
      removeInference,
      { id: `${small.mapId}:nowhere` },
      { code: 'NOT_FOUND', field: 'id', mentions: [`${small.mapId}:nowhere`] },
    );
  });

  it('refuses a claim id with NOT_FOUND and leaves the claim', async () => {
    const small = await importSmallMap(api, 'remove-inference-claim');
    await expectRefused(
      api,
      small.mapId,
      removeInference,
      { id: small.ids.beta },
      { code: 'NOT_FOUND', field: 'id', mentions: [small.ids.beta] },
    );
  });
});
