import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';

// Read from the source rather than listed here, so a variable added to readConfig without a row in
// the README fails this test.
const configSource = readFileSync(`${repoRoot}/src/server/config.ts`, 'utf8');
const readByConfig = new Set([
  ...[...configSource.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map(([, name]) => name!),
  ...[...configSource.matchAll(/env, '([A-Z][A-Z0-9_]+)'/g)].map(([, name]) => name!),
]);

const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
const section = readme.slice(
  readme.indexOf('\n## Configuration'),
  readme.indexOf('\n## ', readme.indexOf('\n## Configuration') + 1),
);
const tableRows = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\| (.+?) +\| (.+?) +\|$/gm)];

describe('README: one configuration table', () => {
  it('finds the variables readConfig reads (the test reads the source right)', () => {
    expect(readByConfig).toContain('NEO4J_URI');
    expect(readByConfig).toContain('ARGMAP_MAX_COST');
    expect(readByConfig.size).toBeGreaterThanOrEqual(25);
  });

  it('lists every variable readConfig reads', () => {
    const listed = new Set(tableRows.map(([, name]) => name!));
    expect([...readByConfig].filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists no variable that readConfig does not read', () => {
    expect(tableRows.map(([, name]) => name!).filter((name) => !readByConfig.has(name))).toEqual([]);
  });

  it('gives every variable a default and a meaning', () => {
    for (const [, name, fallback, meaning] of tableRows)
      expect({ name, fallback, meaning }).toMatchObject({
        fallback: expect.stringMatching(/\S/),
        meaning: expect.stringMatching(/\S{3}/),
      });
  });
});
