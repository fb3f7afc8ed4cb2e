/**
 * I-nodes → claims, keyed by nodeID. Entities are decoded (AIFdb leaves `&amp;` in text) and an
 * empty I-node is kept with a placeholder text, so no proposition is lost; a text longer than a
 * claim may be is an error naming the node, since cutting it would change what it says.
 */
import { maxClaimTextLength } from '../../shared/claim-rules.ts';
import { BadUserInputError } from '../../shared/errors.ts';
import type { AifConversion } from './aif-conversion.ts';
import { decodeEntities } from './aif-text.ts';

export function convertINodes(cx: AifConversion): void {
  for (const node of cx.ofType('I')) {
    let text = decodeEntities(node.text).trim();
    if (!text) {
      text = `(empty I-node ${node.id})`;
      cx.warnings.push(`I-node ${node.id}: has no text; kept as "${text}"`);
    }
    if (text.length > maxClaimTextLength) {
      throw new BadUserInputError(
        `I-node ${node.id}`,
        `text is ${text.length} characters long; at most ${maxClaimTextLength} are allowed`,
      );
    }
    cx.doc.claims.push({ id: cx.key(node), text });
  }
}
