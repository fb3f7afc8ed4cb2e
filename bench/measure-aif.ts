/**
 * The real corpus: every AIF file of ../shared/corpora/aif imported in one `argmap import` run (its
 * own import path, one transaction per file), timed; then the chain, dependence and evaluate reads
 * on the largest of these maps, probed at its most supported claim and its most linked actor.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './log.ts';
import { measureOperation } from './measure-operation.ts';
import { chainOperations, mapOperations } from './operations.ts';
import type { BenchSettings } from './options.ts';
import type { Results } from './report.ts';
import type { Rig } from './rig.ts';
import { neo4jEnv } from './services.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

export async function measureAif(rig: Rig, settings: BenchSettings): Promise<Results['aif']> {
  const { driver, connection } = rig;
  const corpus = `${repoRoot}/../shared/corpora/aif`;
  const folders = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${corpus}/${entry.name}`);
  const files = folders.flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.json')));
  log(`AIF corpus: ${files.length} files in ${folders.length} folders; importing`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', '--format', 'aif', ...folders], {
    cwd: repoRoot,
    env: { ...process.env, ...neo4jEnv(connection), LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Math.round(performance.now() - started);
  const summary = run.stdout.trim().split('\n').at(-1) ?? '';
  log(`  argmap import: exit ${run.status} in ${ms} ms: ${summary}`);
  const { records } = await driver.executeQuery(
    `MATCH (m:Map) WHERE NOT m.id STARTS WITH 'bench-'
     CALL (m) { MATCH (c:Claim {mapId: m.id}) RETURN count(c) AS claims }
     CALL (m) { MATCH (i:Inference {mapId: m.id}) RETURN count(i) AS inferences }
     RETURN count(m) AS maps, sum(claims) AS claims, sum(inferences) AS inferences,
            max([claims, m.id])[1] AS largest, max(claims) AS largestClaims`,
  );
  const totals = records[0]!.toObject() as {
    maps: unknown;
    claims: unknown;
    inferences: unknown;
    largest: string;
    largestClaims: unknown;
  };
  const mapId = totals.largest;
  const probe = await driver.executeQuery(
    `MATCH (c:Claim {mapId: $mapId})
     OPTIONAL MATCH (c)<-[:CONCLUDES]-(i:Inference)
     WITH c, count(i) AS support ORDER BY support DESC, c.id LIMIT 1
     MATCH (basic:Claim {mapId: $mapId}) WHERE EXISTS { (basic)-[:PREMISE_OF]->() } AND NOT EXISTS { (basic)<-[:CONCLUDES]-() }
     WITH c, basic ORDER BY basic.id LIMIT 1
     RETURN c.id AS conclusionId, basic.id AS premiseId`,
    { mapId },
  );
  // The largest map may name no actor (AIF speakers are optional), so dependence is probed on the
  // corpus's most linked actor, in whichever map it is.
  const actor = await driver.executeQuery(
    `MATCH (a:Actor) WHERE NOT a.mapId STARTS WITH 'bench-'
     WITH a, COUNT { (a)-[:ASSERTS|ABOUT]-(:Claim) } AS links ORDER BY links DESC, a.id LIMIT 1
     RETURN a.id AS actorId`,
  );
  const probes = {
    mapId,
    ...(probe.records[0]!.toObject() as { conclusionId: string; premiseId: string }),
    actorId: (actor.records[0]?.get('actorId') as string | undefined) ?? '',
  };
  log(`  probing ${JSON.stringify(probes)}`);
  const operations = [...chainOperations(probes, 6), ...mapOperations(probes, null).filter((o) => o.name === 'evaluate')];
  const measured = [];
  for (const operation of operations) {
    if (operation.name === 'dependentClaims' && !probes.actorId) continue;
    measured.push(
      await measureOperation(rig, settings, operation, {
        iterations: settings.iterations,
        withThroughput: false,
        budgetMs: settings.budgetMs,
      }),
    );
  }
  return {
    files: files.length,
    importMs: ms,
    exitCode: run.status,
    summary,
    maps: Number(totals.maps),
    claims: Number(totals.claims),
    inferences: Number(totals.inferences),
    probes,
    operations: measured,
  };
}
