/**
 * Scheme names as people and tools write them land on catalogue schemes. The names below are the
 * ones the AIF corpora of shared/corpora use on RA nodes (text or `scheme` field), AIFdb's own
 * spellings, and what an Argdown user types; written out here, not read from the corpora.
 */
import { describe, expect, it } from 'vitest';
import { schemeCatalogue } from '../../src/schemes/catalogue.ts';
import { normaliseSchemeName } from '../../src/schemes/scheme-names.ts';

const catalogue = schemeCatalogue();
const idOf = (name: string) => catalogue.byName(name)?.id;

describe('normaliseSchemeName', () => {
  it('splits camel case, lowers case and folds punctuation to single spaces', () => {
    expect(normaliseSchemeName('CauseToEffect')).toBe('cause to effect');
    expect(normaliseSchemeName('  Expert--Opinion!  ')).toBe('expert opinion');
  });

  it('drops the "Argument from" and "Appeal to" prefixes, with an article, and a trailing "argument"', () => {
    expect(normaliseSchemeName('Argument From an Established Rule')).toBe('established rule');
    expect(normaliseSchemeName('appeal to expert opinion')).toBe('expert opinion');
    expect(normaliseSchemeName('Slippery Slope Argument')).toBe('slippery slope');
  });
});

describe('schemeCatalogue().byName: names the AIF corpora use', () => {
  it.each([
    ['Example', 'argument-from-example'],
    ['CauseToEffect', 'argument-from-cause-to-effect'],
    ['PracticalReasoning', 'practical-reasoning'],
    ['Argument From Authority', 'argument-from-expert-opinion'],
    ['ArgumentFromAuthority', 'argument-from-expert-opinion'],
    ['Analogy', 'argument-from-analogy'],
    ['VerbalClassification', 'argument-from-verbal-classification'],
    ['PositionToKnow', 'argument-from-position-to-know'],
    ['Sign', 'argument-from-sign'],
    ['ExceptionalCase', 'argument-from-exceptional-case'],
    ['ExpertOpinion', 'argument-from-expert-opinion'],
    ['Expert Opinion', 'argument-from-expert-opinion'],
  ])('%s → %s', (name, id) => expect(idOf(name)).toBe(id));
});

describe('schemeCatalogue().byName: AIFdb, seed and Argdown spellings', () => {
  it.each([
    ['Argument From Expert Opinion', 'argument-from-expert-opinion'],
    ['Argument From Consequences', 'argument-from-consequences'],
    ['Argument from Negative Consequences', 'argument-from-negative-consequences'],
    ['Practical Reasoning', 'practical-reasoning'],
    ['practical-reasoning', 'practical-reasoning'],
    ['Argument from Sign', 'argument-from-sign'],
    ['argument from cause to effect', 'argument-from-cause-to-effect'],
    ['Argument from Position to Know', 'argument-from-position-to-know'],
    ['Slippery Slope', 'slippery-slope'],
    ['Ad Hominem', 'direct-ad-hominem'],
    ['Inference to the Best Explanation', 'abductive-argument'],
  ])('%s → %s', (name, id) => expect(idOf(name)).toBe(id));

  it('answers undefined for AIF placeholders and names it does not know', () => {
    for (const name of ['Default Inference', 'RA', 'Argument', 'Argument from Nowhere', '']) expect(idOf(name)).toBeUndefined();
  });
});

describe('schemeCatalogue()', () => {
  it('finds each scheme by its id and orders them by id', () => {
    for (const scheme of catalogue.all) expect(catalogue.byId(scheme.id)).toBe(scheme);
    expect(catalogue.all.map((scheme) => scheme.id)).toEqual(catalogue.all.map((scheme) => scheme.id).sort());
    expect(catalogue.byId('Practical Reasoning')).toBeUndefined();
  });
});
