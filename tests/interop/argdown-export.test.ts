import { describe, expect, it } from 'vitest';
import { argdownToMapDocument } from '../../src/interop/argdown/argdown-to-map-document.ts';
import { mapDocumentToArgdown } from '../../src/interop/argdown/map-document-to-argdown.ts';
import { parseArgdown } from '../../src/interop/argdown/parse-argdown.ts';
import type { MapDocument } from '../../src/maps/map-document.ts';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { uniqueMapId, useApi } from '../support/api.ts';
import { canonicalDocument, supportAndConflict } from './argdown-compare.ts';
import { withoutSameClaimLinks } from '../support/cross-map-links.ts';

const api = useApi();
const seed = readSeedDocument() as unknown as MapDocument;
const exportAs = (format: string) => `query($mapId: ID!) { exportMap(mapId: $mapId, format: ${format}) }`;
const withoutFrontMatter = (text: string) => text.replace(/^===\n[\s\S]*?\n===\n/, '');

describe('exportMap: ARGDOWN', () => {
  it('writes the seed map as Argdown that @argdown/core parses without errors', async () => {
    const { exportMap: text } = await api.ok(exportAs('ARGDOWN'), { mapId: 'editorial' });
    const model = parseArgdown(text);
    expect(Object.keys(model.statements)).toHaveLength(55);
    expect(Object.keys(model.arguments)).toHaveLength(40);
    expect(model.relations).toHaveLength(8);
    expect(text).toContain('[trump-angry-with-putin]: Donald Trump is angry with Vladimir Putin. #evidence');
  });

  // Entities travel in the front matter; same-claim links do not (Argdown has no identity across documents).
  it('reads back to the seed document itself, front matter and entities included, without its same-claim links', async () => {
    const { exportMap: text } = await api.ok(exportAs('ARGDOWN'), { mapId: 'editorial' });
    const { document, warnings } = argdownToMapDocument(text, { mapId: 'editorial' });
    expect(warnings).toEqual([]);
    expect(canonicalDocument(withoutSameClaimLinks(document))).toEqual(canonicalDocument(withoutSameClaimLinks(seed)));
    expect(document.claims?.some((claim) => claim.sameAs)).toBe(false);
  });

  it('reads back to the same claims, inferences and attacks from the Argdown body alone', () => {
    const { document } = argdownToMapDocument(withoutFrontMatter(mapDocumentToArgdown(seed)), { mapId: 'editorial' });
    expect(supportAndConflict(document)).toEqual(supportAndConflict(seed));
    expect(document.actors).toEqual([]);
  });

  it('imports through importArgdown into a map equal to the seed, its actors linked to the same entities', async () => {
    const mapId = uniqueMapId('argdown-seed');
    const text = mapDocumentToArgdown(seed);
    await api.ok(`mutation($text: String!, $mapId: ID!) { importArgdown(text: $text, mapId: $mapId) { created } }`, {
      text,
      mapId,
    });
    const stored = JSON.parse((await api.ok(exportAs('ARGMAP_JSON'), { mapId })).exportMap) as MapDocument;
    const restored = { ...stored, map: { ...stored.map, id: 'editorial' } };
    expect(canonicalDocument(restored)).toEqual(canonicalDocument(withoutSameClaimLinks(seed)));
  });
});

describe('mapDocumentToArgdown: text Argdown would read as markup', () => {
  const texts = [
    'U.S. policy at 10:30 a.m.  --  see http://example.org/a_b //not a comment /* nor this */',
    'Markup-like: *bold* _italic_ #tag @[mention] <argument> [statement] {data: 1} a\\b === end',
    'Quotes ’ “ ” and arrows -> <- +> <+ _> <_ and an ending backslash \\',
  ];
  it.each(texts)('keeps %j exactly', (text) => {
    const doc: MapDocument = {
      format: 'argmap/map@1',
      map: { id: 'm', title: 'Escapes {=== }' },
      claims: [
        { id: 'a', text, tags: ['two words', 'x-y'] },
        { id: 'b', text: 'Plain.' },
      ],
      inferences: [
        { id: 'i', premises: ['b'], conclusion: 'a', scheme: 'Argument -- from {x} #1', warrant: 'If } then { -- "so" ===' },
      ],
    };
    const { document } = argdownToMapDocument(mapDocumentToArgdown(doc), { mapId: 'm' });
    expect(document.claims?.[0]).toEqual({ id: 'a', text, tags: ['two words', 'x-y'] });
    expect(document.inferences).toEqual(doc.inferences);
    expect(document.map.title).toBe('Escapes {=== }');
  });
});
