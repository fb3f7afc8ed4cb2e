/**
 * MA-nodes → rephrases: each I-node into the MA is rephrased as each I-node out of it (several
 * pairs split it). An MA that does not lead from one I-node to a different one is dropped.
 */
import { pairs, type AifConversion } from './aif-conversion.ts';

export function convertMaNodes(cx: AifConversion): void {
  for (const node of cx.ofType('MA')) {
    const ends = pairs(cx.ins(node, 'I'), cx.outs(node, 'I')).filter(([a, b]) => a !== b);
    if (!ends.length) {
      cx.drop(node, 'it does not lead from one I-node to another');
      continue;
    }
    const scheme = cx.scheme(node);
    cx.doc.rephrases.push(
      ...cx.split(node, ends, (k, from, to) => ({ id: k, from: cx.key(from), to: cx.key(to), ...(scheme ? { scheme } : {}) })),
    );
  }
}
