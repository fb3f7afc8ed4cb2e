import { describe, expect, it } from 'vitest';
import { importFormats } from '../../src/interop/import-formats.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { withoutSameClaimLinks } from '../support/cross-map-links.ts';

const api = useApi();
const importAif = `mutation($d: JSONObject!, $mapId: ID, $strict: Boolean) {
  importAif(document: $d, mapId: $mapId, strict: $strict) { created warnings counts { claims inferences attacks actors } }
}`;
const exportAif = `query($mapId: ID!) { exportMap(mapId: $mapId, format: AIF_JSON) }`;
const exportArgmap = `query($mapId: ID!) { exportMap(mapId: $mapId, format: ARGMAP_JSON) }`;

type Node = [id: string | number, type: string, text?: string];
/** A small AIF document: nodes as [id, type, text], edges as [from, to], as AIFdb writes them. */
function aif(nodes: Node[], edges: [string | number, string | number][], extra: Record<string, unknown> = {}) {
  return {
    nodes: nodes.map(([nodeID, type, text = type]) => ({ nodeID: String(nodeID), type, text, timestamp: '2020-01-01 10:00:00' })),
    edges: edges.map(([fromID, toID], i) => ({
      edgeID: String(i + 1),
      fromID: String(fromID),
      toID: String(toID),
      formEdgeID: null,
    })),
    locutions: [],
    ...extra,
  };
}

/** Every AIF node type and relation: RA, CA on I / RA / CA, MA, PA, L–YA–I, TA, an analyst copy. */
const everything = aif(
  [
    ['1', 'I', 'Taxes should rise.'],
    ['2', 'I', 'Schools need money.'],
    ['3', 'I', 'Public services are underfunded &amp; failing.'],
    ['4', 'I', 'Taxes hurt growth.'],
    ['5', 'I', 'Growth matters less than schools.'],
    ['6', 'I', 'Schools need funding.'],
    ['10', 'RA', 'Argument From Consequences'],
    ['11', 'CA', 'Default Conflict'],
    ['12', 'CA', 'CA'],
    ['13', 'CA', 'Ad hominem'],
    ['14', 'MA', 'Default Rephrase'],
    ['15', 'PA', 'PA'],
    ['20', 'L', 'Alice : Taxes should rise.'],
    ['21', 'YA', 'Asserting'],
    ['22', 'L', 'Bob: Taxes hurt growth.'],
    ['23', 'YA', 'Disagreeing'],
    ['24', 'L', 'Ann: Bob : Taxes hurt growth.'],
    ['25', 'TA', 'Default Transition'],
  ],
  [
    ['2', '10'],
    ['3', '10'],
    ['10', '1'],
    ['4', '11'],
    ['11', '1'],
    ['5', '12'],
    ['12', '10'],
    ['3', '13'],
    ['13', '11'],
    ['2', '14'],
    ['14', '6'],
    ['10', '15'],
    ['15', '11'],
    ['20', '21'],
    ['21', '1'],
    ['22', '23'],
    ['23', '4'],
    ['20', '25'],
    ['25', '22'],
  ],
  {
    locutions: [
      { nodeID: '20', personID: '7' },
      { nodeID: '22', personID: 7 },
    ],
  },
);

async function imported(document: object, strict = false) {
  const mapId = uniqueMapId('aif');
  const data = await api.ok(importAif, { d: document, mapId, strict });
  return { mapId, ...data.importAif };
}

