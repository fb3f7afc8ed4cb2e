/**
 * The small pieces of Argdown syntax argmap writes and the key rules it reads titles with. Every
 * escape here exists because @argdown/core's lexer (1.7 and 2) would otherwise read plain text as markup:
 * a tag (`#`), a mention (`@[`), emphasis (`*`, `_`), a reference (`[ ]`, `< >`), inline data
 * (`{ }`), a comment (`//`, `/*`), a shortcode (`.x.`, `:x:`), a relation or inference line
 * (`->`, `--`) or front matter (`===`). A backslash escapes any one character.
 */

/** Argdown text that the Argdown parser reads back as exactly `text` (line breaks become spaces). */
export function escapeArgdownText(text: string): string {
  return (
    text
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/[\\@#*_[\]<>{}]|\/(?=[/*])|[.:](?=\S)|-(?=[->])|=(?==)/g, (char) => `\\${char}`)
      // After a control character the lexer folds a run of spaces into one; an escaped space keeps it.
      .replace(/ {2,}/g, (run) => ` \\${run.slice(1)}`)
  );
}

/** One tag as Argdown writes it: `#word`, or `#(several words)` when it has other characters. */
export function argdownTag(tag: string): string | null {
  if (/^[A-Za-z0-9-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/.test(tag)) return `#${tag}`;
  // `#( … )` ends at the first `)`, and a tag never holds a newline: such a tag cannot be written.
  return /^[^)\r\n]+$/.test(tag) && tag.trim() === tag ? `#(${tag})` : null;
}

/**
 * JSON for a YAML context Argdown delimits by characters JSON may contain: front matter ends at
 * `===`, inline data at a `}` followed by a space. Escaped inside strings, the JSON means the same.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (string) =>
    string.replace(/[={}]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_ID = 100;

/**
 * Hands out element ids, unique across the document. A title that already is a valid id is kept
 * as it is (so a map argmap exported reads back with its own ids); any other is slugged:
 * `Soft drugs are harmful` → `soft-drugs-are-harmful`, with `-2`, `-3` … on a clash.
 */
export class KeyAllocator {
  private readonly used = new Set<string>();

  reserve(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  allocate(title: string): string {
    const base = ID.test(title) && title.length <= MAX_ID ? title : slug(title);
    let key = base;
    for (let n = 2; this.used.has(key); n += 1) key = `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    this.used.add(key);
    return key;
  }
}

function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.]+/g, '-')
    .replace(/^[-_.]+|-+$/g, '');
  return words.slice(0, MAX_ID).replace(/-+$/, '') || 'element';
}
