import { describe, expect, it } from 'vitest';
import { argdownToMapDocument } from '../../src/interop/argdown/argdown-to-map-document.ts';
import { parseMapDocument } from '../../src/maps/map-document.ts';
import { uniqueMapId, useApi } from '../support/api.ts';
import { fixtureFiles, readFixture } from './fixture-corpus.ts';

const api = useApi();
const fixture = readFixture('argdown/bike-lane.argdown');

const importArgdown = `mutation($text: String!, $mapId: ID!) {
  importArgdown(text: $text, mapId: $mapId) { created warnings map { title } counts { claims inferences attacks actors } }
}`;
const storedClaim = `query($id: ID!) {
  claim(id: $id) {
    text tags role
    supportedBy { key schemeName warrant premises { key } undercutBy { kind attacker { key } } }
    attackedBy { kind attacker { key } }
  }
}`;

describe('importArgdown: a hand-written file', () => {
  // Titles that are valid ids (`Cost`) are kept as they are; others are slugged (`build-the-lane`).
  it('writes statements, the argument steps, the support and the attacks', async () => {
    const mapId = uniqueMapId('argdown');
    const { importArgdown: result } = await api.ok(importArgdown, { text: fixture, mapId });
    expect(result).toEqual({
      created: true,
      warnings: [],
      map: { title: 'A bike lane on Main Street' },
      counts: { claims: 9, inferences: 3, attacks: 3, actors: 0 },
    });
    const { claim: lane } = await api.ok(storedClaim, { id: `${mapId}:build-the-lane` });
    expect(lane).toMatchObject({ text: 'The city should build a protected bike lane on Main Street.', tags: ['policy', 'main'] });
    expect(lane.role).toBe('MAIN_CONCLUSION');
    expect(lane.attackedBy).toEqual([{ kind: 'REBUT', attacker: { key: 'Cost' } }]);
    const byKey = Object.fromEntries(lane.supportedBy.map((inference: { key: string }) => [inference.key, inference]));
    expect(byKey['safety-argument']).toEqual({
      key: 'safety-argument',
      schemeName: 'Practical Reasoning',
      warrant: 'A duty of care licenses the policy that fulfils it.',
      premises: expect.arrayContaining([{ key: 'Safer' }, { key: 'duty-of-care' }]),
      undercutBy: [{ kind: 'UNDERCUT', attacker: { key: 'Junctions' } }],
    });
    expect(byKey['Popular.supports.build-the-lane']).toMatchObject({ premises: [{ key: 'Popular' }], undercutBy: [] });
  });

  it('chains an intermediary conclusion to the premises above it', async () => {
    const mapId = uniqueMapId('argdown');
    await api.ok(importArgdown, { text: fixture, mapId });
    const { claim: safer } = await api.ok(storedClaim, { id: `${mapId}:Safer` });
    expect(safer.role).toBe('INTERMEDIATE');
    expect(safer.supportedBy).toEqual([
      expect.objectContaining({
        key: 'safety-argument.1',
        premises: expect.arrayContaining([{ key: 'Crashes' }, { key: 'lanes-halve-crashes' }]),
      }),
    ]);
    const { claim: cost } = await api.ok(storedClaim, { id: `${mapId}:Cost` });
    expect(cost.attackedBy).toEqual([{ kind: 'REBUT', attacker: { key: 'Budget' } }]);
    const { claim: premise } = await api.ok(storedClaim, { id: `${mapId}:lanes-halve-crashes` });
    expect(premise.tags).toEqual(['expert opinion']);
  });

  it('is idempotent: importing the same text twice changes nothing', async () => {
    const mapId = uniqueMapId('argdown');
    await api.ok(importArgdown, { text: fixture, mapId });
    const again = await api.ok(importArgdown, { text: fixture, mapId });
    expect(again.importArgdown).toMatchObject({ created: false, counts: { claims: 9, inferences: 3, attacks: 3 } });
  });

  it('answers BAD_USER_INPUT naming the line of a syntax error, and writes nothing', async () => {
    const mapId = uniqueMapId('argdown');
    const error = await api.fails(importArgdown, { text: '===\ntitle: x\n===\n# Heading right after', mapId });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(error.message).toMatch(/Argdown line 4/);
    expect((await api.ok(`query($id: ID!) { map(id: $id) { id } }`, { id: mapId })).map).toBeNull();
  });
});

describe('importArgdown: the fixture corpus', () => {
  const files = fixtureFiles('argdown');
  const convert = (file: string) => argdownToMapDocument(readFixture(file), { mapId: 'fixture' });
  const attacksOf = (file: string) =>
    convert(file).document.attacks!.map(({ attacker, kind, target }) => `${attacker} ${kind} ${target}`);

  it('finds the 3 fixture files', () => expect(files).toHaveLength(3));

  it.each(files)('%s converts to a valid document and imports', async (file) => {
    const text = readFixture(file);
    const { document, warnings } = argdownToMapDocument(text, { mapId: 'fixture' });
    expect(() => parseMapDocument(document)).not.toThrow();
    // Every warning names the relation Argdown leaves ambiguous for argmap's model.
    for (const warning of warnings) expect(warning).toMatch(/Argdown does not say which premise/);
    const { importArgdown: result } = await api.ok(importArgdown, { text, mapId: uniqueMapId('fixture') });
    expect(result.counts).toMatchObject({
      claims: document.claims!.length,
      inferences: document.inferences!.length,
      attacks: document.attacks!.length,
    });
    expect(result.counts.claims).toBeGreaterThan(0);
  });

  it('maps undercuts of unreconstructed arguments onto what those arguments do', () =>
    expect(attacksOf('argdown/town-hall.argdown').filter((a) => a.includes(' UNDERCUT '))).toEqual([
      'Footfall UNDERCUT shops-lose-out.rebuts.Lane',
    ]));

  it('reads contradictory statements as rebutting each other', () =>
    expect(attacksOf('argdown/town-hall.argdown')).toEqual(expect.arrayContaining(['Cheap REBUT Dear', 'Dear REBUT Cheap'])));

  it('reads strict mode: contrary statements rebut each other, an entailment supports', () => {
    expect(attacksOf('argdown/strict-mode.argdown').sort()).toEqual(['Gritted REBUT Skipped', 'Skipped REBUT Gritted']);
    expect(convert('argdown/strict-mode.argdown').document.inferences).toContainEqual({
      id: 'Priority.supports.Gritted',
      premises: ['Priority'],
      conclusion: 'Gritted',
    });
  });

  it('keeps statements defined only in a premise–conclusion structure, and `uses` picks the premises', () => {
    const { document } = convert('argdown/strict-mode.argdown');
    expect(document.claims!.map((c) => c.id)).toEqual(expect.arrayContaining(['all-year', 'worth-it', 'build-it']));
    expect(document.inferences).toContainEqual({ id: 'winter-use', premises: ['all-year', 'worth-it'], conclusion: 'build-it' });
  });

  it('joins hard-wrapped lines, keeps umlauts and tags in parentheses, and reads the front matter title', () => {
    const { document } = convert('argdown/town-hall.argdown');
    const claim = (id: string) => document.claims!.find((c) => c.id === id);
    expect(claim('Lane')!.text).toBe('The council should build a protected bike lane on Main Street before the summer.');
    expect(claim('furth')).toMatchObject({
      text: 'In Fürth hat die neue Radspur den Lärm in der Innenstadt hörbar verringert.',
      tags: ['Erfahrung aus Fürth'],
    });
    expect(document.map.title).toBe('The town hall meeting on the bike lane');
  });
});
