/**
 * One generated size: the map generated and imported through `importMap` (timed, by statement, with
 * its floor of batched CREATEs), then every operation measured at maxDepth 6 with throughput, then
 * the chain reads swept over settings.depths. An import that fails or outlives its timeout is
 * reported, and the same map is loaded by batched CREATEs so that the reads are still measured.
 */
import type { Driver } from 'neo4j-driver';
import { importMap } from '../src/maps/import-map.ts';
import { writeDirectly } from './direct-write.ts';
import { generateMap, type GeneratedMap } from './generate-map.ts';
import { log } from './log.ts';
import { measureOperation } from './measure-operation.ts';
import { chainOperations, mapOperations } from './operations.ts';
import type { BenchSettings } from './options.ts';
import { timeByStatement } from './recording.ts';
import type { OperationFigures, Results } from './report.ts';
import type { Rig } from './rig.ts';

type SizeFigures = Results['sizes'][number];

export async function measureSize(
  rig: Rig,
  settings: BenchSettings,
  seed: number,
  size: number,
  importDocument: GeneratedMap['document'],
): Promise<SizeFigures> {
  const mapId = `bench-${size}`;
  const started = performance.now();
  const generated = generateMap(seed, size, mapId);
  const generateMs = Math.round(performance.now() - started);
  const { claims, relations } = countOf(generated);
  log(`size ${size}: generated ${claims} claims, ${relations} relations in ${generateMs} ms; importing`);
  const { figures, loaded } = await importSize(rig, settings, { seed, size, mapId }, generated);
  log(`  import: ${JSON.stringify(figures)}`);
  const operations = [...chainOperations(loaded.probes, 6), ...mapOperations(loaded.probes, importDocument)];
  const measured: OperationFigures[] = [];
  for (const operation of operations) {
    try {
      measured.push(
        await measureOperation(rig, settings, operation, {
          iterations: settings.iterations,
          withThroughput: true,
          budgetMs: settings.budgetMs,
        }),
      );
    } catch (error) {
      log(`  ${operation.name} failed: ${String(error).split('\n')[0]}`);
      measured.push({ operation: operation.name, peerNote: String(error).split('\n')[0]!, answerBytes: 0, systems: {} });
    }
  }
  return {
    size,
    mapId: loaded.probes.mapId,
    probes: loaded.probes,
    generateMs,
    import: figures,
    operations: measured,
    depths: await sweepDepths(rig, settings, loaded),
  };
}

/** importMap in one transaction, timed; on failure the map is loaded as `<map>-direct` instead. */
async function importSize(
  rig: Rig,
  settings: BenchSettings,
  { seed, size, mapId }: { seed: number; size: number; mapId: string },
  generated: GeneratedMap,
): Promise<{ figures: SizeFigures['import']; loaded: GeneratedMap }> {
  const { claims, relations } = countOf(generated);
  const started = performance.now();
  const { statements, outcome } = await rig.recorded((db) =>
    withTimeout(importMap(db, {}, generated.document), settings.importTimeoutMs),
  );
  const ms = Math.round(performance.now() - started);
  const byStatement = timeByStatement(statements).slice(0, 5);
  if (outcome.status === 'fulfilled') {
    const floorMs = await timeDirectWrite(rig.driver, seed, size, `${mapId}-floor`);
    const perSecond = Math.round(((claims + relations) / ms) * 1000);
    return { figures: { ok: true, ms, claims, relations, perSecond, error: null, floorMs, byStatement }, loaded: generated };
  }
  const error: unknown = outcome.reason;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  log(`  importMap failed after ${ms} ms: ${message}; loading map ${mapId}-direct with batched CREATEs instead`);
  await rig.reconnect();
  const direct = generateMap(seed, size, `${mapId}-direct`);
  await writeDirectly(rig.driver, direct);
  return { figures: { ok: false, ms, claims, relations, perSecond: null, error: message, byStatement }, loaded: direct };
}

/** The chain reads at each of settings.depths, with fewer iterations and no throughput. */
async function sweepDepths(rig: Rig, settings: BenchSettings, loaded: GeneratedMap): Promise<SizeFigures['depths']> {
  const depths: SizeFigures['depths'] = [];
  for (const depth of settings.depths) {
    for (const operation of chainOperations(loaded.probes, depth)) {
      try {
        const figures = await measureOperation(rig, settings, operation, {
          iterations: Math.max(10, Math.floor(settings.iterations / 4)),
          withThroughput: false,
          budgetMs: settings.depthBudgetMs,
        });
        depths.push({ depth, ...figures });
      } catch (error) {
        log(`  ${operation.name} d=${depth} failed: ${String(error).split('\n')[0]}`);
      }
    }
  }
  return depths;
}

/**
 * The import's floor: the same map written by batched CREATEs (what Neo4j's writes cost without
 * upserts, pruning or one transaction), timed, then deleted so that the reads see one copy.
 */
async function timeDirectWrite(driver: Driver, seed: number, size: number, mapId: string): Promise<number> {
  const generated = generateMap(seed, size, mapId);
  const started = performance.now();
  await writeDirectly(driver, generated);
  const ms = Math.round(performance.now() - started);
  const session = driver.session();
  try {
    await session.run(
      'MATCH (n) WHERE n.mapId = $mapId OR n:Map AND n.id = $mapId CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
      { mapId },
    );
  } finally {
    await session.close();
  }
  return ms;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function countOf(generated: GeneratedMap): { claims: number; relations: number } {
  const { document } = generated;
  const relations =
    document.inferences.reduce((sum, inference) => sum + inference.premises.length + 1, 0) +
    2 * document.attacks.length +
    document.actorLinks.length;
  return { claims: document.claims.length, relations };
}
