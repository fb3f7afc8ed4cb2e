import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, smallMapSource, type Refusal, type SmallMap } from '../support/fixtures.ts';
import { maxClaimTextLength } from '../../src/shared/claim-rules.ts';

const api = useApi();

const createClaim = `mutation($input: CreateClaimInput!) {
  createClaim(input: $input) { id key text tags role map { id } quote { text start end } }
}`;
const updateClaim = `mutation($id: ID!, $input: UpdateClaimInput!) {
  updateClaim(id: $id, input: $input) { id text tags quote { text start end } }
}`;
const deleteClaim = `mutation($id: ID!, $cascade: Boolean) {
  deleteClaim(id: $id, cascade: $cascade) { deletedClaimId removedInferenceIds removedAttackIds }
}`;
const readClaim = `query($id: ID!) { claim(id: $id) { id text tags quote { text start end } } }`;
const createMap = `mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`;

/** A map created with createMap and no source text, to quote from nothing. */
async function mapWithoutSource(): Promise<string> {
  const mapId = uniqueMapId('no-source');
  await api.ok(createMap, { input: { id: mapId, title: 'No source' } });
  return mapId;
}

describe('createClaim', () => {
  it('creates a claim under the given key, unconnected, and it reads back', async () => {
    const mapId = await mapWithoutSource();
    const data = await api.ok(createClaim, { input: { mapId, key: 'c1', text: '  Taxes rose.  ', tags: ['evidence'] } });
    expect(data.createClaim).toEqual({
      id: `${mapId}:c1`,
      key: 'c1',
      text: 'Taxes rose.',
      tags: ['evidence'],
      role: 'UNCONNECTED',
      map: { id: mapId },
      quote: null,
    });
    expect((await api.ok(readClaim, { id: `${mapId}:c1` })).claim.text).toBe('Taxes rose.');
  });

  it('generates a key when none is given', async () => {
    const mapId = await mapWithoutSource();
    const { createClaim: claim } = await api.ok(createClaim, { input: { mapId, text: 'Prices fell.' } });
    expect(claim.key).toMatch(/^claim-[0-9a-f]{10}$/);
    expect(claim.id).toBe(`${mapId}:${claim.key}`);
    expect(claim.tags).toEqual([]);
  });

  it('stores a quote that is the exact span of the source text', async () => {
    const { mapId } = await importSmallMap(api, 'create-quote');
    const quote = { text: 'Gamma holds.', start: 15, end: 27 };
    const data = await api.ok(createClaim, { input: { mapId, key: 'quoted', text: 'Gamma holds, says the source.', quote } });
    expect(data.createClaim.quote).toEqual(quote);
  });

  it('accepts text of exactly the maximum length', async () => {
    const mapId = await mapWithoutSource();
    const data = await api.ok(createClaim, { input: { mapId, text: 'a'.repeat(maxClaimTextLength) } });
    expect(data.createClaim.text).toHaveLength(maxClaimTextLength);
  });
});

describe('createClaim: rules', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'create-rules');
  });
  const refused = async (input: Record<string, unknown>, refusal: Refusal): Promise<void> => {
    await expectRefused(api, small.mapId, createClaim, { input: { mapId: small.mapId, text: 'A claim.', ...input } }, refusal);
  };

  it('refuses empty text', () => refused({ text: '' }, { code: 'BAD_USER_INPUT', field: 'input.text' }));
  it('refuses whitespace-only text', () => refused({ text: ' \n\t ' }, { code: 'BAD_USER_INPUT', field: 'input.text' }));
  it('refuses text one character over the maximum', () =>
    refused(
      { text: 'a'.repeat(maxClaimTextLength + 1) },
      { code: 'BAD_USER_INPUT', field: 'input.text', mentions: [String(maxClaimTextLength + 1), String(maxClaimTextLength)] },
    ));

  it('refuses a quote that is not the source text at its offsets', () =>
    refused({ quote: { text: 'Gamma holds.', start: 0, end: 12 } }, { code: 'BAD_USER_INPUT', field: 'input.quote' }));

  it.each([
    ['a negative start', { start: -1, end: 5 }],
    ['an end past the source text', { start: 30, end: smallMapSource.length + 1 }],
    ['an end before the start', { start: 10, end: 5 }],
    ['an empty span', { start: 5, end: 5 }],
  ])('refuses a quote with %s', (_, offsets) =>
    refused(
      { quote: { text: 'x', ...offsets } },
      { code: 'BAD_USER_INPUT', field: 'input.quote', mentions: [`${offsets.start}..${offsets.end}`] },
    ),
  );

  it('refuses a quote on a map with no source text', async () => {
    const mapId = await mapWithoutSource();
    await expectRefused(
      api,
      mapId,
      createClaim,
      { input: { mapId, text: 'A claim.', quote: { text: 'A', start: 0, end: 1 } } },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.quote',
        mentions: ['no source text'],
      },
    );
  });

  it('refuses a key that is taken with CONFLICT', () =>
    refused({ key: 'alpha' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.alpha] }));

  it('refuses a key that another kind of element of the map uses with CONFLICT', () =>
    refused({ key: 'ann' }, { code: 'CONFLICT', field: 'input.key', mentions: [small.ids.ann, 'actor'] }));

  it.each(['has space', 'a:b', '-dash-first', ''])('refuses the bad key %j', (key) =>
    refused({ key }, { code: 'BAD_USER_INPUT', field: 'input.key' }),
  );

  it('refuses an unknown map with NOT_FOUND and creates no map', async () => {
    const mapId = uniqueMapId('nowhere');
    await expectRefused(
      api,
      mapId,
      createClaim,
      { input: { mapId, text: 'A claim.' } },
      {
        code: 'NOT_FOUND',
        field: 'input.mapId',
        mentions: [mapId],
      },
    );
    expect(await api.ok(`query($id: ID!) { map(id: $id) { id } }`, { id: mapId })).toEqual({ map: null });
  });
});