describe('importAif: every node type and relation', () => {
  it('maps I, RA, CA, MA, PA and speakers to claims, inferences, attacks, rephrases, preferences and actors', async () => {
    const { mapId, counts, warnings } = await imported(everything);
    expect(warnings).toEqual([]);
    expect(counts).toEqual({ claims: 6, inferences: 1, attacks: 3, actors: 2 });
    const data = await api.ok(
      `query($m: ID!, $c1: ID!, $c2: ID!, $c3: ID!) {
        map(id: $m) { actors { name } preferences { scheme preferred { __typename } over { __typename } } }
        c1: claim(id: $c1) { assertedBy { name } attackedBy { key kind scheme attackedBy { key attacker { key } } }
                             supportedBy { schemeName premises { key } undercutBy { key } } }
        c2: claim(id: $c2) { rephrasedAs { scheme to { key rephrases { from { key } } } } }
        c3: claim(id: $c3) { text }
      }`,
      { m: mapId, c1: `${mapId}:1`, c2: `${mapId}:2`, c3: `${mapId}:3` },
    );
    expect(data.map.actors.map((a: { name: string }) => a.name).sort()).toEqual(['Alice', 'Bob']);
    expect(data.map.preferences).toEqual([
      { scheme: null, preferred: { __typename: 'Inference' }, over: { __typename: 'Attack' } },
    ]);
    expect(data.c1.assertedBy).toEqual([{ name: 'Alice' }]);
    expect(data.c1.attackedBy).toEqual([
      { key: '11', kind: 'REBUT', scheme: null, attackedBy: [{ key: '13', attacker: { key: '3' } }] },
    ]);
    expect(data.c1.supportedBy).toEqual([
      { schemeName: 'Argument From Consequences', premises: [{ key: '2' }, { key: '3' }], undercutBy: [{ key: '12' }] },
    ]);
    expect(data.c2.rephrasedAs).toEqual([{ scheme: null, to: { key: '6', rephrases: [{ from: { key: '2' } }] } }]);
    expect(data.c3.text).toBe('Public services are underfunded & failing.');
  });

  it('changes nothing when the same file is imported again', async () => {
    const { mapId } = await imported(everything);
    const before = await mapSnapshot(api.db, mapId);
    const again = await api.ok(importAif, { d: everything, mapId });
    expect(again.importAif.created).toBe(false);
    expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  });

  it('derives the same map id from the same content when none is given', async () => {
    const document = { ...everything, nodes: [...everything.nodes, { nodeID: uniqueMapId('n'), type: 'I', text: 'x' }] };
    const first = await api.ok(`mutation($d: JSONObject!) { importAif(document: $d) { created map { id } } }`, { d: document });
    const second = await api.ok(`mutation($d: JSONObject!) { importAif(document: $d) { created map { id } } }`, { d: document });
    expect(second.importAif).toEqual({ created: false, map: first.importAif.map });
  });
});

