/**
 * The corpus oddities an AIF file shows (shared/corpora/README.md lists them for the real corpora),
 * read from its raw text, so a test can check that the fixture corpus covers every one of them.
 */
type Json = Record<string, any>;

export function aifTraits(text: string): Set<string> {
  const traits = new Set<string>();
  const json = JSON.parse(text) as Json;
  const aif = (json.AIF ?? json) as Json;
  const nodes = (aif.nodes ?? []) as Json[];
  const edges = (aif.edges ?? []) as Json[];
  const locutions = (aif.locutions ?? []) as Json[];
  const add = (trait: string, present: unknown) => present && traits.add(trait);

  // 1, 11: top-level shape and layout
  add('xAIF wrapper', json.AIF);
  add('participants', aif.participants?.length);
  add('empty nodeset', !nodes.length && !edges.length);
  add('one-line layout', !text.trimEnd().includes('\n'));
  add('2-space layout', /^ {2}"/m.test(text));
  add('tab layout', /^\t"/m.test(text));
  add('\\u escapes', /\\u[0-9a-f]{4}/i.test(text));
  // 2, 3: ids and missing fields
  add(
    'integer edgeID',
    edges.some((e) => typeof e.edgeID === 'number'),
  );
  add(
    'non-numeric nodeID',
    nodes.some((n) => !/^\d+$/.test(String(n.nodeID))),
  );
  add('personID both integer and string', new Set(locutions.map((l) => typeof l.personID)).size > 1);
  add('nodes without timestamp', nodes.length && nodes.every((n) => !('timestamp' in n)));
  add(
    'formEdgeID',
    edges.some((e) => 'formEdgeID' in e),
  );
  for (const n of nodes) traits.add(`node ${n.type}`);
  // 5: S-node text
  add(
    'literal S-node text',
    nodes.some((n) => n.type !== 'I' && n.type !== 'L' && n.text === n.type),
  );
  add(
    'hash-like YA text',
    nodes.some((n) => n.type === 'YA' && /^YA_[0-9a-f]{16,}$/.test(n.text)),
  );
  // 8, 9: speakers and edges
  const type = new Map(nodes.map((n) => [String(n.nodeID), n.type as string]));
  const touched = new Set(edges.flatMap((e) => [String(e.fromID), String(e.toID)]));
  const located = new Set(locutions.map((l) => String(l.nodeID)));
  for (const e of edges) {
    const [from, to] = [type.get(String(e.fromID)), type.get(String(e.toID))];
    traits.add(String(e.fromID) === String(e.toID) ? `self-loop on ${from}` : `edge ${from}>${to}`);
  }
  add(
    'locution on an I-node',
    locutions.some((l) => type.get(String(l.nodeID)) === 'I'),
  );
  add(
    'L-node without a locution',
    nodes.some((n) => n.type === 'L' && touched.has(String(n.nodeID)) && !located.has(String(n.nodeID))),
  );
  add(
    'isolated analyst copy',
    nodes.some((n) => n.type === 'L' && !touched.has(String(n.nodeID)) && /^[^:]+:[^:]+:/.test(n.text)),
  );
  add(
    'analyst via YA Analysing',
    nodes.some((n) => n.type === 'YA' && /^analys/i.test(n.text)),
  );
  add(
    'unnamed L-node',
    nodes.some((n) => n.type === 'L' && !n.text.includes(':')),
  );
  add(
    'isolated I-node',
    nodes.some((n) => n.type === 'I' && !touched.has(String(n.nodeID))),
  );
  const names = new Map<string, Set<string>>();
  for (const l of locutions) {
    const name = /^([^:]+?)\s*:/.exec(nodes.find((n) => String(n.nodeID) === String(l.nodeID))?.text ?? '')?.[1];
    if (name) names.set(String(l.personID), (names.get(String(l.personID)) ?? new Set()).add(name.toLowerCase()));
  }
  const prefixes = nodes.filter((n) => n.type === 'L').map((n) => /^([^:]+?)\s*:/.exec(n.text)?.[1] ?? '');
  add('a name in two spellings', new Set(prefixes).size > new Set(prefixes.map((p) => p.toLowerCase())).size);
  add(
    'one personID, several names',
    [...names.values()].some((set) => set.size > 1),
  );
  // 10: text content
  const texts = nodes.filter((n) => n.type === 'I').map((n) => n.text as string);
  add(
    'HTML entity',
    texts.some((t) => /&[a-z]+;/.test(t)),
  );
  add(
    'padded text',
    texts.some((t) => t !== t.trim()),
  );
  add(
    'text over 2,000 characters',
    texts.some((t) => t.length > 2000),
  );
  add('literal non-ASCII', /[^\t\n\r -~]/.test(text));
  return traits;
}
