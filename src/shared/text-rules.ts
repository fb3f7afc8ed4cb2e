/**
 * What characters argmap stores. Text may hold any Unicode character except control characters
 * (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F), with three exceptions that long text
 * legitimately holds: tab, line feed and carriage return. Unpaired UTF-16 surrogates are refused
 * too: Neo4j stores text as UTF-8, where they cannot be written, so they would come back changed.
 *
 * Such input is refused (BAD_USER_INPUT naming the argument path), never normalised: silently
 * removing characters would change the offsets of a quote into the map's source text and the
 * text an idempotent import compares, and the client would not learn that its text was altered.
 */
import { BadUserInputError } from './errors.ts';

// Control characters are this rule's subject, hence the lint exception. With the `u` flag a
// surrogate pair is one code point, so the surrogate range matches only unpaired ones.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/u;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws BAD_USER_INPUT naming `path` when `text` holds a character argmap does not store. */
export function checkText(text: string, path: string): void {
  const match = forbidden.exec(text);
  if (!match) return;
  const what = match[0] >= '\ud800' ? 'an unpaired surrogate' : 'the control character';
  throw new BadUserInputError(
    path,
    `contains ${what} ${codePoint(match[0])} at position ${match.index}; text may not hold control characters other than tab, line feed and carriage return, nor unpaired surrogates`,
    { character: codePoint(match[0]), position: match.index },
  );
}

/**
 * Checks every string in a value — arguments, input objects, lists and JSON documents, keys
 * included — naming each by its path (`input.text`, `document.claims[2].text`).
 */
export function checkTextsIn(value: unknown, path: string): void {
  if (typeof value === 'string') checkText(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => checkTextsIn(item, `${path}[${index}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkText(key, path);
      checkTextsIn(item, path ? `${path}.${key}` : key);
    }
  }
}
