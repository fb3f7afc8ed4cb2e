/**
 * `npm run soak -- --minutes N`: a long mixed workload against the real service with its local
 * Neo4j killed (kill -9) and restarted every few minutes, then a reconciliation of every write
 * acknowledged against what the database holds. Reports requests/s, p50/p99 latency, errors by
 * code (SERVICE_UNAVAILABLE and TIMEOUT around a kill are expected, and counted) and the writes;
 * JSON results go to .cache/soak/. Exits 1 when an acknowledged write is missing or altered, or a
 * write that was not acknowledged is found with no kill to explain it.
 *
 *   --minutes (10)             how long the clients run
 *   --kill-every-minutes (5)   kill -9 and restart Neo4j this often (0: never)
 *   --writers (4)              writing clients, each in its own map
 *   --readers (4)              reading clients
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/shared/repo-root.ts';
import { makeCaller, type Sample } from './soak/client.ts';
import { reconcile, type Entry, type Outage } from './soak/ledger.ts';
import { seed } from './soak/operations.ts';
import { runReader } from './soak/reader.ts';
import { figures, recoveries, table, timeline } from './soak/report.ts';
import { startStack } from './soak/stack.ts';
import { runWriter } from './soak/writer.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'kill-every-minutes': { type: 'string', default: '5' },
    writers: { type: 'string', default: '4' },
    readers: { type: 'string', default: '4' },
  },
});
const option = (name: keyof typeof values) => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0, not "${values[name]}"`);
  return value;
};
const minutes = option('minutes');
const killEveryMinutes = option('kill-every-minutes');
const writers = option('writers');
const readers = option('readers');
const log = (message: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

log('starting Neo4j and the service');
const stack = await startStack(log);
const samples: Sample[] = [];
const call = makeCaller(stack.url, stack.token, samples);
const seedPage = await call('setup', `query($mapId: ID!) { map(id: $mapId) { claims(first: 100) { nodes { id } } } }`, {
  mapId: seed.mapId,
});
const seedClaimIds = (seedPage.data as { map: { claims: { nodes: { id: string }[] } } }).map.claims.nodes.map((c) => c.id);
samples.length = 0;

const writerMaps = Array.from({ length: writers }, (_, i) => `soak-w${i}`);
const ledger: Entry[] = [];
const writtenClaimIds: string[] = [];
const outages: Outage[] = [];
let peakRss = process.memoryUsage().rss;
const rssProbe = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 2000);
const loadBefore = loadavg();

const began = Date.now();
const deadline = began + minutes * 60_000;
/** Kills at every multiple of the interval that leaves at least a minute of running afterwards. */
async function faults() {
  if (killEveryMinutes <= 0) return;
  for (let at = began + killEveryMinutes * 60_000; at < deadline - 60_000; at += killEveryMinutes * 60_000) {
    await pause(Math.max(0, at - Date.now()));
    log(`kill -9 Neo4j (${outages.length + 1})`);
    const outage = await stack.killNeo4j();
    outages.push(outage);
    log(`Neo4j back after ${((outage.readyAt - outage.killedAt) / 1000).toFixed(0)} s`);
  }
}
log(`running ${minutes} min: ${writers} writers, ${readers} readers, kill every ${killEveryMinutes || '∞'} min`);
const progress = setInterval(
  () => log(`${samples.length} requests, ${ledger.filter((e) => e.outcome === 'ok').length} writes acknowledged`),
  60_000,
);
await Promise.all([
  ...writerMaps.map((mapId) => runWriter(call, mapId, deadline, ledger, writtenClaimIds)),
  ...Array.from({ length: readers }, () => runReader(call, { seedClaimIds, writerMaps, writtenClaimIds }, deadline)),
  faults(),
]);
const seconds = (Date.now() - began) / 1000;
clearInterval(progress);
clearInterval(rssProbe);

// Neo4j may have been restarted moments ago: give the reconciliation's read a few tries.
let writes: Awaited<ReturnType<typeof reconcile>> | undefined;
for (let attempt = 1; !writes; attempt++) {
  try {
    writes = await reconcile(stack.db, writerMaps, ledger, outages);
  } catch (error) {
    if (attempt >= 30) throw error;
    await pause(2000);
  }
}
const result = figures(samples, seconds);
const peakRssMb = Math.round(peakRss / 2 ** 20);
const recovered = recoveries(samples, outages);
console.log(table(result, outages, recovered, writes, peakRssMb));

const first = (list: string[]) => ({ count: list.length, first: list.slice(0, 50) });
const out = `${repoRoot}/.cache/soak`;
mkdirSync(out, { recursive: true });
const file = `${out}/soak-${new Date(began).toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    {
      startedAt: new Date(began).toISOString(),
      options: { minutes, killEveryMinutes, writers, readers },
      machine: {
        cpus: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadBefore,
        loadAfter: loadavg(),
        node: process.version,
      },
      seconds,
      ...result,
      servicePeakRssMb: peakRssMb,
      outages: recovered,
      timeline: timeline(samples, began),
      writes: {
        sent: ledger.length,
        acknowledged: writes.acknowledged,
        found: writes.found,
        lost: first(writes.lost),
        altered: first(writes.altered),
        inFlightAtKill: first(writes.inFlightAtKill),
        duringOutage: first(writes.duringOutage),
        unexplained: first(writes.unexplained),
        neverSent: first(writes.neverSent),
      },
    },
    null,
    2,
  ),
);
log(`results in ${file}`);
await stack.stop();
const failed = writes.lost.length + writes.altered.length + writes.unexplained.length + writes.neverSent.length;
if (failed > 0) {
  console.error(`soak FAILED: ${failed} writes not as acknowledged (see ${file})`);
  process.exitCode = 1;
}
