/**
 * `claims[].sameAs` in argmap/map@1 documents and in AIF's `argmap` extension: export lists each
 * claim's links either way round; import links what it can, warns about the rest and writes
 * nothing for them; re-imports (single-transaction and staged) keep classes consistent.
 */
import { describe, expect, it } from 'vitest';
import { importMap } from '../../src/maps/import-map.ts';
import type { MapDocument } from '../../src/maps/map-document.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { importSmallMap, smallMapDocument, type SmallMap } from '../support/fixtures.ts';

const api = useApi();

const link = `mutation($a: ID!, $b: ID!, $note: String) { linkSameClaim(claimId: $a, otherClaimId: $b, note: $note) { id } }`;
const exportQuery = `query($m: ID!, $f: MapFormat) { exportMap(mapId: $m, format: $f) }`;
const importQuery = `mutation($document: JSONObject!) { importMap(document: $document) { created warnings } }`;
const importAifQuery = `mutation($document: JSONObject!, $m: ID) { importAif(document: $document, mapId: $m) { warnings } }`;
const sameAsQuery = `query($id: ID!) { claim(id: $id) { sameAs { id } } }`;

type Doc = MapDocument & { claims: NonNullable<MapDocument['claims']> };

async function exported(mapId: string, format = 'ARGMAP_JSON'): Promise<Doc> {
  return JSON.parse((await api.ok(exportQuery, { m: mapId, f: format })).exportMap) as Doc;
}
async function sameAs(id: string): Promise<string[]> {
  return (await api.ok(sameAsQuery, { id })).claim.sameAs.map((claim: { id: string }) => claim.id).sort();
}
const sameAsOf = (doc: Doc, key: string) => doc.claims.find((claim) => claim.id === key)?.sameAs;
/** The small map's document with a `sameAs` on its claim `key`. */
function withSameAs(mapId: string, key: string, entries: { claimId: string; note?: string }[]): Doc {
  const doc = smallMapDocument(mapId) as unknown as Doc;
  return { ...doc, claims: doc.claims.map((claim) => (claim.id === key ? { ...claim, sameAs: entries } : claim)) };
}
/** The small map's claims without `key`, and nothing else (so that no reference dangles). */
function withoutClaim(mapId: string, key: string) {
  const doc = smallMapDocument(mapId);
  return { ...doc, claims: doc.claims.filter((claim) => claim.id !== key), inferences: [], attacks: [], actorLinks: [] };
}
async function threeMaps(purpose: string): Promise<[SmallMap, SmallMap, SmallMap]> {
  return (await Promise.all(['a', 'b', 'c'].map((s) => importSmallMap(api, `${purpose}-${s}`)))) as [
    SmallMap,
    SmallMap,
    SmallMap,
  ];
}

describe('exportMap: claims[].sameAs', () => {
  it('lists each claim’s links either way round, with the note, and leaves it out when there are none', async () => {
    const [a, b, c] = await threeMaps('doc-export');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha, note: 'Both say alpha.' });
    await api.ok(link, { a: c.ids.alpha, b: a.ids.alpha });
    const doc = await exported(a.mapId);
    expect(sameAsOf(doc, 'alpha')).toEqual(
      [{ claimId: b.ids.alpha, note: 'Both say alpha.' }, { claimId: c.ids.alpha }].sort((x, y) =>
        x.claimId.localeCompare(y.claimId),
      ),
    );
    expect(sameAsOf(doc, 'beta')).toBeUndefined();
    // B's document names only its own explicit link, not C (linked to B through A).
    expect(sameAsOf(await exported(b.mapId), 'alpha')).toEqual([{ claimId: a.ids.alpha, note: 'Both say alpha.' }]);
  });

  it('names only claims of maps the caller may read', async () => {
    const [a, b, c] = await threeMaps('doc-export-limited');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha });
    await api.ok(link, { a: a.ids.alpha, b: c.ids.alpha });
    const reader = { tokenId: 'reader-ab', role: 'reader' as const, maps: [a.mapId, b.mapId] };
    const result = await api.runAs(reader, exportQuery, { m: a.mapId });
    expect(sameAsOf(JSON.parse(result.data!.exportMap) as Doc, 'alpha')).toEqual([{ claimId: b.ids.alpha }]);
  });
});

