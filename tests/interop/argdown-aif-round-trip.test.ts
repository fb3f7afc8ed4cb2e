import { describe, expect, it } from 'vitest';
import { aifToMapDocument } from '../../src/interop/aif/aif-to-map-document.ts';
import { argdownToMapDocument } from '../../src/interop/argdown/argdown-to-map-document.ts';
import { mapDocumentToArgdown } from '../../src/interop/argdown/map-document-to-argdown.ts';
import { parseMapDocument, type MapDocument } from '../../src/maps/map-document.ts';
import { canonicalDocument, supportAndConflict } from './argdown-compare.ts';
import { readFixture } from './fixture-corpus.ts';

/** Fixture AIF files with linked premises, rebuttals, undercuts of inferences and of attacks. */
const files = [
  'aif/cycling-study.json', // linked premises, a rebuttal, two undercuts of inferences, two of attacks, a preference
  'aif/letters-page.json', // linked premises, rebuttals and speakers as actors
  'aif/council-debate.json', // a chain of inferences, rebuttals, a rephrase, speakers asserting claims
  'aif/forum-thread.json', // a 2,000-character claim, decoded entities, an attack on an attacker
];

function fromAif(file: string): MapDocument {
  const { document } = aifToMapDocument(JSON.parse(readFixture(file)), { mapId: 'aif-trip' });
  return parseMapDocument(document);
}

const attacksOnAttacks = (doc: MapDocument) => {
  const attackIds = new Set((doc.attacks ?? []).map((attack) => attack.id));
  return (doc.attacks ?? []).filter((attack) => attackIds.has(attack.target));
};

describe('AIF → Argdown → argmap: fixture maps', () => {
  it.each(files)('%s comes back whole', (file) => {
    const original = fromAif(file);
    const { document, warnings } = argdownToMapDocument(mapDocumentToArgdown(original), { mapId: 'aif-trip' });
    expect(warnings).toEqual([]);
    expect(canonicalDocument(parseMapDocument(document))).toEqual(canonicalDocument(original));
  });

  it.each(files)(
    '%s keeps claims, linked inferences, rebuttals and undercuts of inferences in the Argdown body alone',
    (file) => {
      const original = fromAif(file);
      const body = mapDocumentToArgdown(original).replace(/^===\n[\s\S]*?\n===\n/, '');
      const { document } = argdownToMapDocument(body, { mapId: 'aif-trip' });
      // Argdown relations cannot target relations: an undercut of an attack lives only in the front matter.
      const drawn = {
        ...original,
        attacks: (original.attacks ?? []).filter((attack) => !attacksOnAttacks(original).includes(attack)),
      };
      expect(supportAndConflict(document)).toEqual(supportAndConflict(drawn));
    },
  );

  it('the chosen files do cover linked premises, rebuttals, undercuts and an undercut of an attack', () => {
    const docs = files.map(fromAif);
    expect(docs.some((doc) => doc.inferences?.some((inference) => inference.premises.length > 1))).toBe(true);
    expect(docs.some((doc) => doc.attacks?.some((attack) => attack.kind === 'REBUT'))).toBe(true);
    expect(
      docs.some((doc) => doc.attacks?.some((attack) => doc.inferences?.some((inference) => inference.id === attack.target))),
    ).toBe(true);
    expect(docs.some((doc) => attacksOnAttacks(doc).length > 0)).toBe(true);
  });
});
