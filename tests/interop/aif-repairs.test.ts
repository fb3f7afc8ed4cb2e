/**
 * Defects that AIF files from AIFdb and OVA carry, each in a small document of our own under
 * fixtures/aif-defects/: importAif repairs what a reader can repair, with a warning naming the
 * node or edge (docs/formats.md, "AIF: defects argmap repairs"), and refuses what it cannot, writing nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../src/interop/aif/aif-text.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();
const importAif = `mutation($d: JSONObject!, $mapId: ID, $strict: Boolean) {
  importAif(document: $d, mapId: $mapId, strict: $strict) { warnings }
}`;
const mapQuery = `query($id: ID!) { map(id: $id) {
  source { text }
  actors { name }
  claims(first: 100) { nodes {
    key text assertedBy { name } supportedBy { key schemeName premises { key } } attackedBy { key scheme attacker { key } }
  } }
} }`;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/aif-defects/${name}.json`, import.meta.url), 'utf8'));

/** Imports a fixture into a fresh map; returns its warnings and the map as stored. */
async function imported(name: string) {
  const mapId = uniqueMapId('aif-repair');
  const { importAif: result } = await api.ok(importAif, { d: fixture(name), mapId });
  const { map } = await api.ok(mapQuery, { id: mapId });
  return { warnings: result.warnings as string[], map, claim: (key: string) => findClaim(map, key) };
}

/** Imports a fixture over an existing map and expects a refusal that leaves the map unchanged. */
async function refused(name: string, strict = false) {
  const mapId = uniqueMapId('aif-refused');
  await api.ok(importAif, { d: fixture('repeated-node-same'), mapId });
  const before = await mapSnapshot(api.db, mapId);
  const error = await api.fails(importAif, { d: fixture(name), mapId, strict });
  expect(await mapSnapshot(api.db, mapId)).toEqual(before);
  return { code: error.code, message: error.message };
}

function findClaim(map: { claims: { nodes: { key: string }[] } }, key: string): Record<string, any> {
  const claim = map.claims.nodes.find((c) => c.key === key);
  if (!claim) throw new Error(`no claim ${key} in ${JSON.stringify(map.claims.nodes.map((c) => c.key))}`);
  return claim;
}

describe('importAif repairs: a nodeID listed twice', () => {
  it('reads a node repeated with the same content once, with a warning naming it', async () => {
    const { warnings, map, claim } = await imported('repeated-node-same');
    expect(warnings).toEqual(['I-node 2: listed twice with the same content; read once']);
    expect(map.claims.nodes.map((c: { key: string }) => c.key)).toEqual(['1', '2']);
    expect(claim('1').supportedBy).toEqual([{ key: '3', schemeName: null, premises: [{ key: '2' }] }]);
  });

  it('refuses a nodeID repeated with different content, naming it and what differs, and writes nothing', async () => {
    expect(await refused('repeated-node-different')).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'node 2: nodeID is used twice with different content (text "Students have no quiet place to work at weekends." and "Staff would have to work every weekend.")',
    });
  });
});

describe('importAif repairs: an edge to a node that does not exist', () => {
  it('drops the edge with a warning naming it and the missing node, and what it leaves without an end', async () => {
    const { warnings, claim } = await imported('dangling-edge');
    expect(warnings).toEqual([
      'edge 13 dropped: its fromID "99" names no node of this document',
      'CA-node 4 dropped: it has no attacker (no edge from an I-node)',
    ]);
    expect(claim('1').supportedBy).toEqual([{ key: '3', schemeName: null, premises: [{ key: '2' }] }]);
    expect(claim('1').attackedBy).toEqual([]);
  });

  it('refuses it when strict, naming the edge and the missing node, and writes nothing', async () => {
    expect(await refused('dangling-edge', true)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'document: edge 13 dropped: its fromID "99" names no node of this document (strict: nothing was written)',
    });
  });
});

describe('importAif repairs: an "AIF" key that holds only metadata', () => {
  it('reads the nodes and edges at the top level, with a warning', async () => {
    const { warnings, claim } = await imported('aif-key-metadata');
    expect(warnings).toEqual(['document: its "AIF" key holds no nodes or edges; the nodes and edges beside it were read']);
    expect(claim('1').supportedBy).toEqual([{ key: '3', schemeName: null, premises: [{ key: '2' }] }]);
  });
});

describe('importAif repairs: RA and CA nodes with a schemeID but no scheme', () => {
  it('keeps them without a scheme, with a warning naming each, and takes a scheme their text names', async () => {
    const { warnings, claim } = await imported('scheme-id-without-scheme');
    expect(warnings).toEqual([
      'RA-node 5: schemeID 72 comes without a scheme name; kept without a scheme',
      'CA-node 6: schemeID 71 comes without a scheme name; kept without a scheme',
    ]);
    expect(claim('1').supportedBy).toEqual([{ key: '5', schemeName: null, premises: [{ key: '2' }] }]);
    expect(claim('1').attackedBy).toEqual([{ key: '6', scheme: null, attacker: { key: '3' } }]);
    expect(claim('2').supportedBy).toEqual([{ key: '7', schemeName: 'Argument From Expert Opinion', premises: [{ key: '4' }] }]);
  });
});

describe('importAif repairs: personID a number in one locution and a string in the next', () => {
  it('reads 31 and "31" as one person, who asserts both claims', async () => {
    const { warnings, map, claim } = await imported('person-id-mixed');
    expect(warnings).toEqual([]);
    expect(map.actors).toEqual([{ name: 'Robin' }]);
    expect([claim('1').assertedBy, claim('2').assertedBy]).toEqual([[{ name: 'Robin' }], [{ name: 'Robin' }]]);
  });
});

describe('importAif repairs: an xAIF "text" that is HTML', () => {
  it('keeps it as the map source in plain text, one line per paragraph, with a warning', async () => {
    const { warnings, map } = await imported('xaif-html-text');
    expect(warnings).toEqual([
      'document: its xAIF "text" is HTML; kept as the map\'s source text in plain text (tags removed, entities decoded, one line per paragraph)',
    ]);
    expect(map.source.text).toBe(
      'The library should open on Sundays.\nWhy? Students have no quiet place to work at weekends. Ask Jo & Sam’s class.\nThanks.',
    );
  });
});

describe('htmlToPlainText', () => {
  const plain = (html: string, text: string) => expect(htmlToPlainText(html)).toBe(text);
  it('puts each paragraph and line break on a line of its own', () => plain('<p>a</p><p>b<br/>c</p>', 'a\nb\nc'));
  it('reads a newline inside a paragraph as a space, as a browser does', () => plain('<p>a\n  b</p>', 'a b'));
  it('decodes entities after removing tags, so an escaped tag stays text', () => plain('&lt;b&gt; &amp;&nbsp;x', '<b> & x'));
  it('drops comments, scripts and styles', () => plain('a<!-- note --><script>x()</script><style>p{}</style>b', 'ab'));
});
