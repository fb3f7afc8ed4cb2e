/**
 * The documented examples: every docs/examples/*.graphql, its name the file name and its
 * description the comment lines that open it. The explorer's tabs and docs/examples.md both read
 * these files, so an example is written once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../../src/shared/repo-root.ts';

export const examplesDir = `${repoRoot}/docs/examples`;

export interface DocExample {
  /** The file name without `.graphql`, e.g. `chain-from-air-strikes`; the marker's name. */
  name: string;
  /** The opening `#` comment lines, joined into one paragraph. */
  description: string;
  /** The operation without its opening comment, as the docs show it. */
  operation: string;
  /** The whole file, as the explorer shows it and the API runs it. */
  source: string;
}

/** Every example, sorted by name so the docs list them in a stable order. */
export function readExamples(): DocExample[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => parseExample(file.slice(0, -'.graphql'.length), readFileSync(`${examplesDir}/${file}`, 'utf8')));
}

function parseExample(name: string, source: string): DocExample {
  const lines = source.trimEnd().split('\n');
  const header = lines.findIndex((line) => !line.startsWith('#'));
  const comment = lines.slice(0, header).map((line) => line.replace(/^#\s?/, '').trim());
  // An example without a description would leave the docs with a query and no word on what it asks.
  if (comment.length === 0) throw new Error(`docs/examples/${name}.graphql: the file must open with a # comment describing it`);
  return { name, description: comment.join(' '), operation: lines.slice(header).join('\n').trim(), source };
}
