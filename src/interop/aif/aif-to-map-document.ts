/**
 * AIF JSON → `argmap/map@1` document (pure; nothing is written). The mapping, as in the README:
 * I → claim; RA → inference (every I-node into it is a linked premise, every I-node out of it a
 * conclusion); CA → attack (I-node target: REBUT; RA or CA target: UNDERCUT); MA → rephrase;
 * PA → preference; speakers of L-nodes and participants → actors, L –YA→ I → ASSERTS (see
 * aif-speakers.ts). TA, YA and L nodes are dialogue structure: read for speakers, not kept.
 * An RA, CA, MA or PA edge that ends at an L-node (annotators sometimes attach a conflict to the
 * locution, e.g. US2016) is read as ending at the I-node that locution anchors (L –YA→ I), when it
 * anchors exactly one: the locution's propositional content is what can be attacked or supported.
 *
 * AIF nodeIDs become keys unchanged when they are valid keys (they are in every corpus seen), so a
 * claim's key is its I-node's nodeID. No I, RA or CA node is ever lost without a warning naming its
 * nodeID: an RA/CA/MA/PA missing an end, a duplicate RA, an edge with no argmap form are dropped
 * with a warning; an RA or CA with several conclusions or ends is split into `<key>`, `<key>.2`, …
 */
import type { MapDocument } from '../../maps/map-document.ts';
import { maxClaimTextLength } from '../../shared/claim-rules.ts';
import { BadUserInputError } from '../../shared/errors.ts';
import type { ImportConversion, ImportOptions } from '../import-formats.ts';
import { readAifGraph, type AifNode, type AifNodeType } from './aif-json.ts';
import { aifSpeakers } from './aif-speakers.ts';
import { aifKey, decodeEntities, schemeName } from './aif-text.ts';
import { readAifExtension } from './aif-extension.ts';

type Doc = Required<Omit<MapDocument, 'format' | 'map'>>;
const argumentTypes: AifNodeType[] = ['I', 'RA', 'CA', 'MA', 'PA'];
const dialogueTypes: AifNodeType[] = ['L', 'YA', 'TA'];
const schemeTypes: AifNodeType[] = ['RA', 'CA', 'MA', 'PA'];
/** Edges that say something in argmap's model; any other edge between argument nodes is dropped. */
const meaningful = new Set([
  'I>RA',
  'RA>I',
  'I>CA',
  'CA>I',
  'CA>RA',
  'CA>CA',
  'I>MA',
  'MA>I',
  ...['I', 'RA', 'CA'].flatMap((end) => [`${end}>PA`, `PA>${end}`]),
]);

