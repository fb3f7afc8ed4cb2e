import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argdownToMapDocument } from '../../src/interop/argdown/argdown-to-map-document.ts';
import { parseMapDocument } from '../../src/maps/map-document.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();
const fixture = readFileSync(`${repoRoot}/tests/interop/fixtures/bike-lane.argdown`, 'utf8');
const corpus = `${repoRoot}/../shared/corpora/argdown`;

const importArgdown = `mutation($text: String!, $mapId: ID!) {
  importArgdown(text: $text, mapId: $mapId) { created warnings map { title } counts { claims inferences attacks actors } }
}`;
const storedClaim = `query($id: ID!) {
  claim(id: $id) {
    text tags role
    supportedBy { key scheme warrant premises { key } undercutBy { kind attacker { key } } }
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
      scheme: 'Practical Reasoning',
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

describe('importArgdown: the Argdown project examples', () => {
  const files = readdirSync(corpus).filter((file) => file.endsWith('.argdown'));

  it('finds the 8 corpus files', () => expect(files).toHaveLength(8));

  it.each(files)('%s converts to a valid document and imports', async (file) => {
    const text = readFileSync(`${corpus}/${file}`, 'utf8');
    const { document, warnings } = argdownToMapDocument(text, { mapId: 'corpus' });
    expect(() => parseMapDocument(document)).not.toThrow();
    // Every warning names the relation Argdown leaves ambiguous for argmap's model.
    for (const warning of warnings) expect(warning).toMatch(/Argdown does not say which premise/);
    const { importArgdown: result } = await api.ok(importArgdown, { text, mapId: uniqueMapId('corpus') });
    expect(result.counts).toMatchObject({
      claims: document.claims!.length,
      inferences: document.inferences!.length,
      attacks: document.attacks!.length,
    });
    expect(result.counts.claims).toBeGreaterThan(0);
  });

  it('maps undercuts of unreconstructed arguments onto what those arguments do', () => {
    const text = readFileSync(`${corpus}/legalisation-softdrugs.argdown`, 'utf8');
    const { document } = argdownToMapDocument(text, { mapId: 'corpus' });
    const undercuts = document.attacks!.filter((attack) => attack.kind === 'UNDERCUT');
    expect(undercuts.map((attack) => attack.attacker).sort()).toEqual(['addiction-no-reason-to-ban', 'poor-reason']);
  });
});
