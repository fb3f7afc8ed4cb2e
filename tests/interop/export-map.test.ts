import { describe, expect, it } from 'vitest';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { withoutCrossMapLinks } from '../support/cross-map-links.ts';
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
  it('gives back the seed map exactly as it was imported', async () => {
    const data = await api.ok(exportMap, { mapId: 'editorial' });
    expect(canonical(withoutCrossMapLinks(JSON.parse(data.exportMap)))).toEqual(
      canonical(withoutCrossMapLinks(readSeedDocument())),
    );
  });

  it('exports a document that imports into an equal map', async () => {
    const exported = JSON.parse((await api.ok(exportMap, { mapId: 'editorial' })).exportMap);
    const mapId = uniqueMapId('reimport');
    const copy = { ...exported, map: { ...exported.map, id: mapId } };
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
