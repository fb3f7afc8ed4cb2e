/**
 * Turns user input into a Lucene query that matches its words literally. Every character with a
 * meaning in Lucene's query syntax is escaped, and the text is lower-cased so that words such as
 * AND, OR and NOT are searched for rather than read as operators (the analyzer lower-cases the
 * index anyway, so matching is unchanged).
 *
 * Every word becomes one clause of a Lucene BooleanQuery, and Lucene refuses a query of more than
 * `maxClauseCount` clauses (1,024 in Neo4j 5.26, counted over nested clauses too: "a-b" is two)
 * with an error that would reach the client as INTERNAL_SERVER_ERROR. So input is bounded here,
 * the one place every full-text entry point builds its query, and refused as BAD_USER_INPUT.
 */
import { BadUserInputError } from './errors.ts';

const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lucene's clause limit, measured against Neo4j 5.26 (1,024 words pass, 1,025 fail). */
export const luceneMaxClauses = 1_024;
/** Clauses a search may make; below Lucene's limit, as `countSearchWords` only approximates its tokenizer. */
export const maxSearchClauses = 1_000;
/** Characters a search may have: a pasted paragraph fits, a pasted article does not. */
export const maxSearchLength = 10_000;

/** Words a search may have over an index of `indexedProperties` properties (each word is a clause per property). */
export function maxSearchWords(indexedProperties = 1): number {
  return Math.floor(maxSearchClauses / indexedProperties);
}

/**
 * `field` names the argument in the error; `indexedProperties` is how many properties the index
 * covers (claim_text 1, actor_names 2: name and aliases), since Lucene makes a clause per word and property.
 */
export function toLiteralLuceneQuery(input: string, field: string, indexedProperties = 1): string {
  const words = countSearchWords(input);
  const limit = maxSearchWords(indexedProperties);
  if (words > limit) {
    throw new BadUserInputError(
      field,
      `has ${words} words; a search may have at most ${limit} (the full-text index takes at most ${luceneMaxClauses} clauses)`,
      { limit },
    );
  }
  if (input.length > maxSearchLength) {
    throw new BadUserInputError(field, `is ${input.length} characters long; a search may have at most ${maxSearchLength}`, {
      limit: maxSearchLength,
    });
  }
  return input.toLowerCase().replace(luceneSpecial, (character) => `\\${character}`);
}

// Scripts Lucene's StandardTokenizer (Unicode word breaks) splits into one word per character, and
// emoji, which it keeps as words of their own: each counts as a word here.
const oneWordEach = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/gu;
// Runs of letters, digits and marks; Unicode word breaks may join two such runs ("don't", "3.5")
// but never split one apart except at the characters counted above, so this over-counts, if anything.
const wordRun = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu;

/** An upper bound on the words (clauses) the full-text analyzer makes of `input`. */
export function countSearchWords(input: string): number {
  const single = input.match(oneWordEach)?.length ?? 0;
  const runs = input.replace(oneWordEach, ' ').match(wordRun)?.length ?? 0;
  return single + runs;
}
