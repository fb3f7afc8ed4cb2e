/**
 * The AIF files of the fixture corpus (tests/interop/fixtures/corpus/aif, written for argmap: see
 * its README): together they show every node type and every oddity of the real corpora, and each
 * converts and imports through importMap into the real Neo4j losing no I, RA or CA node silently.
 * Expected values come twice, independently of the converter: from a plain reading of the file
 * (aif-expectations.ts) and from the table below, counted by hand when the fixtures were written.
 * The real corpora are run by `npm run corpus`, not by the tests.
 */
import { describe, expect, it } from 'vitest';
import { importFormats } from '../../src/interop/import-formats.ts';
import { importMap } from '../../src/maps/import-map.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { aifExpectations } from './aif-expectations.ts';
import { aifTraits } from './aif-traits.ts';
import { fixtureFiles, readFixture } from './fixture-corpus.ts';

const api = useApi();
const files = fixtureFiles('aif');

/** Per file: claims, inferences, attacks, actors, rephrases, preferences, warnings. */
const byHand: Record<string, [number, number, number, number, number, number, number]> = {
  'aif/council-debate-later.json': [4, 1, 1, 3, 0, 0, 0],
  'aif/council-debate.json': [9, 2, 3, 3, 1, 0, 4],
  'aif/cycling-study.json': [9, 2, 5, 0, 0, 1, 0],
  'aif/empty-nodeset.json': [0, 0, 0, 0, 0, 0, 0],
  'aif/forum-thread.json': [6, 1, 3, 0, 0, 0, 1],
  'aif/letters-page.json': [6, 1, 3, 2, 0, 0, 0],
  'aif/ova-xaif.json': [3, 1, 1, 3, 0, 0, 2], // the L-end repair and the HTML text read as plain text
};

const oddities = [
  ...['I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA'].map((type) => `node ${type}`),
  ...['I>RA', 'RA>I', 'I>CA', 'CA>I', 'CA>RA', 'CA>CA', 'I>MA', 'MA>I', 'RA>PA', 'PA>RA'].map((edge) => `edge ${edge}`),
  ...['L>YA', 'YA>I', 'L>TA', 'TA>L', 'TA>YA', 'YA>CA', 'YA>RA', 'YA>L'].map((edge) => `edge ${edge}`),
  ...['I>I', 'L>L', 'I>L', 'I>YA', 'CA>L', 'L>RA', 'self-loop on L'].map((edge) =>
    edge.startsWith('self') ? edge : `edge ${edge}`,
  ),
  ...['xAIF wrapper', 'participants', 'empty nodeset', 'one-line layout', '2-space layout', 'tab layout', '\\u escapes'],
  ...['integer edgeID', 'non-numeric nodeID', 'personID both integer and string', 'nodes without timestamp', 'formEdgeID'],
  ...['literal S-node text', 'hash-like YA text', 'locution on an I-node', 'L-node without a locution'],
  ...['isolated analyst copy', 'analyst via YA Analysing', 'unnamed L-node', 'isolated I-node', 'a name in two spellings'],
  ...['one personID, several names', 'HTML entity', 'padded text', 'text over 2,000 characters', 'literal non-ASCII'],
];

const convert = (file: string, mapId = uniqueMapId('fixture')) => importFormats.AIF_JSON(readFixture(file), { mapId });

