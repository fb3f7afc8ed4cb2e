/**
 * The example operations of the explorer's tabs: the documented examples (docs/examples/*.graphql,
 * whose answers docs/examples.md shows, so they are written once; the questions across the two
 * seed maps among them), then the mutations the docs do not run because they write
 * (src/web/examples: importClaimReview and importMap, each with its variables).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../shared/repo-root.ts';

export interface ExampleTab {
  query: string;
  variables?: string;
}

// The ones the issue names first, in its order; the other examples follow by file name.
const first = ['chain-from-air-strikes', 'depends-on-putin', 'what-trump-asserts', 'attacks-on-a-claim'];

/** src/web/examples, in this order; importMap stays last (a test imports the last tab). */
const own = ['import-claim-review', 'import-map'];

export function explorerExamples(): ExampleTab[] {
  const dir = `${repoRoot}/docs/examples`;
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const tabs: ExampleTab[] = names.map((name) => ({ query: readFileSync(`${dir}/${name}.graphql`, 'utf8') }));
  for (const name of own) tabs.push(ownTab(name));
  return tabs;
}

function ownTab(name: string): ExampleTab {
  const path = `${repoRoot}/src/web/examples/${name}`;
  const variables = `${path}.variables.json`;
  return {
    query: readFileSync(`${path}.graphql`, 'utf8'),
    ...(existsSync(variables) && { variables: readFileSync(variables, 'utf8') }),
  };
}

function rank(name: string): number {
  const index = first.indexOf(name);
  return index === -1 ? first.length : index;
}
