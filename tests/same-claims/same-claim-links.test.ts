/**
 * linkSameClaim, unlinkSameClaim and Claim.sameAs against the real Neo4j: classes merge on link,
 * are recomputed as components of the remaining links on unlink and on deletion, and every rule
 * refuses with its documented error and writes nothing in either map.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/graphql/caller.ts';
import { defineQuery } from '../../src/neo4j/query.ts';
import { mapSnapshot, useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

const link = `mutation($a: ID!, $b: ID!, $note: String) {
  linkSameClaim(claimId: $a, otherClaimId: $b, note: $note) { id sameAs { id } }
}`;
const unlink = `mutation($a: ID!, $b: ID!) { unlinkSameClaim(claimId: $a, otherClaimId: $b) { id sameAs { id } } }`;
const sameAsQuery = `query($id: ID!) { claim(id: $id) { sameAs { id map { id } } } }`;

const storedClass = defineQuery<{ id: string }, { propositions: number; members: string[] }>('../tests/same-claims/stored-class');

async function linkOk(a: string, b: string, note?: string): Promise<void> {
  await api.ok(link, { a, b, note });
}
async function unlinkOk(a: string, b: string): Promise<void> {
  await api.ok(unlink, { a, b });
}
/** The ids Claim.sameAs lists for `id`, in its order. */
async function sameAs(id: string): Promise<string[]> {
  const data = await api.ok(sameAsQuery, { id });
  return data.claim.sameAs.map((claim: { id: string }) => claim.id);
}
/** The class of `id` as stored: the claims stating its Proposition (empty: it states none). */
async function stored(id: string): Promise<string[]> {
  const [row] = await api.db.read((tx) => storedClass.run({ id }, tx));
  expect(row!.propositions).toBeLessThanOrEqual(1);
  return row!.members;
}
/** Every claim of `ids` answers the others (by map id) and stores the same one class. */
async function expectClass(ids: string[]): Promise<void> {
  const byMap = [...ids].sort((x, y) => x.split(':')[0]!.localeCompare(y.split(':')[0]!));
  for (const id of ids) {
    expect(await sameAs(id)).toEqual(byMap.filter((other) => other !== id));
    expect(await stored(id)).toEqual([...ids].sort());
  }
}
async function expectAlone(id: string): Promise<void> {
  expect(await sameAs(id)).toEqual([]);
  expect(await stored(id)).toEqual([]);
}

/** Four fresh small maps: each test links their `alpha` (or other) claims. */
async function fourMaps(purpose: string): Promise<[SmallMap, SmallMap, SmallMap, SmallMap]> {
  const maps = await Promise.all(['a', 'b', 'c', 'd'].map((suffix) => importSmallMap(api, `${purpose}-${suffix}`)));
  return maps as [SmallMap, SmallMap, SmallMap, SmallMap];
}

describe('linkSameClaim: classes', () => {
  it('links two claims of different maps, each listing the other, and returns the first claim', async () => {
    const [a, b] = await fourMaps('same-two');
    const data = await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha, note: ' both say alpha ' });
    expect(data.linkSameClaim).toEqual({ id: a.ids.alpha, sameAs: [{ id: b.ids.alpha }] });
    await expectClass([a.ids.alpha, b.ids.alpha]);
    const other = await api.ok(sameAsQuery, { id: b.ids.alpha });
    expect(other.claim.sameAs).toEqual([{ id: a.ids.alpha, map: { id: a.mapId } }]);
  });

  it('makes A–B and B–C one class of three', async () => {
    const [a, b, c] = await fourMaps('same-chain');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha, c.ids.alpha]);
  });

  it('merges two classes of two into one of four', async () => {
    const [a, b, c, d] = await fourMaps('same-merge');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(c.ids.alpha, d.ids.alpha);
    await linkOk(d.ids.alpha, a.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha, c.ids.alpha, d.ids.alpha]);
  });

  it('accepts a second link inside one class, which then holds it together', async () => {
    const [a, b, c] = await fourMaps('same-redundant');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await linkOk(c.ids.alpha, a.ids.alpha);
    await unlinkOk(b.ids.alpha, a.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha, c.ids.alpha]);
  });
});

