/**
 * The example operations of the explorer's tabs: the documented examples (docs/examples/*.graphql,
 * whose answers docs/examples.md shows, so they are written once) plus an importMap mutation with
 * its variables, which the docs do not run because it writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../shared/repo-root.ts';

export interface ExampleTab {
  query: string;
  variables?: string;
}

// The ones the issue names first, in its order; the other examples follow by file name.
const first = ['chain-from-air-strikes', 'depends-on-putin', 'what-trump-asserts', 'attacks-on-a-claim'];

export function explorerExamples(): ExampleTab[] {
  const dir = `${repoRoot}/docs/examples`;
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const tabs: ExampleTab[] = names.map((name) => ({ query: readFileSync(`${dir}/${name}.graphql`, 'utf8') }));
  const own = `${repoRoot}/src/web/examples`;
  tabs.push({
    query: readFileSync(`${own}/import-map.graphql`, 'utf8'),
    variables: readFileSync(`${own}/import-map.variables.json`, 'utf8'),
  });
  return tabs;
}

function rank(name: string): number {
  const index = first.indexOf(name);
  return index === -1 ? first.length : index;
}
