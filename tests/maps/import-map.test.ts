import { describe, expect, it } from 'vitest';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { everyKindDocument as documentFor } from '../support/fixtures.ts';

const api = useApi();

const importMap = `mutation Import($document: JSONObject!) {
  importMap(document: $document) { created counts { claims inferences attacks actors } map { id title } }
}`;

describe('importMap: loading a whole map', () => {
  it('writes every element and relation of the document', async () => {
    const mapId = uniqueMapId('import');
    const data = await api.ok(importMap, { document: documentFor(mapId) });
    expect(data.importMap).toEqual({
      created: true,
      counts: { claims: 5, inferences: 1, attacks: 2, actors: 1 },
      map: { id: mapId, title: 'Every kind' },
    });
    const read = await api.ok(
      `query($id: ID!) { claim(id: $id) {
      supportedBy { premises { key } schemeName undercutBy { attacker { key } } }
      about { key } quote { start end }
    } }`,
      { id: `${mapId}:beta` },
    );
    expect(read.claim).toEqual({
      supportedBy: [
        {
          premises: [{ key: 'alpha' }, { key: 'gamma' }],
          schemeName: 'Argument from Sign',
          undercutBy: [{ attacker: { key: 'gap' } }],
        },
      ],
      about: [{ key: 'ann' }],
      quote: { start: 15, end: 28 },
    });
  });

  it('changes nothing when the same document is imported twice', async () => {
    const mapId = uniqueMapId('idempotent');
    await api.ok(importMap, { document: documentFor(mapId) });
    const before = await mapSnapshot(api.db, mapId);
    const again = await api.ok(importMap, { document: documentFor(mapId) });
    expect(again.importMap.created).toBe(false);
    expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  });

  it('makes the map equal to an edited document, removing what it no longer holds', async () => {
    const mapId = uniqueMapId('edited');
    await api.ok(importMap, { document: documentFor(mapId) });
    const edited = documentFor(mapId);
    edited.claims = edited.claims.filter((claim) => claim.id !== 'gap');
    edited.attacks = edited.attacks.filter((attack) => attack.id !== 'a2');
    edited.preferences = [];
    edited.inferences[0]!.premises = ['alpha'];
    const data = await api.ok(importMap, { document: edited });
    expect(data.importMap.counts).toEqual({ claims: 4, inferences: 1, attacks: 1, actors: 1 });
    const read = await api.ok(`query($id: ID!) { claim(id: $id) { supportedBy { premises { key } } } }`, { id: `${mapId}:beta` });
    expect(read.claim.supportedBy).toEqual([{ premises: [{ key: 'alpha' }] }]);
  });

  describe('refuses a bad document and writes nothing', () => {
    const cases: [string, (doc: ReturnType<typeof documentFor>) => unknown, string][] = [
      ['a wrong format tag', (doc) => ({ ...doc, format: 'aif' }), 'document.format'],
      ['a claim without text', (doc) => ({ ...doc, claims: [{ id: 'x', text: '' }] }), 'document.claims[0].text'],
      [
        'an inference to a missing claim',
        (doc) => ({ ...doc, inferences: [{ id: 'i9', premises: ['alpha'], conclusion: 'nowhere' }] }),
        'document.inferences[0].conclusion',
      ],
      [
        'an undercut aimed at a claim',
        (doc) => ({ ...doc, attacks: [{ id: 'a9', attacker: 'gap', kind: 'UNDERCUT', target: 'alpha' }] }),
        'document.attacks[0].target',
      ],
      [
        'a quote that is not the source text at its offsets',
        (doc) => ({ ...doc, claims: [{ id: 'x', text: 'X', quote: { text: 'Beta', start: 0, end: 4 } }] }),
        'document.claims[0].quote',
      ],
      [
        'a claim supporting itself',
        (doc) => ({ ...doc, inferences: [{ id: 'i9', premises: ['alpha'], conclusion: 'alpha' }] }),
        'document.inferences[0]',
      ],
      [
        'the same id twice',
        (doc) => ({ ...doc, actors: [...doc.actors, { id: 'alpha', name: 'Al', kind: 'PERSON' }] }),
        'document.claims[0].id',
      ],
    ];
    it.each(cases)('%s', async (_, spoil, field) => {
      const mapId = uniqueMapId('refused');
      await api.ok(importMap, { document: documentFor(mapId) });
      const before = await mapSnapshot(api.db, mapId);
      const error = await api.fails(importMap, { document: spoil(documentFor(mapId)) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
      expect(await mapSnapshot(api.db, mapId)).toEqual(before);
    });
  });
});