describe('unlinkSameClaim: classes are the components of the remaining links', () => {
  it('A–B, B–C, unlink B–C: C is alone again, A and B stay one class', async () => {
    const [a, b, c] = await fourMaps('unlink-end');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await unlinkOk(c.ids.alpha, b.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha]);
    await expectAlone(c.ids.alpha);
  });

  it('A–B, B–C, A–C, unlink A–B then B–C: B leaves once no link holds it', async () => {
    const [a, b, c] = await fourMaps('unlink-cycle');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await linkOk(a.ids.alpha, c.ids.alpha);
    await unlinkOk(a.ids.alpha, b.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha, c.ids.alpha]);
    await unlinkOk(b.ids.alpha, c.ids.alpha);
    await expectClass([a.ids.alpha, c.ids.alpha]);
    await expectAlone(b.ids.alpha);
  });

  it('A–B, B–C, C–D, unlink B–C: splits into two classes of two', async () => {
    const [a, b, c, d] = await fourMaps('unlink-split');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await linkOk(c.ids.alpha, d.ids.alpha);
    await unlinkOk(b.ids.alpha, c.ids.alpha);
    await expectClass([a.ids.alpha, b.ids.alpha]);
    await expectClass([c.ids.alpha, d.ids.alpha]);
    expect(await stored(a.ids.alpha)).not.toEqual(await stored(c.ids.alpha));
  });

  it('then allows a link that the old class refused', async () => {
    const [a, b, c] = await fourMaps('unlink-relink');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await unlinkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, a.ids.gamma);
    await linkOk(c.ids.alpha, a.ids.alpha);
    await expectClass([a.ids.gamma, b.ids.alpha]);
    await expectClass([a.ids.alpha, c.ids.alpha]);
  });
});

describe('deleteClaim keeps classes consistent', () => {
  it('deleting the middle of A–B–C leaves A and C alone', async () => {
    const [a, b, c] = await fourMaps('delete-middle');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await api.ok(`mutation($id: ID!) { deleteClaim(id: $id, cascade: true) { deletedClaimId } }`, { id: b.ids.alpha });
    await expectAlone(a.ids.alpha);
    await expectAlone(c.ids.alpha);
  });

  it('deleting one of three linked in a triangle keeps the other two one class', async () => {
    const [a, b, c] = await fourMaps('delete-triangle');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(b.ids.alpha, c.ids.alpha);
    await linkOk(c.ids.alpha, a.ids.alpha);
    await api.ok(`mutation($id: ID!) { deleteClaim(id: $id, cascade: true) { deletedClaimId } }`, { id: b.ids.alpha });
    await expectClass([a.ids.alpha, c.ids.alpha]);
  });
});

describe('linkSameClaim and unlinkSameClaim: rules (documented error, nothing written)', () => {
  let a: SmallMap, b: SmallMap, c: SmallMap;
  beforeAll(async () => {
    [a, b, c] = await fourMaps('same-rules');
    // A.alpha ~ B.alpha, and C.alpha ~ A.gamma: two classes, each with a claim of map A.
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(c.ids.alpha, a.ids.gamma);
  });
  const refused = async (query: string, variables: Record<string, string>, code: string, field: string, mention: string) => {
    const maps = [a.mapId, b.mapId, c.mapId];
    const before = await Promise.all(maps.map((mapId) => mapSnapshot(api.db, mapId)));
    const error = await api.fails(query, variables);
    expect({ code: error.code, field: error.field }).toEqual({ code, field });
    expect(error.message).toContain(field);
    expect(error.message).toContain(mention);
    expect(await Promise.all(maps.map((mapId) => mapSnapshot(api.db, mapId)))).toEqual(before);
  };

  it('refuses a claim with itself (BAD_USER_INPUT, otherClaimId)', () =>
    refused(link, { a: a.ids.beta, b: a.ids.beta }, 'BAD_USER_INPUT', 'otherClaimId', 'itself'));
  it('refuses two claims of the same map (BAD_USER_INPUT, otherClaimId)', () =>
    refused(link, { a: a.ids.beta, b: a.ids.delta }, 'BAD_USER_INPUT', 'otherClaimId', a.mapId));
  it('refuses a missing claimId (NOT_FOUND, claimId)', () =>
    refused(link, { a: `${a.mapId}:nothing`, b: b.ids.beta }, 'NOT_FOUND', 'claimId', `${a.mapId}:nothing`));
  it('refuses a missing otherClaimId (NOT_FOUND, otherClaimId)', () =>
    refused(link, { a: a.ids.beta, b: `${b.mapId}:nothing` }, 'NOT_FOUND', 'otherClaimId', `${b.mapId}:nothing`));
  it('refuses a link that would put two claims of one map in a class', () =>
    refused(link, { a: b.ids.alpha, b: a.ids.delta }, 'BAD_USER_INPUT', 'otherClaimId', a.mapId));
  it('refuses merging two classes that each hold a claim of one map', () =>
    refused(link, { a: b.ids.alpha, b: c.ids.alpha }, 'BAD_USER_INPUT', 'otherClaimId', a.mapId));
  it('refuses a link that exists (CONFLICT), either way round', async () => {
    await refused(link, { a: a.ids.alpha, b: b.ids.alpha }, 'CONFLICT', 'otherClaimId', 'linked already');
    await refused(link, { a: b.ids.alpha, b: a.ids.alpha }, 'CONFLICT', 'otherClaimId', 'linked already');
  });
  it('refuses a note over 2000 characters (BAD_USER_INPUT, note)', () =>
    refused(link, { a: a.ids.beta, b: b.ids.beta, note: 'n'.repeat(2001) }, 'BAD_USER_INPUT', 'note', '2000'));
  it('refuses unlinking claims that are not linked directly (NOT_FOUND, otherClaimId)', () =>
    refused(unlink, { a: b.ids.alpha, b: c.ids.alpha }, 'NOT_FOUND', 'otherClaimId', c.ids.alpha));
  it('refuses unlinking a missing claim (NOT_FOUND, claimId)', () =>
    refused(unlink, { a: `${a.mapId}:nothing`, b: b.ids.alpha }, 'NOT_FOUND', 'claimId', `${a.mapId}:nothing`));
});

