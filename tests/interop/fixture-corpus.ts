/**
 * The fixture corpus: small AIF JSON and Argdown files written for argmap's tests (what each one
 * covers is in fixtures/corpus/README.md). Tests read only these, never the real corpora beside a
 * clone, so a fresh clone passes `npm test` on its own; `npm run corpus` is for the real ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../../src/shared/repo-root.ts';

export const fixtureCorpus = `${repoRoot}/tests/interop/fixtures/corpus`;

export function readFixture(path: string): string {
  return readFileSync(`${fixtureCorpus}/${path}`, 'utf8');
}

/** The files of one format, as paths relative to the corpus (`aif/council-debate.json`), sorted. */
export function fixtureFiles(format: 'aif' | 'argdown'): string[] {
  const extension = format === 'aif' ? '.json' : '.argdown';
  return readdirSync(`${fixtureCorpus}/${format}`)
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => `${format}/${file}`);
}
