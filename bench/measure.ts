/** Latency percentiles and closed-loop throughput of an async call; timing only, never assertions. */

export interface Latency {
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * Times several calls in turn within each iteration (a, b, c, a, b, c, …), after `warmup` untimed
 * rounds, so that a change in the machine's load falls on all of them alike; percentiles in ms, one
 * Latency per call. Stops early once `budgetMs` per call is spent (at least 5 rounds), so that a
 * very slow operation on a big map cannot hold the run for hours; `iterations` says how many ran.
 */
export async function latencies(
  calls: (() => Promise<unknown>)[],
  iterations: number,
  warmup: number,
  budgetMs: number,
): Promise<Latency[]> {
  for (let n = 0; n < warmup; n++) for (const call of calls) await call();
  const times: number[][] = calls.map(() => []);
  const started = performance.now();
  for (let n = 0; n < iterations; n++) {
    for (const [index, call] of calls.entries()) {
      const before = performance.now();
      await call();
      times[index]!.push(performance.now() - before);
    }
    if (n >= 4 && performance.now() - started > budgetMs * calls.length) break;
  }
  return times.map(summarise);
}

function summarise(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    iterations: times.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(times.reduce((sum, t) => sum + t, 0) / times.length),
  };
}

/** `clients` loops calling `call` back to back for `durationMs`; completed calls per second. */
export async function throughput(call: () => Promise<unknown>, clients: number, durationMs: number): Promise<number> {
  const until = performance.now() + durationMs;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await call();
        done++;
      }
    }),
  );
  return Math.round((done / ((performance.now() - started) / 1000)) * 10) / 10;
}
