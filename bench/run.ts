/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,100000]` (`-- --help` lists every flag):
 * argmap against the floor (its own Cypher sent straight through neo4j-driver) and the peer
 * (@neo4j/graphql 7 on Apollo Server), in one run, on the same Neo4j and the same data. See
 * bench/README.md for what is measured. Full runs write bench/results/<date>.json, .md and .svg;
 * --quick writes to .cache/bench/ (git-ignored) and never fails on a timing.
 *
 * The steps: read the options (options.ts), start Neo4j and the services (rig.ts), start or
 * continue the results file (results-file.ts), measure each size (measure-size.ts), then the AIF
 * corpus (measure-aif.ts), then with --web the web of maps (measure-web.ts).
 */
import { generateMap } from './generate-map.ts';
import { measureAif } from './measure-aif.ts';
import { measureSize } from './measure-size.ts';
import { measureWeb } from './measure-web.ts';
import { log } from './log.ts';
import { readOptions, type BenchOptions } from './options.ts';
import type { Results } from './report.ts';
import { saveResults, startResults } from './results-file.ts';
import { startRig, type Rig } from './rig.ts';

async function main(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const rig = await startRig(options.quick);
  try {
    const results = await startResults(options, rig.driver, startedAt);
    await measureSizes(rig, options, results);
    if (options.settings.aif) results.aif = await measureAif(rig, options.settings);
    if (options.settings.web) {
      results.web = await measureWeb(rig, options.settings, options.seed);
      saveResults(results);
    }
    Object.assign(results.rss, rig.peakRss());
    results.finishedAt = new Date().toISOString();
    saveResults(results);
  } finally {
    await rig.stop();
  }
}

/** Each size in turn, the results saved after every one. */
async function measureSizes(rig: Rig, { seed, settings }: BenchOptions, results: Results): Promise<void> {
  // The importMap operation re-imports one small map at every size: the same work each time.
  const importDocument = generateMap(seed, 200, 'bench-import-op').document;
  for (const size of settings.sizes) {
    results.sizes.push(await measureSize(rig, settings, seed, size, importDocument));
    Object.assign(results.rss, rig.peakRss(), { runner: Math.round(process.memoryUsage().rss / 1024 / 1024) });
    log(`  peak RSS so far: ${JSON.stringify(results.rss)}`);
    saveResults(results);
  }
}

await main(readOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
