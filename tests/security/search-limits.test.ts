/**
 * Lucene refuses a query of more than 1,024 clauses (one per word); argmap bounds every full-text
 * search before it reaches the index (src/shared/lucene.ts) and answers BAD_USER_INPUT naming the
 * field and the limit, never INTERNAL_SERVER_ERROR.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxSearchLength, maxSearchWords } from '../../src/shared/lucene.ts';
import { useApi } from '../support/api.ts';
import { importSmallMap } from '../support/fixtures.ts';

const api = useApi();
// Some claims and actors to search, so the index has terms to match.
beforeAll(() => importSmallMap(api, 'search-limit'));

// Actor search covers two properties (name, aliases): Lucene makes two clauses of each word.
const searches = {
  claims: { query: `query($search: String) { claims(filter: { search: $search }, first: 1) { nodes { id } } }`, properties: 1 },
  actors: { query: `query($search: String) { actors(filter: { search: $search }) { id } }`, properties: 2 },
};
const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i.toString(36)}`).join(' ');

describe('full-text search: the clause limit', () => {
  for (const [field, { query, properties }] of Object.entries(searches)) {
    it(`${field}: a search of a few thousand words is BAD_USER_INPUT naming filter.search and the limit`, async () => {
      const result = await api.run(query, { search: words(3_000) });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.search',
        limit: maxSearchWords(properties),
      });
      expect(result.errors?.[0]?.message).toContain(String(maxSearchWords(properties)));
    });

    it(`${field}: a search of exactly the allowed number of words is answered`, async () => {
      expect((await api.run(query, { search: words(maxSearchWords(properties)) })).errors).toBeUndefined();
    });

    it(`${field}: 1,025 ideographs (a word each to Lucene) are refused, not an internal error`, async () => {
      const result = await api.run(query, { search: '漢'.repeat(1_025) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    });

    it(`${field}: a search longer than the character bound is refused even as one word`, async () => {
      const result = await api.run(query, { search: 'x'.repeat(maxSearchLength + 1) });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'filter.search',
        limit: maxSearchLength,
      });
    });
  }

  // The word count approximates Lucene's tokenizer; this checks that it never under-counts, on
  // text mixing scripts, digits, emoji and the separators that split or join words.
  it('every search the bound lets through is answered by the index', async () => {
    const piece = fc.constantFrom(
      'a',
      'Zé',
      '3',
      '3.5',
      "don't",
      'a-b',
      'x_y',
      '漢',
      'カナ',
      '한',
      'ไทย',
      '🙂',
      '©',
      'ʼ',
      '\u0301',
    );
    const separator = fc.constantFrom(' ', '', '-', '.', ',', ':', '/', '\u200d', '\t');
    const search = fc
      .array(fc.tuple(piece, separator), { minLength: 300, maxLength: 900 })
      .map((parts) => parts.map(([word, sep]) => word + sep).join(''));
    await fc.assert(
      fc.asyncProperty(search, async (text) => {
        for (const { query } of Object.values(searches)) {
          const result = await api.run(query, { search: `${text} ${text}`.slice(0, maxSearchLength) });
          const codes = (result.errors ?? []).map((error) => error.extensions.code);
          expect(
            codes.filter((code) => code !== 'BAD_USER_INPUT'),
            JSON.stringify(result.errors),
          ).toEqual([]);
        }
      }),
      { numRuns: Number(process.env.ARGMAP_HOSTILE_RUNS ?? 12) },
    );
  }, 120_000);
});