describe('updateClaim', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'update');
  });

  it('changes the text, keeping tags and quote', async () => {
    const data = await api.ok(updateClaim, { id: small.ids.alpha, input: { text: ' Alpha is quite true. ' } });
    expect(data.updateClaim).toEqual({
      id: small.ids.alpha,
      text: 'Alpha is quite true.',
      tags: ['evidence'],
      quote: { text: 'Alpha is true.', start: 0, end: 14 },
    });
  });

  it('replaces the tags, keeping the text', async () => {
    const data = await api.ok(updateClaim, { id: small.ids.gamma, input: { tags: ['policy'] } });
    expect(data.updateClaim).toMatchObject({ text: 'Gamma holds.', tags: ['policy'] });
    expect((await api.ok(updateClaim, { id: small.ids.gamma, input: { tags: [] } })).updateClaim.tags).toEqual([]);
  });

  it('sets a quote', async () => {
    const quote = { text: 'Beta follows.', start: 28, end: 41 };
    await api.ok(updateClaim, { id: small.ids.beta, input: { quote } });
    expect((await api.ok(readClaim, { id: small.ids.beta })).claim.quote).toEqual(quote);
  });

  it('removes the quote when given null', async () => {
    const data = await api.ok(updateClaim, { id: small.ids.delta, input: { quote: { text: 'Alpha', start: 0, end: 5 } } });
    expect(data.updateClaim.quote).not.toBeNull();
    const removed = await api.ok(updateClaim, { id: small.ids.delta, input: { quote: null } });
    expect(removed.updateClaim).toMatchObject({ text: 'Delta is the main conclusion.', quote: null });
    expect((await api.ok(readClaim, { id: small.ids.delta })).claim.quote).toBeNull();
  });
});

describe('updateClaim: rules', () => {
  let small: SmallMap;
  beforeAll(async () => {
    small = await importSmallMap(api, 'update-rules');
  });
  const refused = async (input: Record<string, unknown>, refusal: Refusal, id = small.ids.gamma): Promise<void> => {
    await expectRefused(api, small.mapId, updateClaim, { id, input }, refusal);
  };

  it('refuses empty text', () => refused({ text: '' }, { code: 'BAD_USER_INPUT', field: 'input.text' }));
  it('refuses whitespace-only text', () => refused({ text: '   ' }, { code: 'BAD_USER_INPUT', field: 'input.text' }));
  it('refuses text one character over the maximum', () =>
    refused({ text: 'b'.repeat(maxClaimTextLength + 1) }, { code: 'BAD_USER_INPUT', field: 'input.text' }));
  it('refuses a quote that is not the source text at its offsets', () =>
    refused({ quote: { text: 'Alpha is true!', start: 0, end: 14 } }, { code: 'BAD_USER_INPUT', field: 'input.quote' }));
  it('refuses a quote with offsets out of range', () =>
    refused(
      { quote: { text: 'x', start: 40, end: 99 } },
      { code: 'BAD_USER_INPUT', field: 'input.quote', mentions: ['40..99'] },
    ));
  it('refuses an unknown claim with NOT_FOUND', () =>
    refused(
      { text: 'New.' },
      { code: 'NOT_FOUND', field: 'id', mentions: [`${small.mapId}:nowhere`] },
      `${small.mapId}:nowhere`,
    ));

  it('refuses a quote on a map with no source text', async () => {
    const mapId = await mapWithoutSource();
    const { createClaim: claim } = await api.ok(createClaim, { input: { mapId, text: 'A claim.' } });
    await expectRefused(
      api,
      mapId,
      updateClaim,
      { id: claim.id, input: { quote: { text: 'A', start: 0, end: 1 } } },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.quote',
      },
    );
  });
});

