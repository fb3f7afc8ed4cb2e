/**
 * Which proposition each locution stands for. An RA, CA, MA or PA edge that ends at an L-node
 * (annotators sometimes attach a conflict to the locution, e.g. US2016) is read as ending at the
 * I-node that locution anchors (L –YA→ I), when it anchors exactly one: the locution's propositional
 * content is what can be attacked or supported.
 */
import type { AifNode } from './aif-json.ts';

/** Each L-node that anchors exactly one I-node (L –YA→ I), with that I-node. */
export function anchoredPropositions(
  edges: readonly { from: string; to: string }[],
  nodes: ReadonlyMap<string, AifNode>,
): Map<string, AifNode> {
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
