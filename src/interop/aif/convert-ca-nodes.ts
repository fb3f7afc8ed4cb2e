/**
 * CA-nodes → attacks: an I-node target makes a REBUT, an RA or CA target an UNDERCUT of every
 * inference or attack kept from it. Every attacker × target pair is an attack (the CA is split
 * into `<key>`, `<key>.2`, …). A CA without attacker or target, attacking itself, or whose targets
 * were all dropped is dropped with a warning naming it.
 */
import type { AifConversion } from './aif-conversion.ts';
import type { AifNode } from './aif-json.ts';

export function convertCaNodes(cx: AifConversion): void {
  const kept = keptAttacks(cx);
  for (const node of kept) cx.attackKeysOf.set(node.id, [cx.key(node)]);
  for (const node of kept) {
    const scheme = cx.scheme(node);
    const targets = cx.outs(node, 'I', 'RA', 'CA').flatMap((t): [AifNode, string][] => {
      if (t.type === 'I') return [[t, cx.key(t)]];
      const keys = (t.type === 'RA' ? cx.inferenceKeysOf : cx.attackKeysOf).get(t.id) ?? [];
      if (!keys.length) cx.warnings.push(`CA-node ${node.id}: its attack on ${t.type}-node ${t.id} dropped with that node`);
      return keys.map((k): [AifNode, string] => [t, k]);
    });
    const ends = cx.ins(node, 'I').flatMap((a) => targets.map((t): [AifNode, [AifNode, string]] => [a, t]));
    if (ends.length > 1) cx.warnings.push(`CA-node ${node.id} split into ${ends.length} (it has several ends)`);
    ends.forEach(([attacker, [target, targetKey]], i) =>
      cx.doc.attacks.push({
        id: i === 0 ? cx.key(node) : `${cx.key(node)}.${i + 1}`,
        attacker: cx.key(attacker),
        kind: target.type === 'I' ? 'REBUT' : 'UNDERCUT',
        target: targetKey,
        ...(scheme ? { scheme } : {}),
      }),
    );
  }
}

/** The CA-nodes that can be kept, decided in rounds: one attacking a dropped RA or CA goes too. */
function keptAttacks(cx: AifConversion): AifNode[] {
  let pending = cx.ofType('CA');
  for (let changed = true; changed;) {
    changed = false;
    pending = pending.filter((node) => {
      const targets = cx.outs(node, 'I', 'RA', 'CA');
      const lost = targets.filter(
        (t) => t.type !== 'I' && !(t.type === 'RA' ? cx.inferenceKeysOf : cx.attackKeysOf).has(t.id) && !pending.includes(t),
      );
      const attackers = cx.ins(node, 'I');
      if (!attackers.length || !targets.length || lost.length === targets.length || targets.includes(node)) {
        const why = !attackers.length
          ? 'it has no attacker (no edge from an I-node)'
          : targets.includes(node)
            ? 'it attacks itself'
            : targets.length
              ? `its target ${lost.map((t) => `${t.type}-node ${t.id}`).join(', ')} was dropped`
              : 'it has no target (no edge to an I-, RA- or CA-node)';
        cx.drop(node, why);
        changed = true;
        return false;
      }
      return true;
    });
  }
  return pending;
}