describe('importAif: corpus oddities', () => {
  it('reads the xAIF wrapper with integer ids, participants and no timestamps', async () => {
    const document = {
      AIF: {
        nodes: [
          { nodeID: 1, type: 'I', text: 'A' },
          { nodeID: 2, type: 'I', text: 'B' },
          { nodeID: 3, type: 'RA', text: 'Default Inference' },
          { nodeID: 4, type: 'L', text: 'Participant Rachel: B' },
          { nodeID: 5, type: 'YA', text: 'Asserting' },
          { nodeID: 6, type: 'L', text: 'Anon: Participant Rachel: B' },
          { nodeID: 7, type: 'YA', text: 'Analysing' },
        ],
        edges: [
          { edgeID: 1, fromID: 2, toID: 3 },
          { edgeID: 2, fromID: 3, toID: 1 },
          { edgeID: 3, fromID: 4, toID: 5 },
          { edgeID: 4, fromID: 5, toID: 2 },
          { edgeID: 5, fromID: 6, toID: 7 },
          { edgeID: 6, fromID: 7, toID: 4 },
        ],
        locutions: [{ nodeID: 4, personID: 1 }],
        participants: [
          { participantID: 1, firstname: 'Participant', surname: 'Rachel' },
          { participantID: '2', firstname: 'Mo', surname: '' },
        ],
      },
      text: '<span>…</span>',
    };
    const { mapId, counts } = await imported(document);
    expect(counts).toEqual({ claims: 2, inferences: 1, attacks: 0, actors: 2 });
    const data = await api.ok(`query($id: ID!) { claim(id: $id) { assertedBy { name } } }`, { id: `${mapId}:2` });
    expect(data.claim.assertedBy).toEqual([{ name: 'Participant Rachel' }]);
  });

  it('imports an empty file as an empty map', async () => {
    expect((await imported({ nodes: [], edges: [], locutions: [] })).counts).toEqual({
      claims: 0,
      inferences: 0,
      attacks: 0,
      actors: 0,
    });
  });

  it('drops an RA without conclusion, a CA without target and a direct I→I edge with a warning by id', async () => {
    const { counts, warnings } = await imported(
      aif(
        [
          [1, 'I', 'a'],
          [2, 'I', 'b'],
          [3, 'RA'],
          [4, 'CA'],
        ],
        [
          [1, 3],
          [2, 4],
          [1, 2],
        ],
      ),
    );
    expect(counts).toMatchObject({ claims: 2, inferences: 0, attacks: 0 });
    expect(warnings).toEqual([
      'edge 3 (I-node 1 → I-node 2) dropped: a direct I→I edge has no S-node to say how they relate',
      'RA-node 3 dropped: it has no conclusion (no edge to an I-node)',
      'CA-node 4 dropped: it has no target (no edge to an I-, RA- or CA-node)',
    ]);
  });

  it('keeps a claim that attacks itself, and survives self-loop edges on L-nodes', async () => {
    const { mapId, counts } = await imported(
      aif(
        [
          [1, 'I', 'a'],
          [2, 'CA'],
          [3, 'L', 'Zed : a'],
        ],
        [
          [1, 2],
          [2, 1],
          [3, 3],
        ],
      ),
    );
    expect(counts).toMatchObject({ claims: 1, attacks: 1, actors: 1 });
    const data = await api.ok(`query($id: ID!) { claim(id: $id) { attacks { target { ... on Claim { key } } } } }`, {
      id: `${mapId}:1`,
    });
    expect(data.claim.attacks).toEqual([{ target: { key: '1' } }]);
  });

  it('reads a conflict aimed at a locution as aimed at the proposition it anchors (US2016)', async () => {
    const { mapId, warnings } = await imported(
      aif(
        [
          [1, 'I', 'He is a black man.'],
          [2, 'I', 'That is not the point.'],
          [3, 'L', 'Hillary : he is a black man'],
          [4, 'YA', 'Asserting'],
          [5, 'CA', 'Default Conflict'],
        ],
        [
          [3, 4],
          [4, 1],
          [2, 5],
          [5, 3],
        ],
      ),
    );
    expect(warnings).toEqual(['CA-node 5: its end L-node 3 read as I-node 1, which it anchors']);
    const data = await api.ok(`query($id: ID!) { claim(id: $id) { attackedBy { attacker { key } } } }`, {
      id: `${mapId}:1`,
    });
    expect(data.claim.attackedBy).toEqual([{ attacker: { key: '2' } }]);
  });

  it('makes the person of a locution on an I-node (AraucariaDB) assert it', async () => {
    const { mapId } = await imported(aif([[1, 'I', 'a']], [], { locutions: [{ nodeID: '1', personID: '9' }] }));
    const data = await api.ok(`query($id: ID!) { claim(id: $id) { assertedBy { name } } }`, { id: `${mapId}:1` });
    expect(data.claim.assertedBy).toEqual([{ name: 'Speaker 9' }]);
  });

  it('keys a nodeID that is not a valid key and reports the original', async () => {
    const { warnings } = await imported(aif([['_x y', 'I', 'a']], []));
    expect(warnings).toEqual(['I-node _x y: keyed "n_x-y" (nodeID is not a valid key)']);
  });
});

