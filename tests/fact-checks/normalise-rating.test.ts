import { describe, expect, it } from 'vitest';
import { normaliseRating } from '../../src/fact-checks/normalise-rating.ts';

const numbers = (ratingValue: string, bestRating: string | null = null, worstRating: string | null = null) =>
  normaliseRating({ ratingValue, bestRating, worstRating, alternateName: 'True' });
const words = (alternateName: string) =>
  normaliseRating({ ratingValue: null, bestRating: null, worstRating: null, alternateName });

describe('normaliseRating: from the numbers', () => {
  it.each([
    ['1', 'FALSE'],
    ['2', 'MOSTLY_FALSE'],
    ['3', 'MIXED'],
    ['4', 'MOSTLY_TRUE'],
    ['5', 'TRUE'],
  ])('%s on the default 1–5 scale is %s, whatever the text says', (value, rating) => expect(numbers(value)).toBe(rating));

  it.each([
    ['0', '10', '0', 'FALSE'],
    ['5', '10', '0', 'MIXED'],
    ['9', '10', '0', 'TRUE'],
    ['1', '0', '1', 'FALSE'],
  ])('%s with best %s and worst %s is %s (reversed scales too)', (value, best, worst, rating) =>
    expect(numbers(value, best, worst)).toBe(rating),
  );

  it('reads the text when the value is off the scale or the scale is empty', () => {
    expect(numbers('7', '5', '1')).toBe('TRUE');
    expect(normaliseRating({ ratingValue: '3', bestRating: '3', worstRating: '3', alternateName: 'False' })).toBe('FALSE');
  });
});

describe('normaliseRating: from the text', () => {
  it.each([
    ['False', 'FALSE'],
    ['PANTS ON FIRE!', 'FALSE'],
    ['  mostly   false ', 'MOSTLY_FALSE'],
    ['Misleading', 'MOSTLY_FALSE'],
    ['Half-True', 'MIXED'],
    ['Mostly True', 'MOSTLY_TRUE'],
    ['Correct', 'TRUE'],
    ['Incorrect', 'FALSE'],
    ['Unproven', 'UNRATED'],
    ['Satire, sort of', 'UNRATED'],
  ])('%j is %s', (text, rating) => expect(words(text)).toBe(rating));

  it('reads a ratingValue that is a word as the text', () =>
    expect(normaliseRating({ ratingValue: 'False', bestRating: null, worstRating: null, alternateName: null })).toBe('FALSE'));
});
