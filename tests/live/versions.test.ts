import { describe, expect, it } from 'vitest';
import { mapSnapshot, useApi } from '../support/api.ts';
import { buildMap, inferenceKey } from '../support/map-builder.ts';

const api = useApi();

const versions = `query($mapId: ID!) {
  map(id: $mapId) { claims(first: 50) { nodes { id version } } }
}`;
const claimVersion = `query($id: ID!) { claim(id: $id) { version text supports { id version } } }`;
const updateClaim = `mutation($id: ID!, $text: String, $expectedVersion: Int) {
  updateClaim(id: $id, input: { text: $text }, expectedVersion: $expectedVersion) { version text }
}`;
const deleteClaim = `mutation($id: ID!, $expectedVersion: Int) {
  deleteClaim(id: $id, cascade: true, expectedVersion: $expectedVersion) { deletedClaimId }
}`;
const removeInference = `mutation($id: ID!, $expectedVersion: Int) { removeInference(id: $id, expectedVersion: $expectedVersion) }`;
const removeAttack = `mutation($id: ID!, $expectedVersion: Int) { removeAttack(id: $id, expectedVersion: $expectedVersion) }`;
const importMap = `mutation($document: JSONObject!) { importMap(document: $document) { created } }`;

async function stale(query: string, variables: Record<string, unknown>) {
  const result = await api.run(query, variables);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  return result.errors![0]!;
}

describe('versions: what counts as a change', () => {
  it('starts every claim, inference and attack at 1, and each updateClaim adds one', async () => {
    const map = await buildMap(api, 'versions-start', ['a > c', 'd rebuts c']);
    const start = await api.ok(claimVersion, { id: map.id('a') });
    expect(start.claim).toMatchObject({ version: 1, supports: [{ id: map.id('a-c'), version: 1 }] });
    await api.ok(updateClaim, { id: map.id('a'), text: 'Changed once.' });
    const twice = await api.ok(updateClaim, { id: map.id('a'), text: 'Changed twice.', expectedVersion: 2 });
    expect(twice.updateClaim).toEqual({ version: 3, text: 'Changed twice.' });
  });

  it('raises the version of an inference that loses one of its linked premises', async () => {
    const map = await buildMap(api, 'versions-premise', ['a+b > c']);
    await api.ok(deleteClaim, { id: map.id('b') });
    const after = await api.ok(claimVersion, { id: map.id('a') });
    expect(after.claim.supports).toEqual([{ id: map.id(inferenceKey(['a', 'b'], 'c')), version: 2 }]);
  });

  it('keeps versions when the same document is imported again, and raises only the changed claim', async () => {
    const map = await buildMap(api, 'versions-import', ['a > c', 'b > c']);
    await api.ok(updateClaim, { id: map.id('a'), text: 'Claim a, edited.' });
    const exported = await api.ok(`query($id: ID!) { exportMap(mapId: $id) }`, { id: map.mapId });
    const document = JSON.parse(exported.exportMap);
    await api.ok(importMap, { document });
    const again = await api.ok(versions, { mapId: map.mapId });
    const byId = Object.fromEntries(again.map.claims.nodes.map((c: { id: string; version: number }) => [c.id, c.version]));
    expect(byId).toEqual({ [map.id('a')]: 2, [map.id('b')]: 1, [map.id('c')]: 1 });
  });
});

describe('versions: a stale expectedVersion', () => {
  it('refuses updateClaim with CONFLICT naming expectedVersion and the current version, writing nothing', async () => {
    const map = await buildMap(api, 'versions-stale-update', ['a > c']);
    await api.ok(updateClaim, { id: map.id('a'), text: 'Someone else was first.' });
    const before = await mapSnapshot(api.db, map.mapId);
    const error = await stale(updateClaim, { id: map.id('a'), text: 'Mine.', expectedVersion: 1 });
    expect(error.message).toMatch(/expectedVersion/);
    expect(error.extensions).toMatchObject({ expectedVersion: 1, version: 2 });
    expect(await mapSnapshot(api.db, map.mapId)).toEqual(before);
  });

  it('refuses deleteClaim, removeInference and removeAttack, writing nothing', async () => {
    const map = await buildMap(api, 'versions-stale-delete', ['a > c', 'd rebuts c']);
    const before = await mapSnapshot(api.db, map.mapId);
    await stale(deleteClaim, { id: map.id('a'), expectedVersion: 2 });
    await stale(removeInference, { id: map.id('a-c'), expectedVersion: 7 });
    await stale(removeAttack, { id: map.id('d-rebuts-c'), expectedVersion: 0 });
    expect(await mapSnapshot(api.db, map.mapId)).toEqual(before);
  });

  it('lets the current version through, and a missing one as before', async () => {
    const map = await buildMap(api, 'versions-current', ['a > c', 'd rebuts c', 'e > f']);
    expect((await api.ok(removeAttack, { id: map.id('d-rebuts-c'), expectedVersion: 1 })).removeAttack).toBe(
      map.id('d-rebuts-c'),
    );
    expect((await api.ok(removeInference, { id: map.id('a-c'), expectedVersion: 1 })).removeInference).toBe(map.id('a-c'));
    expect((await api.ok(deleteClaim, { id: map.id('e') })).deleteClaim.deletedClaimId).toBe(map.id('e'));
  });
});