describe('importAif: the fixture corpus', () => {
  it('holds the seven files the table describes', () => expect(files).toEqual(Object.keys(byHand).sort()));

  it('shows every AIF node type, relation and corpus oddity', () => {
    const shown = new Set(files.flatMap((file) => [...aifTraits(readFixture(file))]));
    expect(oddities.filter((oddity) => !shown.has(oddity))).toEqual([]);
  });

  it.each(files)('%s converts losing no I, RA or CA node and no speaker without a warning naming it', (file) => {
    const expected = aifExpectations(readFixture(file));
    const { document, warnings } = convert(file);
    const droppedIds = warnings.flatMap((w) => /^(?:RA|CA|MA)-node (\S+) dropped:/.exec(w)?.[1] ?? []);
    expect(droppedIds.sort()).toEqual([...expected.dropped].sort());
    expect(document.claims!.map((c) => c.id).sort()).toEqual([...expected.claims].sort());
    expect(document.rephrases).toHaveLength(expected.rephrases);
    const actorNames = new Set(document.actors!.map((a) => a.name.toLowerCase()));
    for (const speaker of expected.speakers) expect(actorNames, `speaker ${speaker}`).toContain(speaker);
  });

  it.each(files)('%s imports with the counts read from the file and counted by hand', async (file) => {
    const expected = aifExpectations(readFixture(file));
    const { document, warnings } = convert(file);
    const outcome = await importMap(api.db, {}, document, { warnings });
    const [claims, inferences, attacks, actors, rephrases, preferences, warningCount] = byHand[file]!;
    expect(outcome.counts).toMatchObject({ claims, inferences, attacks, actors, rephrases, preferences });
    expect(outcome.counts).toMatchObject({
      claims: expected.claims.length,
      inferences: expected.inferences,
      attacks: expected.attacks,
      rephrases: expected.rephrases,
    });
    expect(warnings).toHaveLength(warningCount);
  });

  it('imports two files that share node ids as two maps, and each again without change', async () => {
    const [first, later] = ['aif/council-debate.json', 'aif/council-debate-later.json'];
    const ids = (file: string) => new Set(aifTraitsIds(readFixture(file)));
    expect([...ids(first)].filter((id) => ids(later).has(id)).length).toBeGreaterThan(5);
    const mapIds = [uniqueMapId('overlap'), uniqueMapId('overlap')];
    for (const [i, file] of [first, later].entries()) await importMap(api.db, {}, convert(file, mapIds[i]).document);
    const before = await Promise.all(mapIds.map((mapId) => mapSnapshot(api.db, mapId)));
    for (const [i, file] of [first, later].entries()) await importMap(api.db, {}, convert(file, mapIds[i]).document);
    expect(await Promise.all(mapIds.map((mapId) => mapSnapshot(api.db, mapId)))).toEqual(before);
    const claim = `query($id: ID!) { claim(id: $id) { text } }`;
    const texts = await Promise.all(mapIds.map(async (mapId) => (await api.ok(claim, { id: `${mapId}:101` })).claim.text));
    expect(texts).toEqual([texts[0], texts[0]]);
  });

  it('answers chain and dependence queries on an imported fixture map', async () => {
    const mapId = uniqueMapId('debate');
    await importMap(api.db, {}, convert('aif/council-debate.json', mapId).document);
    const data = await api.ok(
      `query($m: ID!) { claims(filter: { mapId: $m, role: MAIN_CONCLUSION }, first: 100) { nodes { key } } map(id: $m) { actors { id name } } }`,
      { m: mapId },
    );
    expect(data.claims.nodes.map((c: { key: string }) => c.key)).toContain('101');
    const chains = await api.ok(
      `query($c: ID!) { reasoningChains(conclusionId: $c, first: 100) { edges { node { claims { key role } } } } }`,
      {
        c: `${mapId}:101`,
      },
    );
    const chainKeys = chains.reasoningChains.edges.map((edge: { node: { claims: { key: string }[] } }) =>
      edge.node.claims.map((c) => c.key),
    );
    expect(chainKeys).toContainEqual(['109', '103', '101']);
    // Sam Okafor asserts 109 but not what it supports: 103 and 101 depend on him at one and two steps.
    const sam = data.map.actors.find((a: { name: string }) => a.name === 'Sam Okafor');
    const dependents = await api.ok(
      `query($a: ID!) { dependentClaims(actorId: $a, via: [ASSERTS], first: 100) { edges { node { claim { key } distance } } } }`,
      {
        a: sam.id,
      },
    );
    expect(dependents.dependentClaims.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      expect.arrayContaining([
        { claim: { key: '103' }, distance: 1 },
        { claim: { key: '101' }, distance: 2 },
      ]),
    );
  });
});

/** Every nodeID of a file. */
function aifTraitsIds(text: string): string[] {
  const json = JSON.parse(text);
  return ((json.AIF ?? json).nodes as { nodeID: string }[]).map((n) => String(n.nodeID));
}
