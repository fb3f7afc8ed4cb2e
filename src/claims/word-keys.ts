/**
 * The normalised forms matchClaims compares: the distinct words of a text normalised by the one
 * name rule (src/shared/normalise-name.ts: NFKD, diacritics stripped, lower case, punctuation to
 * space, spaces collapsed), a few English stop words left out so that "the" and "of" do not make
 * two texts look alike.
 */
import { normaliseName } from '../shared/normalise-name.ts';

const stopWords = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '),
);

/** The distinct content words of a text, normalised. */
export function wordKeys(text: string): Set<string> {
  return new Set(
    normaliseName(text)
      .split(' ')
      .filter((word) => word !== '' && !stopWords.has(word)),
  );
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A| + |B|), 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
