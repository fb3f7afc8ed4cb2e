/** Text and id clean-up shared by the AIF conversions. */
import { isKey } from '../../shared/keys.ts';

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
};

/** Decodes the HTML entities AIFdb leaves in text (`&amp;`, `&#39;`, `&#x2019;`); unknown ones stay. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/**
 * An AIF id as an argmap key. AIFdb's digit-only ids and OVA's `15_1639…` ids are valid keys as
 * they are and are kept unchanged (so the key is the nodeID); anything else is made valid
 * (invalid characters → `-`, `n` prefixed when it starts badly, cut to 100) and reported.
 */
export function aifKey(id: string): { key: string; changed: boolean } {
  if (isKey(id)) return { key: id, changed: false };
  let key = id.replace(/[^A-Za-z0-9_.-]/g, '-');
  if (!/^[A-Za-z0-9]/.test(key)) key = `n${key}`;
  return { key: key.slice(0, 100), changed: true };
}

/** A readable key part from a name: `Fiona Bruce` → `fiona-bruce`. */
export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return (base || 'unnamed').slice(0, 80);
}

/** S-node texts that only repeat the node type, not a scheme name worth keeping. */
const genericSchemes =
  /^(default (inference|conflict|rephrase|preference|transition)|ra|ca|ma|pa|ta|ya|inference|conflict|rephrase|preference)$/i;

/** The scheme of an RA/CA/MA/PA node when its text (or `scheme` field) is a real name, else null. */
export function schemeName(text: string, scheme: string | null): string | null {
  for (const candidate of [text, scheme]) {
    const name = candidate?.trim();
    if (name && !genericSchemes.test(name) && name.length <= 200) return name;
  }
  return null;
}

/** Elements that start or end a line of the text they hold. */
const lineBreaks = /<br\b[^>]*>|<\/?(?:p|div|li|h[1-6]|tr|blockquote|pre|section|article|ul|ol|table)\b[^>]*>/gi;

/** True when the text holds markup (a tag), not just a `<` in prose. */
export function isHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^<>]*>/i.test(text);
}

/**
 * HTML as the plain text a reader sees: tags, comments, scripts and styles removed, entities
 * decoded, whitespace collapsed as a browser does (a newline in the markup is a space), and each
 * paragraph, line break, list item or heading on a line of its own; empty lines are left out.
 */
export function htmlToPlainText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(lineBreaks, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