describe('importMap: claims[].sameAs', () => {
  it('round trip: two maps exported and imported under new ids keep their link', async () => {
    const [a, b] = await threeMaps('doc-round');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha, note: 'Same.' });
    const [newA, newB] = [uniqueMapId('doc-round-a2'), uniqueMapId('doc-round-b2')];
    const renamed = (doc: Doc) =>
      JSON.parse(JSON.stringify(doc).replaceAll(`"${a.mapId}`, `"${newA}`).replaceAll(`"${b.mapId}`, `"${newB}`)) as Doc;
    const [docA, docB] = [renamed(await exported(a.mapId)), renamed(await exported(b.mapId))];
    const first = await api.ok(importQuery, { document: docA });
    expect(first.importMap.warnings).toEqual([expect.stringMatching(/^document\.claims\[0\]\.sameAs\[0\]: .*not linked$/)]);
    expect((await api.ok(importQuery, { document: docB })).importMap.warnings).toEqual([]);
    expect(await sameAs(`${newA}:alpha`)).toEqual([`${newB}:alpha`]);
    expect(await exported(newA)).toEqual(docA);
    expect(await exported(newB)).toEqual(docB);
  });

  it('re-importing a document with its links changes nothing and warns of nothing', async () => {
    const [a, b] = await threeMaps('doc-again');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha });
    const doc = await exported(a.mapId);
    const before = [await mapSnapshot(api.db, a.mapId), await mapSnapshot(api.db, b.mapId)];
    expect((await api.ok(importQuery, { document: doc })).importMap.warnings).toEqual([]);
    expect([await mapSnapshot(api.db, a.mapId), await mapSnapshot(api.db, b.mapId)]).toEqual(before);
  });

  it('warns about a missing claim, a claim of its own map and a clash, and writes nothing for them', async () => {
    const [a, b, c] = await threeMaps('doc-warn');
    await api.ok(link, { a: b.ids.alpha, b: c.ids.alpha });
    const before = await mapSnapshot(api.db, c.mapId);
    const doc = withSameAs(a.mapId, 'alpha', [
      { claimId: `${b.mapId}:nothing` },
      { claimId: a.ids.gamma },
      { claimId: b.ids.beta },
    ]);
    doc.claims[1] = { ...doc.claims[1]!, sameAs: [{ claimId: b.ids.alpha }, { claimId: c.ids.gamma }] };
    const { warnings } = (await api.ok(importQuery, { document: doc })).importMap;
    expect(warnings).toEqual([
      expect.stringContaining(`document.claims[0].sameAs[0]: no claim with id "${b.mapId}:nothing"`),
      expect.stringContaining(`document.claims[0].sameAs[1]: "${a.ids.gamma}" is in the same map`),
      // gamma joins {B.alpha, C.alpha}; then C.gamma would be a second claim of map C in it.
      expect.stringContaining(`document.claims[1].sameAs[1]: linking would put two claims of map "${c.mapId}"`),
    ]);
    expect(await sameAs(a.ids.alpha)).toEqual([b.ids.beta]);
    expect(await sameAs(a.ids.gamma)).toEqual([b.ids.alpha, c.ids.alpha].sort());
    expect(await sameAs(c.ids.gamma)).toEqual([]);
    expect(await mapSnapshot(api.db, c.mapId)).toEqual(before);
  });

  it('keeps links of claims it keeps, even when the document does not list them', async () => {
    const [a, b] = await threeMaps('doc-keep');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha });
    await api.ok(importQuery, { document: smallMapDocument(a.mapId) });
    expect(await sameAs(a.ids.alpha)).toEqual([b.ids.alpha]);
  });

  it('re-importing without the middle claim of A–B–C leaves A and C alone', async () => {
    const [a, b, c] = await threeMaps('doc-prune');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha });
    await api.ok(link, { a: b.ids.alpha, b: c.ids.alpha });
    await api.ok(importQuery, { document: withoutClaim(b.mapId, 'alpha') });
    expect(await sameAs(a.ids.alpha)).toEqual([]);
    expect(await sameAs(c.ids.alpha)).toEqual([]);
  });

  it('a staged re-import keeps the links of the claims it keeps and repairs the classes of those it drops', async () => {
    const [a, b, c] = await threeMaps('doc-staged');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha });
    await api.ok(link, { a: b.ids.gamma, b: c.ids.gamma });
    await api.ok(link, { a: c.ids.gamma, b: a.ids.gamma });
    await importMap(api.db, { operationName: 'test-staged' }, withoutClaim(b.mapId, 'gamma'), { singleTransactionRows: 1 });
    expect(await sameAs(b.ids.alpha)).toEqual([a.ids.alpha]);
    expect(await sameAs(a.ids.alpha)).toEqual([b.ids.alpha]);
    expect(await sameAs(c.ids.gamma)).toEqual([a.ids.gamma]);
  });
});

describe('AIF: same-claim links in the argmap extension key', () => {
  it('exports claims[].sameAs in the extension and importAif links them again', async () => {
    const [a, b] = await threeMaps('doc-aif');
    await api.ok(link, { a: a.ids.alpha, b: b.ids.alpha, note: 'Same.' });
    const aif = await exported(a.mapId, 'AIF_JSON');
    const ext = (aif as unknown as { argmap: { claims: { nodeID: string; sameAs?: unknown }[] } }).argmap;
    expect(ext.claims.find((claim) => claim.nodeID === 'alpha')?.sameAs).toEqual([{ claimId: b.ids.alpha, note: 'Same.' }]);
    const copy = uniqueMapId('doc-aif-copy');
    const result = await api.ok(importAifQuery, { document: aif, m: copy });
    expect(result.importAif.warnings).toEqual([]);
    expect(await sameAs(`${copy}:alpha`)).toEqual([a.ids.alpha, b.ids.alpha].sort());
    expect(sameAsOf(await exported(copy), 'alpha')).toEqual([{ claimId: b.ids.alpha, note: 'Same.' }]);
  });
});
