import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { uniqueMapId } from '../support/api.ts';
import { cliEnv, runCli } from '../support/cli.ts';
import { fixtureCorpus } from './fixture-corpus.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const corpus = `${fixtureCorpus}/aif`;
const env = () => {
  const neo4j = inject('neo4j');
  return cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password });
};

/** A folder named like a unique map id, linking to fixture files: derived map ids are unique too. */
function folderOf(files: Record<string, string>): string {
  const folder = `${mkdtempSync(`${tmpdir()}/argmap-cli-`)}/${uniqueMapId('cli')}`;
  mkdirSync(folder);
  for (const [name, target] of Object.entries(files)) {
    if (target.startsWith('{')) writeFileSync(`${folder}/${name}`, target);
    else symlinkSync(target, `${folder}/${name}`);
  }
  return folder;
}

describe('argmap import', () => {
  it('imports a whole folder with a progress line per file and a summary', { timeout: 120_000 }, async () => {
    const folder = folderOf({ 'letters-page.json': `${corpus}/letters-page.json`, 'OVA-xAIF.json': `${corpus}/ova-xaif.json` });
    const { code, stdout } = await runCli(['import', folder], env());
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => /^(imported|\d+ files)/.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^imported .*OVA-xAIF\.json → t-cli-[0-9a-f]+-ova-xaif: 3 claims, 1 inferences, 1 attacks, 3 actors, 2 warnings \(\d+ ms\)$/,
    );
    expect(stdout).toMatch(/^ {2}warning: RA-node \S+: its end L-node \S+ read as I-node \S+, which it anchors$/m);
    expect(lines[2]).toMatch(/^2 files imported, 0 failed: 9 claims, 2 inferences, 4 attacks, 5 actors, 2 warnings in [\d.]+ s$/);
  });

  it('reports a malformed file in one line, imports the others and exits non-zero', { timeout: 120_000 }, async () => {
    const folder = folderOf({
      'good.json': `${corpus}/council-debate-later.json`,
      'truncated.json': '{"nodes": [{"nodeID": "1", ',
    });
    const { code, stdout, stderr } = await runCli(['import', folder], env());
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^failed .*truncated\.json: file: is not valid JSON: .+$/)]);
    expect(stdout).toMatch(/^1 files imported, 1 failed: 4 claims, 1 inferences, 1 attacks, 3 actors/m);
  });

  it('exports an imported map as AIF', { timeout: 120_000 }, async () => {
    const folder = folderOf({ 'letters.json': `${corpus}/letters-page.json` });
    const mapId = uniqueMapId('cli-export');
    expect((await runCli(['import', `${folder}/letters.json`, '--map-id', mapId], env())).code).toBe(0);
    const { code, stdout } = await runCli(['export', mapId, '--format', 'aif'], env());
    expect(code).toBe(0);
    expect(JSON.parse(stdout).nodes.filter((n: { type: string }) => n.type === 'I')).toHaveLength(6);
  });

  it('fails with one line for an unknown map', { timeout: 120_000 }, async () => {
    const mapId = unknownMapId();
    const { code, stderr } = await runCli(['export', mapId, '--format', 'aif'], env());
    expect(code).toBe(1);
    expect(stderr).toBe(`argmap: mapId: no map with id "${mapId}"\n`);
  });
});
