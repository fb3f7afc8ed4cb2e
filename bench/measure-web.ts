/**
 * The web of maps (`--web`, issue 14 §6): generate it (generate-web.ts), write it (write-web.ts,
 * timed by part), choose the probes from answer sizes computed in memory (web-operations.ts), check
 * that argmap counts the same answers (totalCount), then measure each operation against its floor.
 */
import { generateWeb } from './generate-web.ts';
import { log } from './log.ts';
import { measureOperation } from './measure-operation.ts';
import type { BenchSettings } from './options.ts';
import type { Results } from './report.ts';
import type { Rig } from './rig.ts';
import { graphqlCall } from './services.ts';
import { chooseWebProbes, webOperations, type WebOperation } from './web-operations.ts';
import { writeWeb } from './write-web.ts';

type WebFigures = NonNullable<Results['web']>;

export async function measureWeb(rig: Rig, settings: BenchSettings, seed: number): Promise<WebFigures> {
  const { maps, claimsPerMap } = settings.web!;
  let started = performance.now();
  const web = generateWeb(seed, maps, claimsPerMap);
  const generateMs = Math.round(performance.now() - started);
  const counts = {
    maps,
    claims: maps * claimsPerMap,
    entities: web.entities.length,
    entityLinks: web.entityLinks.length,
    sameClaimClasses: web.sameClaims.length,
    sameClaimClaims: web.sameClaims.reduce((sum, c) => sum + c.claimIds.length, 0),
    factChecks: web.factChecks.length,
  };
  log(`web: generated ${JSON.stringify(counts)} in ${generateMs} ms; writing`);
  started = performance.now();
  const writeMsByPart = await writeWeb(rig.driver, web);
  const writeMs = Math.round(performance.now() - started);
  log(`  written in ${writeMs} ms: ${JSON.stringify(writeMsByPart)}`);
  const probes = chooseWebProbes(web, 6);
  log(`  probes: ${JSON.stringify(probes)}`);
  const operations: WebFigures['operations'] = [];
  for (const operation of webOperations(probes)) {
    const base = { answerCount: operation.answerCount, baselineOf: operation.baselineOf ?? null };
    try {
      const totalCount = await countAnswers(rig, operation);
      const figures = await measureOperation(rig, settings, operation, {
        iterations: settings.iterations,
        withThroughput: false,
        budgetMs: settings.budgetMs,
      });
      operations.push({ ...base, ...figures, totalCount });
    } catch (error) {
      log(`  ${operation.name} failed: ${String(error).split('\n')[0]}`);
      operations.push({
        ...base,
        operation: operation.name,
        peerNote: String(error).split('\n')[0]!,
        answerBytes: 0,
        systems: {},
      });
    }
  }
  return { ...counts, claimsPerMap, seed, generateMs, writeMs, writeMsByPart, probes, operations };
}

/**
 * argmap's own count of the answer (the connection's totalCount), asked once over HTTP, to set
 * beside the count computed from the generated web: a difference means the two disagree on what
 * the question answers, and the comparison of sizes is off.
 */
async function countAnswers(rig: Rig, operation: WebOperation): Promise<number | null> {
  const query = operation.argmap.query.replace(/first: 100\) \{/, 'first: 1) { totalCount');
  const data = (await graphqlCall(rig.argmap.url, query, operation.argmap.variables, rig.token)()) as Record<
    string,
    { totalCount?: number }
  >;
  const count = Object.values(data)[0]?.totalCount;
  if (count !== operation.answerCount)
    log(`  ${operation.name}: argmap counts ${count} answers, the generated web ${operation.answerCount}`);
  return count ?? null;
}
