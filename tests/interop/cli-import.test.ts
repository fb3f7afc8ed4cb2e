import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/server/repo-root.ts';
import { uniqueMapId } from '../support/api.ts';
import { cliEnv, runCli } from '../support/cli.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const corpus = `${repoRoot}/../shared/corpora/aif`;
const env = () => {
  const neo4j = inject('neo4j');
  return cliEnv({ NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password });
};

/** A folder named like a unique map id, linking to corpus files: derived map ids are unique too. */
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
    const folder = folderOf(Object.fromEntries(readdirSync(`${corpus}/xaif`).map((f) => [f, `${corpus}/xaif/${f}`])));
    const { code, stdout } = await runCli(['import', folder], env());
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => /^(imported|\d+ files)/.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^imported .*twitter-3915-in-xAIF\.json → t-cli-[0-9a-f]+-twitter-3915-in-xaif: 2 claims, 0 inferences, 1 attacks, 2 actors, 0 warnings \(\d+ ms\)$/,
    );
    expect(lines[2]).toMatch(
      /^2 files imported, 0 failed: 4 claims, 1 inferences, 1 attacks, 16 actors, 0 warnings in [\d.]+ s$/,
    );
  });

  it('reports a malformed file in one line, imports the others and exits non-zero', { timeout: 120_000 }, async () => {
    const folder = folderOf({
      'good.json': `${corpus}/moral-maze/6064-original.json`,
      'truncated.json': '{"nodes": [{"nodeID": "1", ',
    });
    const { code, stdout, stderr } = await runCli(['import', folder], env());
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^failed .*truncated\.json: file: is not valid JSON: .+$/)]);
    expect(stdout).toMatch(/^1 files imported, 1 failed: 9 claims, 5 inferences, 0 attacks, 2 actors/m);
  });

  it('exports an imported map as AIF', { timeout: 120_000 }, async () => {
    const folder = folderOf({ 'maze.json': `${corpus}/moral-maze/6064-original.json` });
    const mapId = uniqueMapId('cli-export');
    expect((await runCli(['import', `${folder}/maze.json`, '--map-id', mapId], env())).code).toBe(0);
    const { code, stdout } = await runCli(['export', mapId, '--format', 'aif'], env());
    expect(code).toBe(0);
    expect(JSON.parse(stdout).nodes.filter((n: { type: string }) => n.type === 'I')).toHaveLength(9);
  });

  it('fails with one line for an unknown map', { timeout: 120_000 }, async () => {
    const mapId = unknownMapId();
    const { code, stderr } = await runCli(['export', mapId, '--format', 'aif'], env());
    expect(code).toBe(1);
    expect(stderr).toBe(`argmap: mapId: no map with id "${mapId}"\n`);
  });
});