describe('linkSameClaim: concurrent links', () => {
  it('of two claims of one map to the same claim: one is made, the other refused, the class stays sound', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await fourMaps(`same-race-${round}`);
      const results = await Promise.all([
        api.run(link, { a: a.ids.alpha, b: b.ids.alpha }),
        api.run(link, { a: a.ids.gamma, b: b.ids.alpha }),
      ]);
      const codes = results.map((result) => result.errors?.[0]?.extensions.code ?? 'OK').sort();
      expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
      const winner = results[0]!.errors ? a.ids.gamma : a.ids.alpha;
      await expectClass([winner, b.ids.alpha]);
      await expectAlone(winner === a.ids.alpha ? a.ids.gamma : a.ids.alpha);
    }
  });
});

describe('Claim.sameAs: reads', () => {
  it('lists only claims of maps the caller may read', async () => {
    const [a, b, c] = await fourMaps('same-readable');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(a.ids.alpha, c.ids.alpha);
    const limited: Caller = { tokenId: 'reader-ab', role: 'reader', maps: [a.mapId, b.mapId] };
    const result = await api.runAs(limited, sameAsQuery, { id: a.ids.alpha });
    expect(result.errors).toBeUndefined();
    expect(result.data!.claim.sameAs).toEqual([{ id: b.ids.alpha, map: { id: b.mapId } }]);
  });

  it('costs one round trip for a whole page of claims (DataLoader, no N+1)', async () => {
    const [a, b] = await fourMaps('same-batched');
    await linkOk(a.ids.alpha, b.ids.alpha);
    await linkOk(a.ids.beta, b.ids.beta);
    const page = (fields: string) => `query($m: ID!) { claims(filter: { mapId: $m }) { nodes { id ${fields} } } }`;
    const without = await api.run(page(''), { m: a.mapId });
    const withSameAs = await api.run(page('sameAs { id }'), { m: a.mapId });
    expect(withSameAs.errors).toBeUndefined();
    expect(withSameAs.roundTrips - without.roundTrips).toBe(1);
    const listed = withSameAs.data!.claims.nodes.filter((claim: { sameAs: unknown[] }) => claim.sameAs.length);
    expect(listed.map((claim: { id: string }) => claim.id).sort()).toEqual([a.ids.alpha, a.ids.beta].sort());
  });

  it('lets an editor of one map not link it to another map (FORBIDDEN)', async () => {
    const [a, b] = await fourMaps('same-forbidden');
    const editor: Caller = { tokenId: 'editor-a', role: 'editor', maps: [a.mapId] };
    const result = await api.runAs(editor, link, { a: a.ids.alpha, b: b.ids.alpha });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', mapIds: [b.mapId] });
  });
});
