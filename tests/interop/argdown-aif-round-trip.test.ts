import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aifToMapDocument } from '../../src/interop/aif/aif-to-map-document.ts';
import { argdownToMapDocument } from '../../src/interop/argdown/argdown-to-map-document.ts';
import { mapDocumentToArgdown } from '../../src/interop/argdown/map-document-to-argdown.ts';
import { parseMapDocument, type MapDocument } from '../../src/maps/map-document.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { canonicalDocument, supportAndConflict } from './argdown-compare.ts';

const aif = `${repoRoot}/../shared/corpora/aif`;

/** Corpus AIF files with linked premises, rebuttals, undercuts of inferences and of attacks. */
const files = [
  'microtexts/nodeset6432.json', // linked premises, a rebuttal, an undercut
  'microtexts/nodeset6365.json', // two undercuts of inferences (CA→RA)
  'microtexts/nodeset6363.json', // an undercut of an attack (CA→CA)
  'araucaria/nodeset543.json', // 19 claims, five linked inferences, rebuttals
  'araucaria/nodeset137.json', // linked premises, rebuttals and speakers as actors
];

function fromAif(file: string): MapDocument {
  const { document } = aifToMapDocument(JSON.parse(readFileSync(`${aif}/${file}`, 'utf8')), { mapId: 'aif-trip' });
  return parseMapDocument(document);
}

const attacksOnAttacks = (doc: MapDocument) => {
  const attackIds = new Set((doc.attacks ?? []).map((attack) => attack.id));
  return (doc.attacks ?? []).filter((attack) => attackIds.has(attack.target));
};

describe('AIF → Argdown → argmap: corpus maps', () => {
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
