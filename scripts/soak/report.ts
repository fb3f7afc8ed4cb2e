/** The soak's figures from its samples, and their short table for stdout. */
import type { Sample } from './client.ts';
import type { Outage, Reconciliation } from './ledger.ts';

export interface Figures {
  requests: number;
  perSecond: number;
  /** Answered with data: the rate the service sustained, without the quick refusals of an outage. */
  okPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same percentiles over the requests answered with data only. */
  okP50Ms: number;
  okP99Ms: number;
  errorsByCode: Record<string, number>;
  byOperation: Record<string, { requests: number; ok: number; p50Ms: number; p99Ms: number }>;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

export function figures(samples: Sample[], seconds: number): Figures {
  const ms = (list: Sample[]) => list.map((s) => s.endedAt - s.startedAt).sort((a, b) => a - b);
  const all = ms(samples);
  const ok = ms(samples.filter((s) => s.outcome === 'ok'));
  const errorsByCode: Record<string, number> = {};
  for (const s of samples) if (s.outcome !== 'ok') errorsByCode[s.outcome] = (errorsByCode[s.outcome] ?? 0) + 1;
  const byOperation: Figures['byOperation'] = {};
  for (const op of [...new Set(samples.map((s) => s.op))].sort()) {
    const mine = samples.filter((s) => s.op === op);
    const sorted = ms(mine);
    byOperation[op] = {
      requests: mine.length,
      ok: mine.filter((s) => s.outcome === 'ok').length,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
    };
  }
  return {
    requests: samples.length,
    perSecond: Number((samples.length / seconds).toFixed(1)),
    okPerSecond: Number((samples.filter((s) => s.outcome === 'ok').length / seconds).toFixed(1)),
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    maxMs: all.at(-1) ?? 0,
    okP50Ms: percentile(ok, 50),
    okP99Ms: percentile(ok, 99),
    errorsByCode,
    byOperation,
  };
}

export function table(
  f: Figures,
  outages: Outage[],
  recovered: ReturnType<typeof recoveries>,
  writes: Reconciliation,
  peakRssMb: number,
): string {
  const pad = (cells: (string | number)[]) => cells.map((c, i) => (i ? String(c).padStart(9) : String(c).padEnd(16))).join(' ');
  const down = outages.map((o) => ((o.readyAt - o.killedAt) / 1000).toFixed(0)).join(', ');
  const back = recovered.map((r) => r.firstAnswerSeconds ?? 'never').join(', ');
  return [
    `requests ${f.requests}, ${f.perSecond}/s (answered with data ${f.okPerSecond}/s); latency p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms; service peak RSS ${peakRssMb} MB`,
    `answers with data: p50 ${f.okP50Ms} ms, p99 ${f.okP99Ms} ms`,
    `Neo4j kills ${outages.length}${outages.length ? ` (down ${down} s until Bolt was back; first answer with data ${back} s after that)` : ''}`,
    `errors by code: ${Object.keys(f.errorsByCode).length ? JSON.stringify(f.errorsByCode) : 'none'}`,
    pad(['operation', 'requests', 'ok', 'p50 ms', 'p99 ms']),
    ...Object.entries(f.byOperation).map(([op, o]) => pad([op, o.requests, o.ok, o.p50Ms, o.p99Ms])),
    `writes acknowledged ${writes.acknowledged}, found ${writes.found}, lost ${writes.lost.length}, altered ${writes.altered.length}`,
    `unacknowledged but found: in flight at a kill ${writes.inFlightAtKill.length}, sent during an outage ${writes.duringOutage.length}, ` +
      `unexplained ${writes.unexplained.length}; found but never sent ${writes.neverSent.length}`,
  ].join('\n');
}

/** Per kill: seconds until Bolt was back, and until the service's first answer with data after that. */
export function recoveries(samples: Sample[], outages: Outage[]) {
  return outages.map((o) => {
    const firstOk = samples
      .filter((s) => s.outcome === 'ok' && s.startedAt >= o.readyAt)
      .reduce((t, s) => Math.min(t, s.endedAt), Infinity);
    return {
      killedAt: new Date(o.killedAt).toISOString(),
      downSeconds: Math.round((o.readyAt - o.killedAt) / 1000),
      firstAnswerSeconds: Number.isFinite(firstOk) ? Math.round((firstOk - o.readyAt) / 1000) : null,
    };
  });
}

/** Requests, answers with data and errors by code, minute by minute: where an error storm sat. */
export function timeline(samples: Sample[], began: number) {
  const minutes: { minute: number; requests: number; ok: number; errors: Record<string, number> }[] = [];
  for (const s of samples) {
    const minute = Math.floor((s.startedAt - began) / 60_000);
    const row = (minutes[minute] ??= { minute, requests: 0, ok: 0, errors: {} });
    row.requests++;
    if (s.outcome === 'ok') row.ok++;
    else row.errors[s.outcome] = (row.errors[s.outcome] ?? 0) + 1;
  }
  return minutes.filter(Boolean);
}
