import { describe, expect, it } from 'vitest';
import { readSeedDocument, seedMapIds } from '../../src/maps/seed.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { withoutSameClaimLinks, withSeedLinksToIt } from '../support/cross-map-links.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();
const exportMap = `query($mapId: ID!) { exportMap(mapId: $mapId, format: ARGMAP_JSON) }`;

/** The same document with every list in a content order, so documents compare by content. */
function canonical(document: Record<string, any>) {
  const sortKey = (item: Record<string, any>) => JSON.stringify(Object.entries(item).sort());
  const byId = (list: Record<string, any>[] = []) => [...list].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return {
    ...document,
    actors: byId(document.actors),
    claims: byId(document.claims).map((claim) => ({ tags: [], ...claim })),
    inferences: byId(document.inferences).map((inference) => ({ ...inference, premises: [...inference.premises].sort() })),
    attacks: byId(document.attacks),
    actorLinks: byId(document.actorLinks),
  };
}

describe('exportMap: ARGMAP_JSON', () => {
  // Entities and same-claim links included. A link is either way round, so the editorial's export
  // also lists the links the reply (loaded after it) makes to its claims.
  it.each(seedMapIds)(
    'gives back the seed map %s as imported, plus the same-claim links other seed maps make to it',
    async (mapId) => {
      const data = await api.ok(exportMap, { mapId });
      expect(canonical(JSON.parse(data.exportMap))).toEqual(canonical(withSeedLinksToIt(readSeedDocument(mapId) as never)));
    },
  );

  it("lists in the editorial the reply's six same-claim links, read backwards", async () => {
    const exported = JSON.parse((await api.ok(exportMap, { mapId: 'editorial' })).exportMap);
    const links = exported.claims.flatMap((claim: { sameAs?: { claimId: string }[] }) => claim.sameAs ?? []);
    expect(links).toHaveLength(6);
    expect(links.every((link: { claimId: string }) => link.claimId.startsWith('reply:'))).toBe(true);
  });

  it('exports a document that imports into an equal map', async () => {
    const exported = JSON.parse((await api.ok(exportMap, { mapId: 'editorial' })).exportMap);
    const mapId = uniqueMapId('reimport');
    // Without its same-claim links: they name the reply's claims, and a copy linked to them would
    // join the seed's classes (a class holds one claim per map) and change the seed's answers.
    const copy = { ...withoutSameClaimLinks(exported), map: { ...exported.map, id: mapId } };
    await api.ok(`mutation($d: JSONObject!) { importMap(document: $d) { created } }`, { d: copy });
    const before = await mapSnapshot(api.db, mapId);
    const again = JSON.parse((await api.ok(exportMap, { mapId })).exportMap);
    expect(canonical(again)).toEqual(canonical(copy));
    await api.ok(`mutation($d: JSONObject!) { importMap(document: $d) { created } }`, { d: again });
    expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown map', async () => {
    const error = await api.fails(exportMap, { mapId: unknownMapId() });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'mapId' });
  });
});
