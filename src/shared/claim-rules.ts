/** Rules on claim input shared by createClaim, updateClaim and importMap. */
import { BadUserInputError } from './errors.ts';

/**
 * 20,000 characters: the Internet Argument Corpus puts whole articles into single AIF I-nodes (the
 * longest in shared/corpora is 6,875 characters), and imports must keep them whole, not truncate.
 */
export const maxClaimTextLength = 20_000;

export function checkClaimText(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BadUserInputError(field, 'must not be empty');
  if (trimmed.length > maxClaimTextLength) {
    throw new BadUserInputError(field, `is ${trimmed.length} characters long; at most ${maxClaimTextLength} are allowed`);
  }
  return trimmed;
}

/** A quote must be the exact span of the map's source text between its offsets (UTF-16 units). */
export function checkQuote(quote: { text: string; start: number; end: number }, sourceText: string | null, field: string): void {
  if (sourceText === null) throw new BadUserInputError(field, 'the map has no source text to quote from');
  if (!(
    Number.isInteger(quote.start) &&
    Number.isInteger(quote.end) &&
    0 <= quote.start &&
    quote.start < quote.end &&
    quote.end <= sourceText.length
  )) {
    throw new BadUserInputError(
      field,
      `offsets ${quote.start}..${quote.end} are not a span of the source text (length ${sourceText.length})`,
    );
  }
  if (sourceText.slice(quote.start, quote.end) !== quote.text) {
    throw new BadUserInputError(field, `text is not the source text at offsets ${quote.start}..${quote.end}`);
  }
}
