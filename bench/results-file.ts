/**
 * The run's results file: started with the machine and settings, continued from the same day's
 * file with --append (a size measured again replaces its earlier figures), and written as
 * <day>.json, .svg and .md after every size, so that a long run cut short still leaves its figures.
 * Full runs write bench/results/; --quick writes .cache/bench/quick/ (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';
import { log } from './log.ts';
import type { BenchOptions } from './options.ts';
import { renderChart, renderReport, type Results } from './report.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

export function resultsDir(quick: boolean): string {
  return quick ? `${repoRoot}/.cache/bench/quick` : `${repoRoot}/bench/results`;
}

export async function startResults(options: BenchOptions, driver: Driver, startedAt: Date): Promise<Results> {
  const { quick, seed, settings } = options;
  const results: Results = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    quick,
    command: `npm run bench${quick ? ' -- --quick' : ''}`,
    seed,
    machine: machine(await neo4jVersion(driver)),
    settings: { ...settings },
    sizes: [],
    aif: null,
    rss: {},
  };
  const previous = `${resultsDir(quick)}/${results.startedAt.slice(0, 10)}.json`;
  if (options.append && existsSync(previous)) {
    const earlier = JSON.parse(readFileSync(previous, 'utf8')) as Results;
    results.sizes.push(...earlier.sizes.filter((entry) => !settings.sizes.includes(entry.size)));
    results.appendedTo = {
      startedAt: earlier.startedAt,
      command: earlier.command,
      settings: earlier.settings,
      rss: earlier.rss,
    };
  }
  return results;
}

export function saveResults(results: Results): void {
  const outDir = resultsDir(results.quick);
  mkdirSync(outDir, { recursive: true });
  const day = results.startedAt.slice(0, 10);
  writeFileSync(`${outDir}/${day}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${outDir}/${day}.svg`, renderChart(results));
  writeFileSync(`${outDir}/${day}.md`, renderReport(results, `${day}.svg`));
  log(`wrote ${outDir}/${day}.{json,svg,md}`);
}

function machine(neo4j: string): Results['machine'] {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    neo4j,
    graphqlPeer: `@neo4j/graphql ${packageVersion('@neo4j/graphql')}`,
    apollo: `@apollo/server ${packageVersion('@apollo/server')}`,
  };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(`${repoRoot}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
  );
  return `${records[0]!.get('version')} ${records[0]!.get('edition')}`;
}