describe('importAif: malformed documents write nothing', () => {
  const refusedOnExistingMap = async (document: unknown, expected: RegExp, strict = false) => {
    const { mapId } = await imported(everything);
    const before = await mapSnapshot(api.db, mapId);
    const result = await api.run(importAif, { d: document, mapId, strict });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(expected),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  };

  // Without strict, an edge to a missing node is dropped with a warning (tests/interop/aif-repairs.test.ts).
  it('refuses an edge to a missing node when strict, naming the edge', () =>
    refusedOnExistingMap(
      aif([[1, 'I', 'a']], [[1, 99]]),
      /^document: edge 1 dropped: its toID "99" names no node of this document \(strict: nothing was written\)$/,
      true,
    ));

  it('refuses an unknown node type, naming the node', () =>
    refusedOnExistingMap(aif([[1, 'XA', 'a']], []), /^node 1: has unknown type "XA"/));

  // A nodeID listed twice with the same content is read once (tests/interop/aif-repairs.test.ts).
  it('refuses a nodeID used twice with different content', () =>
    refusedOnExistingMap(
      aif(
        [
          [1, 'I', 'a'],
          [1, 'I', 'b'],
        ],
        [],
      ),
      /^node 1: nodeID is used twice with different content \(text "a" and "b"\)$/,
    ));

  it('refuses a CA with no target when strict, naming the CA', () =>
    refusedOnExistingMap(
      aif(
        [
          [1, 'I', 'a'],
          [4, 'CA'],
        ],
        [[1, 4]],
      ),
      /^document: CA-node 4 dropped: it has no target/,
      true,
    ));

  it('refuses truncated JSON with one line saying where', () => {
    expect(() => importFormats.AIF_JSON('{"nodes": [{"nodeID": "1", "type": "I"', { mapId: 'x' })).toThrow(
      /^file: is not valid JSON: /,
    );
  });
});

describe('exportMap: AIF_JSON', () => {
  it('exports a map that imports back into the same graph, and exports the same again', async () => {
    const { mapId } = await imported(everything);
    const first = JSON.parse((await api.ok(exportAif, { mapId })).exportMap);
    const { mapId: copyId, warnings } = await imported(first);
    expect(warnings).toEqual([]);
    const second = JSON.parse((await api.ok(exportAif, { mapId: copyId })).exportMap);
    expect(second).toEqual(first);
    expect(first.nodes.filter((n: { type: string }) => n.type === 'MA' || n.type === 'PA')).toHaveLength(2);
  });

  it('carries the seed map through AIF with its ABOUT links, quotes and source (actor ids aside)', async () => {
    // Same-claim links aside: the editorial's name the reply's claims, and a copy linked to them
    // would join the seed's classes (one claim per map) and change the seed's answers.
    const seed = withoutSameClaimLinks(JSON.parse((await api.ok(exportArgmap, { mapId: 'editorial' })).exportMap));
    const aif = JSON.parse((await api.ok(exportAif, { mapId: 'editorial' })).exportMap);
    aif.argmap.claims = aif.argmap.claims.map(({ sameAs: _sameAs, ...claim }: { sameAs?: unknown }) => claim);
    const { mapId } = await imported(aif);
    const back = JSON.parse((await api.ok(exportArgmap, { mapId })).exportMap);
    expect(byActorName(back)).toEqual(byActorName({ ...seed, map: { ...seed.map, id: mapId } }));
  });
});

/** A document with actor ids replaced by actor names, lists sorted: equal graphs compare equal. */
function byActorName(doc: Record<string, any>) {
  const name = new Map(doc.actors.map((a: { id: string; name: string }) => [a.id, a.name]));
  const sorted = (list: unknown[] = []) => list.map((x) => JSON.stringify(x)).sort();
  return {
    ...doc,
    actors: sorted(doc.actors.map(({ id: _id, ...actor }: { id: string }) => actor)),
    actorLinks: sorted(doc.actorLinks.map((l: { actor: string }) => ({ ...l, actor: name.get(l.actor) }))),
    claims: sorted(doc.claims),
    inferences: sorted(doc.inferences.map((i: { premises: string[] }) => ({ ...i, premises: [...i.premises].sort() }))),
    attacks: sorted(doc.attacks),
  };
}
