/**
 * Turns user input into a Lucene query that matches its words literally. Every character with a
 * meaning in Lucene's query syntax is escaped, and the text is lower-cased so that words such as
 * AND, OR and NOT are searched for rather than read as operators (the analyzer lower-cases the
 * index anyway, so matching is unchanged).
 */
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLiteralLuceneQuery(input: string): string {
  return input.toLowerCase().replace(luceneSpecial, (character) => `\\${character}`);
}
