import { describe, expect, it } from 'vitest';
import { wordKeys } from '../../src/claims/word-keys.ts';
import { normaliseName, normalisedNames } from '../../src/shared/normalise-name.ts';

describe('normaliseName: the one name rule', () => {
  it('makes case, accents, punctuation and spacing variants one name', () => {
    for (const name of ['Vladimir  Putin', 'vladimir putin', 'VLADÍMIR Putin.', ' Vladimir-Putin ']) {
      expect(normaliseName(name)).toBe('vladimir putin');
    }
  });

  it('keeps letters of every script', () => expect(normaliseName('Владимир Путин')).toBe('владимир путин'));

  it('gives the distinct forms of a name and its aliases, the name first, empty ones dropped', () =>
    expect(normalisedNames('Vladimir Putin', ['PUTIN', 'vladimir putin', '...'])).toEqual(['vladimir putin', 'putin']));

  it('is the rule matchClaims reads claim words by', () =>
    expect([...wordKeys('Vladímir PUTIN, of Russia.')]).toEqual(normaliseName('vladimir putin russia').split(' ')));
});