export function aifToMapDocument(json: unknown, options: ImportOptions): ImportConversion {
  const graph = readAifGraph(json);
  const extension = readAifExtension(graph.argmap);
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const warnings: string[] = [];
  const usedKeys = new Set<string>();
  const keyOf = new Map<string, string>();
  for (const node of graph.nodes.filter((n) => argumentTypes.includes(n.type))) {
    let { key, changed } = aifKey(node.id);
    for (let n = 2; usedKeys.has(key); n++, changed = true) key = `${aifKey(node.id).key.slice(0, 90)}-${n}`;
    if (changed) warnings.push(`${node.type}-node ${node.id}: keyed "${key}" (nodeID is not a valid key)`);
    usedKeys.add(key);
    keyOf.set(node.id, key);
  }

  const into = new Map<string, AifNode[]>();
  const outOf = new Map<string, AifNode[]>();
  const anchorOf = anchoredPropositions(graph.edges, nodes);
  for (const edge of graph.edges) {
    const ends = [nodes.get(edge.from)!, nodes.get(edge.to)!].map((end, i, [from, to]) => {
      const other = i === 0 ? to! : from!;
      const anchor = end.type === 'L' && schemeTypes.includes(other.type) ? anchorOf.get(end.id) : undefined;
      if (!anchor) return end;
      warnings.push(`${other.type}-node ${other.id}: its end L-node ${end.id} read as I-node ${anchor.id}, which it anchors`);
      return anchor;
    });
    const [from, to] = ends as [AifNode, AifNode];
    if (dialogueTypes.includes(from.type) || dialogueTypes.includes(to.type)) continue;
    if (!meaningful.has(`${from.type}>${to.type}`)) {
      const why =
        from.type === 'I' && to.type === 'I' ? 'a direct I→I edge has no S-node to say how they relate' : 'no argmap form';
      warnings.push(`edge ${edge.id} (${from.type}-node ${from.id} → ${to.type}-node ${to.id}) dropped: ${why}`);
      continue;
    }
    (into.get(to.id) ?? into.set(to.id, []).get(to.id)!).push(from);
    (outOf.get(from.id) ?? outOf.set(from.id, []).get(from.id)!).push(to);
  }
  const ins = (node: AifNode, ...types: AifNodeType[]) => (into.get(node.id) ?? []).filter((n) => types.includes(n.type));
  const outs = (node: AifNode, ...types: AifNodeType[]) => (outOf.get(node.id) ?? []).filter((n) => types.includes(n.type));
  const key = (node: AifNode) => keyOf.get(node.id)!;
  const ofType = (type: AifNodeType) => graph.nodes.filter((node) => node.type === type);
  const drop = (node: AifNode, why: string) => warnings.push(`${node.type}-node ${node.id} dropped: ${why}`);
  /** One element per pair of ends; a node with several is split into `<key>`, `<key>.2`, … */
  const split = <T>(node: AifNode, pairs: [AifNode, AifNode][], make: (key: string, a: AifNode, b: AifNode) => T): T[] => {
    if (pairs.length > 1) warnings.push(`${node.type}-node ${node.id} split into ${pairs.length} (it has several ends)`);
    return pairs.map(([a, b], i) => make(i === 0 ? key(node) : `${key(node)}.${i + 1}`, a, b));
  };
  const pairs = (as: AifNode[], bs: AifNode[]): [AifNode, AifNode][] =>
    as.flatMap((a) => bs.map((b): [AifNode, AifNode] => [a, b]));

  const doc: Doc = { actors: [], claims: [], inferences: [], attacks: [], actorLinks: [], rephrases: [], preferences: [] };
  for (const node of ofType('I')) {
    let text = decodeEntities(node.text).trim();
    if (!text) {
      text = `(empty I-node ${node.id})`;
      warnings.push(`I-node ${node.id}: has no text; kept as "${text}"`);
    }
    if (text.length > maxClaimTextLength) {
      throw new BadUserInputError(
        `I-node ${node.id}`,
        `text is ${text.length} characters long; at most ${maxClaimTextLength} are allowed`,
      );
    }
    doc.claims.push({ id: key(node), text });
  }

  const inferenceKeysOf = new Map<string, string[]>();
  const signatures = new Map<string, string>();
  for (const node of ofType('RA')) {
    const conclusions = outs(node, 'I');
    let premises = ins(node, 'I');
    if (premises.some((p) => conclusions.includes(p))) {
      warnings.push(`RA-node ${node.id}: its conclusion is also its premise; that premise is left out`);
      premises = premises.filter((p) => !conclusions.includes(p));
    }
    if (!premises.length || !conclusions.length) {
      drop(node, premises.length ? 'it has no conclusion (no edge to an I-node)' : 'it has no premise (no edge from an I-node)');
      continue;
    }
    const scheme = schemeName(node.text, node.scheme);
    const made = split(
      node,
      conclusions.map((c): [AifNode, AifNode] => [node, c]),
      (k, _, conclusion) => ({
        id: k,
        premises: [...new Set(premises.map(key))],
        conclusion: key(conclusion),
        ...(scheme ? { scheme } : {}),
      }),
    ).filter((inference) => {
      const signature = `${[...inference.premises].sort().join('+')}>${inference.conclusion}`;
      const twin = signatures.get(signature);
      if (twin) drop(node, `the same premises already support the same conclusion in RA-node ${twin}`);
      else signatures.set(signature, node.id);
      return !twin;
    });
    if (made.length)
      inferenceKeysOf.set(
        node.id,
        made.map((i) => i.id),
      );
    doc.inferences.push(...made);
  }

  // Attacks in rounds: a CA that attacks a dropped RA or CA goes too, until nothing changes.
  const attackKeysOf = new Map<string, string[]>();
  let pending = ofType('CA');
  for (let changed = true; changed;) {
    changed = false;
    pending = pending.filter((node) => {
      const targets = outs(node, 'I', 'RA', 'CA');
      const lost = targets.filter(
        (t) => t.type !== 'I' && !(t.type === 'RA' ? inferenceKeysOf : attackKeysOf).has(t.id) && !pending.includes(t),
      );
      if (!ins(node, 'I').length || !targets.length || lost.length === targets.length || targets.includes(node)) {
        const why = !ins(node, 'I').length
          ? 'it has no attacker (no edge from an I-node)'
          : targets.includes(node)
            ? 'it attacks itself'
            : targets.length
              ? `its target ${lost.map((t) => `${t.type}-node ${t.id}`).join(', ')} was dropped`
              : 'it has no target (no edge to an I-, RA- or CA-node)';
        drop(node, why);
        changed = true;
        return false;
      }
      return true;
    });
  }
  for (const node of pending) attackKeysOf.set(node.id, [key(node)]);
  for (const node of pending) {
    const scheme = schemeName(node.text, node.scheme);
    const targets = outs(node, 'I', 'RA', 'CA').flatMap((t): [AifNode, string][] => {
      if (t.type === 'I') return [[t, key(t)]];
      const keys = (t.type === 'RA' ? inferenceKeysOf : attackKeysOf).get(t.id) ?? [];
      if (!keys.length) warnings.push(`CA-node ${node.id}: its attack on ${t.type}-node ${t.id} dropped with that node`);
      return keys.map((k): [AifNode, string] => [t, k]);
    });
    const ends = ins(node, 'I').flatMap((a) => targets.map((t): [AifNode, [AifNode, string]] => [a, t]));
    if (ends.length > 1) warnings.push(`CA-node ${node.id} split into ${ends.length} (it has several ends)`);
    ends.forEach(([attacker, [target, targetKey]], i) =>
      doc.attacks.push({
        id: i === 0 ? key(node) : `${key(node)}.${i + 1}`,
        attacker: key(attacker),
        kind: target.type === 'I' ? 'REBUT' : 'UNDERCUT',
        target: targetKey,
        ...(scheme ? { scheme } : {}),
      }),
    );
  }

  for (const node of ofType('MA')) {
    const ends = pairs(ins(node, 'I'), outs(node, 'I')).filter(([a, b]) => a !== b);
    if (!ends.length) {
      drop(node, 'it does not lead from one I-node to another');
      continue;
    }
    const scheme = schemeName(node.text, node.scheme);
    doc.rephrases.push(
      ...split(node, ends, (k, from, to) => ({ id: k, from: key(from), to: key(to), ...(scheme ? { scheme } : {}) })),
    );
  }
  const kept = (n: AifNode) => n.type === 'I' || (n.type === 'RA' ? inferenceKeysOf : attackKeysOf).has(n.id);
  for (const node of ofType('PA')) {
    const ends = pairs(ins(node, 'I', 'RA', 'CA').filter(kept), outs(node, 'I', 'RA', 'CA').filter(kept)).filter(
      ([a, b]) => a !== b,
    );
    if (!ends.length) {
      drop(node, 'it does not lead from one kept element to another');
      continue;
    }
    const scheme = schemeName(node.text, node.scheme);
    const endKey = (n: AifNode) => (n.type === 'I' ? key(n) : (n.type === 'RA' ? inferenceKeysOf : attackKeysOf).get(n.id)![0]!);
    doc.preferences.push(
      ...split(node, ends, (k, a, b) => ({ id: k, preferred: endKey(a), over: endKey(b), ...(scheme ? { scheme } : {}) })),
    );
  }

  const speakers = aifSpeakers(graph, nodes, usedKeys);
  warnings.push(...speakers.warnings);
  doc.actors = speakers.actors.map((actor) => ({ id: actor.key, name: actor.name, kind: 'PERSON' }));
  doc.actorLinks = speakers.asserts.map((link) => ({ actor: link.actor, claim: keyOf.get(link.node)!, kind: 'ASSERTS' }));
  if (extension) applyExtension(doc, extension, speakers.participantActors, keyOf);

  const document: MapDocument = {
    format: 'argmap/map@1',
    map: {
      id: options.mapId,
      title: options.title ?? (extension?.map.title || `AIF map ${options.mapId}`),
      ...(extension?.map.description != null ? { description: extension.map.description } : {}),
      ...(extension?.map.source ? { source: extension.map.source } : {}),
    },
    ...doc,
  };
  return { document, warnings };
}

