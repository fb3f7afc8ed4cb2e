/**
 * `argmap corpus DIR…` run as a user runs it (a child process, the real Neo4j of the test run) on
 * the fixture corpus: a line per file with the counts the conversion gives and the statuses the
 * evaluation gives, a summary, and an exit code that fails only on an unexpected error.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { importFormats } from '../../src/interop/import-formats.ts';
import { mapIdFrom } from '../../src/cli/import-command.ts';
import { uniqueMapId, useApi } from '../support/api.ts';
import { cliEnv, runCli } from '../support/cli.ts';
import { fixtureCorpus, fixtureFiles, readFixture } from './fixture-corpus.ts';

const api = useApi();
const env = () => {
  const neo4j = inject('neo4j');
  return cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password });
};
const files = [...fixtureFiles('aif'), ...fixtureFiles('argdown')];

/**
 * A folder named like a unique map id (so the derived map ids are unique too) holding `entries`:
 * a path starting with `/` becomes a symbolic link to it, anything else the file's text.
 */
function folderOf(entries: Record<string, string>): string {
  const folder = `${mkdtempSync(`${tmpdir()}/argmap-corpus-`)}/${uniqueMapId('corpus')}`;
  for (const [name, content] of Object.entries(entries)) {
    mkdirSync(dirname(`${folder}/${name}`), { recursive: true });
    if (content.startsWith('/')) symlinkSync(content, `${folder}/${name}`);
    else writeFileSync(`${folder}/${name}`, content);
  }
  return folder;
}

/** The line `argmap corpus` must print for a fixture file, statuses and times left as patterns. */
function expectedLine(folder: string, file: string): RegExp {
  const text = readFixture(file);
  const { document, warnings } = (file.endsWith('.argdown') ? importFormats.ARGDOWN : importFormats.AIF_JSON)(text, {
    mapId: 'x',
  });
  const counts = ['claims', 'inferences', 'attacks', 'actors', 'rephrases', 'preferences'] as const;
  const elements = counts.map((name) => `${document[name]?.length ?? 0} ${name}`).join(', ');
  const mapId = mapIdFrom(`${basename(folder)}/${file}`);
  return new RegExp(
    `^ok \\S*/${file} → ${mapId}: ${elements}; evaluated \\d+ IN, \\d+ OUT, \\d+ UNDEC; ${warnings.length} warnings ` +
      `\\(import \\d+ ms, evaluate \\d+ ms\\)$`,
  );
}

describe('argmap corpus', () => {
  it('imports and evaluates every fixture file, a line each, then a summary, and exits 0', { timeout: 180_000 }, async () => {
    const folder = folderOf(Object.fromEntries(files.map((file) => [file, `${fixtureCorpus}/${file}`])));
    const { code, stdout } = await runCli(['corpus', folder], env());
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => /^(ok|refused|error|corpus:) /.test(line));
    expect(lines).toHaveLength(files.length + 1);
    files.forEach((file, i) => expect(lines[i]).toMatch(expectedLine(folder, file)));
    expect(lines.at(-1)).toMatch(/^corpus: 10 files, 10 ok, 0 refused, 0 errors; 65 claims, .*; 8 warnings; in [\d.]+ s$/);
    // The statuses printed are those the evaluation service gives the imported map.
    const mapId = mapIdFrom(`${basename(folder)}/aif/council-debate.json`);
    const { evaluate } = await api.ok(`query($m: ID!) { evaluate(mapId: $m) { labels { status } } }`, { m: mapId });
    const count = (status: string) => evaluate.labels.filter((label: { status: string }) => label.status === status).length;
    expect(stdout).toContain(`${mapId}: 9 claims, 2 inferences, 3 attacks, 3 actors, 1 rephrases, 0 preferences; `);
    expect(stdout).toContain(`; evaluated ${count('IN')} IN, ${count('OUT')} OUT, ${count('UNDEC')} UNDEC; 4 warnings`);
    // Four warnings: three shown, the fourth counted.
    expect(stdout).toContain('  … 1 more warnings\n');
    // Of the fixtures' 18 inferences only bike-lane.argdown's one names a scheme.
    expect(stdout).toMatch(
      /^schemes: 1 of 18 inferences landed on catalogue schemes \(1 of 1 named; 17 unnamed\); unknown names: none$/m,
    );
  });

  it(
    'reports how many inferences landed on catalogue schemes and the unknown names with counts',
    { timeout: 180_000 },
    async () => {
      const inference = (id: string, premise: string, conclusion: string, scheme?: string) => ({
        id,
        premises: [premise],
        conclusion,
        ...(scheme ? { scheme } : {}),
      });
      const document = {
        format: 'argmap/map@1',
        map: { id: 'named-schemes', title: 'Named schemes' },
        claims: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Claim ${id}.` })),
        inferences: [
          inference('i1', 'a', 'b', 'ExpertOpinion'),
          inference('i2', 'a', 'c', 'Argument from Astrology'),
          inference('i3', 'b', 'c', 'Argument from Astrology'),
          inference('i4', 'c', 'd', 'Made Up'),
          inference('i5', 'a', 'd'),
        ],
      };
      const { code, stdout } = await runCli(['corpus', folderOf({ 'named.json': JSON.stringify(document) })], env());
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^schemes: 1 of 5 inferences landed on catalogue schemes \(1 of 4 named; 1 unnamed\); unknown names: "Argument from Astrology" ×2, "Made Up" ×1$/m,
      );
    },
  );

  it('counts a file the importer refuses, imports the rest and still exits 0', { timeout: 180_000 }, async () => {
    const folder = folderOf({
      'good.json': `${fixtureCorpus}/aif/letters-page.json`,
      'truncated.json': '{"nodes": [{"nodeID": "1", ',
      'truncated-map.json': '{"format": "argmap/map@1", "map": {"id": "m", ',
    });
    const { code, stdout } = await runCli(['corpus', folder], env());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^refused \S*truncated\.json: file: is not valid JSON: .+ \(\d+ ms\)$/m);
    expect(stdout).toMatch(/^refused \S*truncated-map\.json: file: is not valid JSON: .+ \(\d+ ms\)$/m);
    expect(stdout).toMatch(/^corpus: 3 files, 1 ok, 2 refused, 0 errors; 6 claims, 1 inferences, 3 attacks, 2 actors, /m);
  });

  // An unexpected failure that needs no mock: a corpus entry that cannot be read (a dangling link).
  // It takes the same path as any exception that is not the importer's refusal (a driver failure, a bug).
  it('reports an unexpected error by its kind, goes on with the other files and exits 1', { timeout: 180_000 }, async () => {
    const folder = folderOf({ 'a-missing.json': `${tmpdir()}/argmap-no-such-file-${uniqueMapId('x')}.json`, 'b.json': '{}' });
    const { code, stdout } = await runCli(['corpus', folder], env());
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error \S*a-missing\.json: Error: ENOENT: no such file or directory, .+ \(\d+ ms\)$/m);
    expect(stdout).toMatch(/^refused \S*b\.json: document: has no AIF "nodes" or "edges"/m);
    expect(stdout).toMatch(/^corpus: 2 files, 0 ok, 1 refused, 1 errors; /m);
  });
});
