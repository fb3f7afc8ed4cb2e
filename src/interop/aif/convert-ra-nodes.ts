/**
 * RA-nodes → inferences: every I-node into an RA is a linked premise, every I-node out of it a
 * conclusion (several conclusions split it into `<key>`, `<key>.2`, …). An RA without a premise or
 * a conclusion, or one repeating another RA's premises and conclusion, is dropped with a warning;
 * a conclusion that is also a premise is left out of the premises.
 */
import type { AifConversion } from './aif-conversion.ts';
import type { AifNode } from './aif-json.ts';

export function convertRaNodes(cx: AifConversion): void {
  const signatures = new Map<string, string>();
  for (const node of cx.ofType('RA')) {
    const conclusions = cx.outs(node, 'I');
    let premises = cx.ins(node, 'I');
    if (premises.some((p) => conclusions.includes(p))) {
      cx.warnings.push(`RA-node ${node.id}: its conclusion is also its premise; that premise is left out`);
      premises = premises.filter((p) => !conclusions.includes(p));
    }
    if (!premises.length || !conclusions.length) {
      cx.drop(
        node,
        premises.length ? 'it has no conclusion (no edge to an I-node)' : 'it has no premise (no edge from an I-node)',
      );
      continue;
    }
    const scheme = cx.scheme(node);
    const made = cx
      .split(
        node,
        conclusions.map((c): [AifNode, AifNode] => [node, c]),
        (k, _, conclusion) => ({
          id: k,
          premises: [...new Set(premises.map(cx.key))],
          conclusion: cx.key(conclusion),
          ...(scheme ? { scheme } : {}),
        }),
      )
      .filter((inference) => {
        const signature = `${[...inference.premises].sort().join('+')}>${inference.conclusion}`;
        const twin = signatures.get(signature);
        if (twin) cx.drop(node, `the same premises already support the same conclusion in RA-node ${twin}`);
        else signatures.set(signature, node.id);
        return !twin;
      });
    if (made.length)
      cx.inferenceKeysOf.set(
        node.id,
        made.map((i) => i.id),
      );
    cx.doc.inferences.push(...made);
  }
}
