/**
 * An `argmap/map@1` document as Argdown that @argdown/core reads back to the same graph:
 * - each claim a top-level statement `[claim-id]: text #tags`;
 * - each inference an argument `<inference-id>` with a one-step premise–conclusion structure:
 *   numbered premises (references to the claims), an inference line carrying the scheme as the
 *   inference rule and the warrant as data (`-- Practical Reasoning {warrant: "…"} --`), then the
 *   conclusion — so linked premises stay linked;
 * - each rebuttal `[target]` with `- [attacker]` under it; each undercut `<inference-id>` with
 *   `<_ [attacker]` under it;
 * - everything else the document holds in the `argmap` front matter (see argmap-front-matter.ts).
 */
import type { MapDocument } from '../../maps/map-document.ts';
import { toArgmapFrontMatter } from './argmap-front-matter.ts';
import { argdownTag, embeddableJson, escapeArgdownText } from './argdown-syntax.ts';

export function mapDocumentToArgdown(doc: MapDocument): string {
  const inferenceIds = new Set((doc.inferences ?? []).map((inference) => inference.id));
  const claimIds = new Set((doc.claims ?? []).map((claim) => claim.id));
  const attacks = doc.attacks ?? [];
  const rebuts = attacks.filter((attack) => attack.kind === 'REBUT' && claimIds.has(attack.target));
  const undercuts = attacks.filter((attack) => attack.kind === 'UNDERCUT' && inferenceIds.has(attack.target));
  const frontMatter = { title: doc.map.title, argmap: toArgmapFrontMatter(doc, [...rebuts, ...undercuts]) };

  const blocks = [`===\n${embeddableJson(frontMatter)}\n===`];
  for (const claim of doc.claims ?? []) {
    const tags = (claim.tags ?? []).flatMap((tag) => argdownTag(tag) ?? []);
    blocks.push([`[${claim.id}]: ${escapeArgdownText(claim.text)}`, ...tags].join(' '));
  }
  for (const inference of doc.inferences ?? []) {
    const premises = inference.premises.map((premise, index) => `(${index + 1}) [${premise}]`);
    const rule = [
      inference.scheme ? escapeArgdownText(inference.scheme) : '',
      inference.warrant ? embeddableJson({ warrant: inference.warrant }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    blocks.push(`<${inference.id}>`);
    blocks.push([...premises, rule ? `-- ${rule} --` : '----', `(${premises.length + 1}) [${inference.conclusion}]`].join('\n'));
  }
  for (const [target, group] of groupBy(rebuts, (attack) => attack.target)) {
    blocks.push([`[${target}]`, ...group.map((attack) => `  - [${attack.attacker}]`)].join('\n'));
  }
  for (const [target, group] of groupBy(undercuts, (attack) => attack.target)) {
    blocks.push([`<${target}>`, ...group.map((attack) => `  <_ [${attack.attacker}]`)].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
