/**
 * One operation measured on the three systems: the floor (argmap's own statements for it, replayed
 * through the driver), argmap over HTTP and, where it has one, the peer over HTTP. Latency is timed
 * interleaved after a warm-up; round trips and db hits come from the statements each one sends.
 */
import { log } from './log.ts';
import { latencies, throughput } from './measure.ts';
import type { Operation } from './operations.ts';
import type { BenchSettings } from './options.ts';
import { profileStatements, replay, type Statement } from './recording.ts';
import type { OperationFigures, SystemFigures } from './report.ts';
import type { Rig } from './rig.ts';
import { graphqlCall } from './services.ts';

export interface MeasureOptions {
  iterations: number;
  /** Also run the throughput steps (settings.clients). */
  withThroughput: boolean;
  budgetMs: number;
}

export async function measureOperation(
  rig: Rig,
  settings: BenchSettings,
  operation: Operation,
  { iterations, withThroughput, budgetMs }: MeasureOptions,
): Promise<OperationFigures> {
  const recorded = await rig.inProcess(operation);
  const calls: [string, () => Promise<unknown>, Statement[]][] = [
    ['floor', replay(rig.driver, recorded.statements, operation.write), recorded.statements],
    ['argmap', graphqlCall(rig.argmap.url, operation.argmap.query, operation.argmap.variables, rig.token), recorded.statements],
  ];
  if (operation.peer) {
    const statements = await rig.peerStatements(operation);
    calls.push(['peer', graphqlCall(rig.peer.url, operation.peer.query, operation.peer.variables), statements]);
  }
  // Warm every system up, then time them interleaved (floor, argmap, peer, floor, …) so that the
  // load of this shared machine falls on all three alike.
  const timed = await latencies(
    calls.map(([, call]) => call),
    iterations,
    settings.warmup,
    budgetMs,
  );
  const systems: Record<string, SystemFigures | null> = { floor: null, argmap: null, peer: null };
  for (const [index, [system, call, statements]] of calls.entries()) {
    const figures: SystemFigures = {
      latency: timed[index]!,
      roundTrips: statements.length,
      dbHits: await profileStatements(rig.driver, statements, operation.write),
      throughput: {},
    };
    if (withThroughput) {
      for (const clients of settings.clients)
        figures.throughput[clients] = await throughput(call, clients, settings.throughputMs);
    }
    systems[system] = figures;
    log(
      `  ${operation.name} ${system}: p50 ${figures.latency.p50} ms (n=${figures.latency.iterations}), ${figures.roundTrips} round trips, ${figures.dbHits} db hits`,
    );
  }
  return { operation: operation.name, peerNote: operation.peerNote ?? null, answerBytes: recorded.answerBytes, systems };
}
