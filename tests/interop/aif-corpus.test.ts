/**
 * The 129 real AIF files of ../shared/corpora/aif (CI has shared/ beside the repo): each converts
 * and imports through importMap into the real Neo4j, and loses no I, RA or CA node silently. The
 * expected counts and drops are computed here from the file itself, independently of the converter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { importFormats } from '../../src/interop/import-formats.ts';
import { importMap } from '../../src/maps/import-map.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();
const corpus = `${repoRoot}/../shared/corpora/aif`;
const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.json'))
  .sort();

type Raw = { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] };

/** What the file holds, and which RA/CA/MA nodes cannot be kept (an end missing), by plain reading. */
function expectations(text: string) {
  const json = JSON.parse(text || '{"nodes":[],"edges":[]}');
  const { nodes, edges } = (json.AIF ?? json) as Raw;
  const type = new Map(nodes.map((n) => [String(n.nodeID), n.type]));
  const neighbours = (id: string, direction: 'in' | 'out') =>
    edges
      .filter((e) => String(direction === 'in' ? e.toID : e.fromID) === id)
      .map((e) => String(direction === 'in' ? e.fromID : e.toID));
  // An end at an L-node that anchors exactly one I-node (L –YA→ I) stands for that I-node.
  const anchored = (id: string) => {
    if (type.get(id) !== 'L') return id;
    const propositions = new Set(
      neighbours(id, 'out')
        .filter((ya) => type.get(ya) === 'YA')
        .flatMap((ya) => neighbours(ya, 'out').filter((i) => type.get(i) === 'I')),
    );
    return propositions.size === 1 ? [...propositions][0]! : id;
  };
  const ends = (id: string, direction: 'in' | 'out', types: string[]) =>
    neighbours(id, direction)
      .map((other) => (['RA', 'CA', 'MA'].includes(type.get(id)!) ? anchored(other) : other))
      .filter((other) => types.includes(type.get(other)!));
  const ofType = (t: string) => nodes.filter((n) => n.type === t).map((n) => String(n.nodeID));
  const dropped = [
    ...ofType('RA').filter((id) => {
      const conclusions = ends(id, 'out', ['I']);
      return !conclusions.length || !ends(id, 'in', ['I']).filter((p) => !conclusions.includes(p)).length;
    }),
    ...ofType('CA').filter((id) => !ends(id, 'in', ['I']).length || !ends(id, 'out', ['I', 'RA', 'CA']).length),
    // A rephrase needs two different claims: an MA from an I-node back to itself says nothing.
    ...ofType('MA').filter((id) => !ends(id, 'in', ['I']).some((a) => ends(id, 'out', ['I']).some((b) => a !== b))),
  ];
  const kept = (t: string) => ofType(t).filter((id) => !dropped.includes(id)).length;
  // Speakers: the `Name :` prefix of every L-node that anchors an I-node through a YA.
  const speakers = new Set(
    edges
      .filter((e) => type.get(String(e.fromID)) === 'L' && type.get(String(e.toID)) === 'YA')
      .filter((e) => ends(String(e.toID), 'out', ['I']).length)
      .map((e) => /^\s*([^:\n]{1,100}?)\s*:\s*\S/.exec(nodes.find((n) => String(n.nodeID) === String(e.fromID))!.text)?.[1])
      .filter((name): name is string => !!name)
      .map((name) => name.replace(/\s+/g, ' ').toLowerCase()),
  );
  return { claims: ofType('I'), inferences: kept('RA'), attacks: kept('CA'), rephrases: kept('MA'), dropped, speakers };
}

const report: string[] = [];
afterAll(() => console.log(`AIF corpus, per file (claims/inferences/attacks/actors, warnings):\n${report.sort().join('\n')}`));

describe('importAif: the 129 real AIF files of shared/corpora', () => {
  it('finds them all', () => expect(files).toHaveLength(129));

  it(
    'imports every file losing no I, RA or CA node and no speaker without a warning naming it',
    { timeout: 240_000 },
    async () => {
      for (const file of files) {
        const text = readFileSync(`${corpus}/${file}`, 'utf8');
        const expected = expectations(text);
        const { document, warnings } = importFormats.AIF_JSON(text, { mapId: uniqueMapId('corpus') });
        const droppedIds = warnings.flatMap((w) => /^(?:RA|CA|MA)-node (\S+) dropped:/.exec(w)?.[1] ?? []);
        expect(droppedIds.sort(), file).toEqual([...expected.dropped].sort());
        expect(document.claims!.map((c) => c.id).sort(), file).toEqual([...expected.claims].sort());
        expect(document.rephrases, file).toHaveLength(expected.rephrases);
        const actorNames = new Set(document.actors!.map((a) => a.name.toLowerCase()));
        for (const speaker of expected.speakers) expect(actorNames, `${file}: speaker ${speaker}`).toContain(speaker);

        const outcome = await importMap(api.db, {}, document, { warnings });
        expect(outcome.counts, file).toMatchObject({
          claims: expected.claims.length,
          inferences: expected.inferences,
          attacks: expected.attacks,
          actors: document.actors!.length,
          rephrases: document.rephrases!.length,
        });
        const { claims, inferences, attacks, actors } = outcome.counts;
        report.push(`${file}: ${claims}/${inferences}/${attacks}/${actors}, ${warnings.length} warnings`);
      }
    },
  );

  it('answers chain and dependence queries on an imported corpus map', async () => {
    const mapId = uniqueMapId('qt30');
    const text = readFileSync(`${corpus}/qt30/nodeset25936.json`, 'utf8');
    await importMap(api.db, {}, importFormats.AIF_JSON(text, { mapId }).document);
    const data = await api.ok(
      `query($m: ID!) { claims(filter: { mapId: $m, role: MAIN_CONCLUSION }, first: 100) { nodes { id } } map(id: $m) { actors { id name } } }`,
      { m: mapId },
    );
    const conclusions = data.claims.nodes.map((c: { id: string }) => c.id);
    expect(conclusions.length).toBeGreaterThan(0);
    const chains = await api.ok(`query($c: ID!) { reasoningChains(conclusionId: $c) { end claims { role } } }`, {
      c: conclusions[0],
    });
    expect(chains.reasoningChains.length).toBeGreaterThan(0);
    expect(chains.reasoningChains[0].claims.at(-1).role).toBe('MAIN_CONCLUSION');
    const dependents = await Promise.all(
      data.map.actors.map((a: { id: string }) =>
        api.ok(`query($a: ID!) { dependentClaims(actorId: $a, via: [ASSERTS]) { distance } }`, { a: a.id }),
      ),
    );
    expect(dependents.some((d) => d.dependentClaims.some((c: { distance: number }) => c.distance > 0))).toBe(true);
  });
});
