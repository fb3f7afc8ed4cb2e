/**
 * PA-nodes → preferences: what flows into the PA is preferred over what it leads to, each end a
 * claim, or the first inference or attack kept from an RA or CA. A PA with no pair of different
 * kept ends is dropped. Runs after the RA and CA steps, whose keys it reads.
 */
import { pairs, type AifConversion } from './aif-conversion.ts';
import type { AifNode } from './aif-json.ts';

export function convertPaNodes(cx: AifConversion): void {
  const keysOf = (n: AifNode) => (n.type === 'RA' ? cx.inferenceKeysOf : cx.attackKeysOf).get(n.id);
  const kept = (n: AifNode) => n.type === 'I' || keysOf(n) !== undefined;
  const endKey = (n: AifNode) => (n.type === 'I' ? cx.key(n) : keysOf(n)![0]!);
  for (const node of cx.ofType('PA')) {
    const ends = pairs(cx.ins(node, 'I', 'RA', 'CA').filter(kept), cx.outs(node, 'I', 'RA', 'CA').filter(kept)).filter(
      ([a, b]) => a !== b,
    );
    if (!ends.length) {
      cx.drop(node, 'it does not lead from one kept element to another');
      continue;
    }
    const scheme = cx.scheme(node);
    cx.doc.preferences.push(
      ...cx.split(node, ends, (k, a, b) => ({ id: k, preferred: endKey(a), over: endKey(b), ...(scheme ? { scheme } : {}) })),
    );
  }
}
