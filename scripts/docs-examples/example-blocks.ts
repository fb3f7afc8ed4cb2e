/**
 * The generated part of a Markdown file: one block per example, between `<!-- example: NAME -->`
 * and `<!-- /example -->`, holding the example's description, operation and answer. Text outside
 * the markers is the author's and is never touched; a block is rewritten whole.
 */
import type { DocExample } from './example-files.ts';

export interface BlockStyle {
  /** Path from the Markdown file to docs/examples/ (`examples/` from docs/, `docs/examples/` from the top). */
  examplesPath: string;
  /** docs/examples.md gives each example a heading and folds its answer; the README shows one, open. */
  heading: boolean;
}

export interface ExampleBlock {
  name: string;
  operation: string;
  answer: unknown;
}

const blockPattern = /<!-- example: ([a-z0-9-]+) -->\n([\s\S]*?)<!-- \/example -->/g;

export function renderBlock(example: DocExample, answer: unknown, style: BlockStyle): string {
  const link = `[\`${example.name}.graphql\`](${style.examplesPath}${example.name}.graphql)`;
  const json = ['```json', compactJson(answer, ''), '```'].join('\n');
  return [
    `<!-- example: ${example.name} -->`,
    ...(style.heading ? [`### ${link}`, example.description] : [`${example.description} (${link})`]),
    ['```graphql', example.operation, '```'].join('\n'),
    style.heading ? `<details><summary>Answer</summary>\n\n${json}\n\n</details>` : json,
    '<!-- /example -->',
  ].join('\n\n');
}

/** The blocks a file holds, in order, with the operation and the parsed answer each shows. */
export function readBlocks(markdown: string): ExampleBlock[] {
  return [...markdown.matchAll(blockPattern)].map(([, name, body]) => ({
    name: name!,
    operation: fenced(body!, 'graphql', name!),
    answer: JSON.parse(fenced(body!, 'json', name!)),
  }));
}

/**
 * Rewrites the blocks of `markdown` from `rendered` (name → block). With `appendMissing`, examples
 * without a block are added at the end and blocks without an example are dropped: the file then
 * holds every example. Without it, only the blocks present are rewritten (the README shows one).
 */
export function replaceBlocks(markdown: string, rendered: Map<string, string>, appendMissing: boolean): string {
  const seen = new Set<string>();
  let text = markdown.replace(blockPattern, (_block, name: string) => {
    seen.add(name);
    const fresh = rendered.get(name);
    if (fresh !== undefined) return fresh;
    // The blank lines around a dropped block are settled by prettier, which the script runs last.
    if (appendMissing) return '';
    throw new Error(`a block names the example "${name}", but docs/examples/${name}.graphql does not exist`);
  });
  if (appendMissing) {
    const missing = [...rendered].filter(([name]) => !seen.has(name)).map(([, block]) => block);
    if (missing.length > 0) text = `${text.trimEnd()}\n\n${missing.join('\n\n')}\n`;
  }
  return text;
}

function fenced(body: string, language: string, name: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(body);
  if (!match) throw new Error(`the block of example "${name}" has no ${language} code`);
  return match[1]!;
}

/**
 * JSON with every value that fits in 110 characters on one line, so answers stay short to read;
 * prettier then settles the rest (it keeps an object open when its first key is on a new line).
 */
function compactJson(value: unknown, indent: string): string {
  const inline = JSON.stringify(value);
  if (inline.length + indent.length <= 110 || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + compactJson(item, inner)).join(',\n')}\n${indent}]`;
  const fields = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`);
  return `{\n${fields.join(',\n')}\n${indent}}`;
}