function applyExtension(
  doc: Doc,
  ext: NonNullable<ReturnType<typeof readAifExtension>>,
  actorOf: Map<string, string>,
  keyOf: Map<string, string>,
): void {
  for (const extra of ext.actors) {
    const actor = doc.actors.find((a) => a.id === actorOf.get(extra.participantID));
    if (actor) Object.assign(actor, { kind: extra.kind, ...(extra.aliases?.length ? { aliases: extra.aliases } : {}) });
  }
  for (const extra of ext.claims) {
    const claim = doc.claims.find((c) => c.id === keyOf.get(extra.nodeID));
    if (claim)
      Object.assign(claim, {
        ...(extra.tags?.length ? { tags: extra.tags } : {}),
        ...(extra.quote ? { quote: extra.quote } : {}),
      });
  }
  for (const extra of ext.inferences) {
    const inference = doc.inferences.find((i) => i.id === keyOf.get(extra.nodeID));
    if (inference) inference.warrant = extra.warrant;
  }
  for (const link of ext.about) {
    const actor = actorOf.get(link.participantID);
    const claim = keyOf.get(link.nodeID);
    if (actor && claim) doc.actorLinks.push({ actor, claim, kind: 'ABOUT' });
  }
}

/** Each L-node that anchors exactly one I-node (L –YA→ I), with that I-node. */
function anchoredPropositions(edges: readonly { from: string; to: string }[], nodes: ReadonlyMap<string, AifNode>) {
  const yasOf = new Map<string, string[]>();
  const propositionsOf = new Map<string, AifNode[]>();
  for (const { from, to } of edges) {
    const [a, b] = [nodes.get(from)!, nodes.get(to)!];
    if (a.type === 'L' && b.type === 'YA') yasOf.set(a.id, [...(yasOf.get(a.id) ?? []), b.id]);
    if (a.type === 'YA' && b.type === 'I') propositionsOf.set(a.id, [...(propositionsOf.get(a.id) ?? []), b]);
  }
  const anchors = new Map<string, AifNode>();
  for (const [locution, yas] of yasOf) {
    const propositions = [...new Set(yas.flatMap((ya) => propositionsOf.get(ya) ?? []))];
    if (propositions.length === 1) anchors.set(locution, propositions[0]!);
  }
  return anchors;
}