describe('deleteClaim: no dependents', () => {
  it('deletes the claim and its actor links, and removes nothing else', async () => {
    const small = await importSmallMap(api, 'delete-free');
    const { createClaim: claim } = await api.ok(createClaim, { input: { mapId: small.mapId, text: 'Loose.' } });
    await api.ok(`mutation($a: ID!, $c: ID!) { linkActor(actorId: $a, claimId: $c, kind: ASSERTS) { id } }`, {
      a: small.ids.ann,
      c: claim.id,
    });
    const data = await api.ok(deleteClaim, { id: claim.id });
    expect(data.deleteClaim).toEqual({ deletedClaimId: claim.id, removedInferenceIds: [], removedAttackIds: [] });
    expect(await api.ok(readClaim, { id: claim.id })).toEqual({ claim: null });
    const ann = await api.ok(`query($id: ID!) { actor(id: $id) { asserts { key } } }`, { id: small.ids.ann });
    expect(ann.actor.asserts).toEqual([{ key: 'alpha' }]);
  });

  it('refuses an unknown claim with NOT_FOUND', async () => {
    const small = await importSmallMap(api, 'delete-unknown');
    await expectRefused(
      api,
      small.mapId,
      deleteClaim,
      { id: `${small.mapId}:nowhere`, cascade: true },
      {
        code: 'NOT_FOUND',
        field: 'id',
        mentions: [`${small.mapId}:nowhere`],
      },
    );
  });
});

describe('deleteClaim: dependents', () => {
  const counts = `query($id: ID!) { map(id: $id) { counts { claims inferences attacks } } }`;

  it('refuses with CONFLICT listing the dependents', async () => {
    const small = await importSmallMap(api, 'delete-conflict');
    const error = await expectRefused(
      api,
      small.mapId,
      deleteClaim,
      { id: small.ids.alpha },
      {
        code: 'CONFLICT',
        field: 'id',
        mentions: [small.ids.alpha, small.ids.i1, small.ids.a1, 'cascade'],
      },
    );
    expect(error.message).not.toContain(small.ids.i2);
  });

  it('with cascade, removes the inferences and attacks left dangling and returns their ids', async () => {
    const small = await importSmallMap(api, 'delete-cascade');
    const data = await api.ok(deleteClaim, { id: small.ids.beta, cascade: true });
    // i1 concluded beta; i2 had beta as its only premise; a2 undercut i1.
    expect(data.deleteClaim.deletedClaimId).toBe(small.ids.beta);
    expect([...data.deleteClaim.removedInferenceIds].sort()).toEqual([small.ids.i1, small.ids.i2]);
    expect(data.deleteClaim.removedAttackIds).toEqual([small.ids.a2]);
    expect((await api.ok(counts, { id: small.mapId })).map.counts).toEqual({ claims: 5, inferences: 0, attacks: 1 });
    const gap = await api.ok(`query($id: ID!) { claim(id: $id) { role attacks { key } } }`, { id: small.ids.gap });
    expect(gap.claim).toEqual({ role: 'UNCONNECTED', attacks: [] });
  });

  it('with cascade, keeps an inference that still has other premises', async () => {
    const small = await importSmallMap(api, 'delete-linked');
    const data = await api.ok(deleteClaim, { id: small.ids.alpha, cascade: true });
    expect(data.deleteClaim).toEqual({
      deletedClaimId: small.ids.alpha,
      removedInferenceIds: [],
      removedAttackIds: [small.ids.a1],
    });
    const beta = await api.ok(`query($id: ID!) { claim(id: $id) { supportedBy { key premises { key } undercutBy { key } } } }`, {
      id: small.ids.beta,
    });
    expect(beta.claim.supportedBy).toEqual([{ key: 'i1', premises: [{ key: 'gamma' }], undercutBy: [{ key: 'a2' }] }]);
  });

  it('with cascade, removes the attacks the claim makes', async () => {
    const small = await importSmallMap(api, 'delete-attacker');
    const data = await api.ok(deleteClaim, { id: small.ids.doubt, cascade: true });
    expect(data.deleteClaim).toEqual({
      deletedClaimId: small.ids.doubt,
      removedInferenceIds: [],
      removedAttackIds: [small.ids.a1],
    });
    const alpha = await api.ok(`query($id: ID!) { claim(id: $id) { attackedBy { key } } }`, { id: small.ids.alpha });
    expect(alpha.claim.attackedBy).toEqual([]);
  });
});
