/**
 * A ClaimReview's reviewRating, normalised to a FactCheckRating.
 *
 * From the numbers when ratingValue is numeric (a number, or text that is one): its place on the
 * scale, p = (ratingValue − worstRating) / (bestRating − worstRating), with schema.org's defaults
 * bestRating 5 and worstRating 1, falls in a band:
 *
 *   p ≥ 0.9 TRUE · 0.65 ≤ p < 0.9 MOSTLY_TRUE · 0.35 < p < 0.65 MIXED · 0.1 < p ≤ 0.35 MOSTLY_FALSE · p ≤ 0.1 FALSE
 *
 * (on the usual 1–5 scale: 1 FALSE, 2 MOSTLY_FALSE, 3 MIXED, 4 MOSTLY_TRUE, 5 TRUE). A scale that is
 * empty (best = worst) or a value off it is not read as numbers. Otherwise from alternateName, by
 * the table below, compared lower-cased with punctuation and spaces collapsed ("Pants on Fire!"
 * reads as "pants on fire"); a verdict not in the table is UNRATED.
 */
import type { FactCheckRating } from '../graphql/resolvers-types.generated.ts';

export const ratingTable: Record<string, FactCheckRating> = {
  true: 'TRUE',
  correct: 'TRUE',
  accurate: 'TRUE',
  verified: 'TRUE',
  'mostly true': 'MOSTLY_TRUE',
  'mostly correct': 'MOSTLY_TRUE',
  'largely true': 'MOSTLY_TRUE',
  'half true': 'MIXED',
  mixed: 'MIXED',
  mixture: 'MIXED',
  'partly true': 'MIXED',
  'partly false': 'MIXED',
  'missing context': 'MIXED',
  'needs context': 'MIXED',
  misleading: 'MOSTLY_FALSE',
  'mostly false': 'MOSTLY_FALSE',
  'largely false': 'MOSTLY_FALSE',
  'mostly incorrect': 'MOSTLY_FALSE',
  false: 'FALSE',
  incorrect: 'FALSE',
  wrong: 'FALSE',
  'pants on fire': 'FALSE',
  fake: 'FALSE',
  fabricated: 'FALSE',
  hoax: 'FALSE',
  'four pinocchios': 'FALSE',
  unproven: 'UNRATED',
  unverified: 'UNRATED',
  unsupported: 'UNRATED',
  'no evidence': 'UNRATED',
};

export interface RatingInput {
  ratingValue: string | null;
  bestRating: string | null;
  worstRating: string | null;
  alternateName: string | null;
}

export function normaliseRating(rating: RatingInput): FactCheckRating {
  return fromNumbers(rating) ?? fromText(rating.alternateName ?? (isNumeric(rating.ratingValue) ? null : rating.ratingValue));
}

function fromNumbers({ ratingValue, bestRating, worstRating }: RatingInput): FactCheckRating | null {
  if (!isNumeric(ratingValue)) return null;
  const best = isNumeric(bestRating) ? Number(bestRating) : 5;
  const worst = isNumeric(worstRating) ? Number(worstRating) : 1;
  if (best === worst) return null;
  const p = (Number(ratingValue) - worst) / (best - worst);
  if (p < 0 || p > 1) return null;
  if (p >= 0.9) return 'TRUE';
  if (p >= 0.65) return 'MOSTLY_TRUE';
  if (p > 0.35) return 'MIXED';
  if (p > 0.1) return 'MOSTLY_FALSE';
  return 'FALSE';
}

function fromText(text: string | null): FactCheckRating {
  if (text === null) return 'UNRATED';
  const key = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ratingTable[key] ?? 'UNRATED';
}

function isNumeric(value: string | null): value is string {
  return value !== null && value.trim() !== '' && Number.isFinite(Number(value));
}
