/**
 * Runs every operation in docs/examples/ against a running argmap and prints each with its real
 * answer as Markdown, for the README. Usage: npm start, then `npx tsx scripts/run-examples.ts [url]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../src/shared/repo-root.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
const examplesDir = `${repoRoot}/docs/examples`;

for (const name of readdirSync(examplesDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()) {
  const query = readFileSync(`${examplesDir}/${name}`, 'utf8');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const answer = compactJson(await response.json(), '');
  console.log(
    `#### \`docs/examples/${name}\`\n\n\`\`\`graphql\n${query.trim()}\n\`\`\`\n\n` +
      `<details><summary>Answer</summary>\n\n\`\`\`json\n${answer}\n\`\`\`\n\n</details>\n`,
  );
}

/** JSON with every value that fits in 160 characters on one line, so answers stay readable. */
function compactJson(value: unknown, indent: string): string {
  const inline = JSON.stringify(value);
  if (inline.length + indent.length <= 160 || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + compactJson(item, inner)).join(',\n')}\n${indent}]`;
  const fields = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${compactJson(item, inner)}`);
  return `{\n${fields.join(',\n')}\n${indent}}`;
}
