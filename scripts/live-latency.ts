/**
 * `npx tsx scripts/live-latency.ts`: how far behind a `mapChanged` subscriber is (docs/live.md).
 * Starts two services in this process over NEO4J_URI (A takes writes, B pushes to a WebSocket
 * subscriber, as two instances over one database), makes LIVE_WRITES updates through A one after
 * another, and reports, per write, the time from A's HTTP answer to the change's arrival at the
 * subscriber of B. Poll interval: ARGMAP_CHANGE_POLL_MS (250 by default). Writes one small map.
 */
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createToken } from '../src/auth/token-store.ts';
import { Database } from '../src/neo4j/database.ts';
import { readConfig } from '../src/server/config.ts';
import { startService } from '../src/server/service.ts';
import { createLogger } from '../src/shared/logger.ts';

const writes = Number(process.env.LIVE_WRITES ?? 40);
const env = { ...process.env, ARGMAP_PORT: '0', ARGMAP_SEED: 'false', ARGMAP_BOOTSTRAP_TOKEN: 'false' };
const logger = createLogger('warn', 'json', 2);
const a = await startService(readConfig(env), logger);
const b = await startService(readConfig(env), logger);
const config = readConfig(env);
const db = await Database.connect(config.neo4j!);
const { token } = await createToken(db, { role: 'admin', name: 'live latency' });
await db.close();

const post = async (query: string, variables: Record<string, unknown>) =>
  (await fetch(a.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).then((response) => response.json())) as { data: Record<string, unknown> & { mapChanges: { cursor: string }[] } };

const mapId = `live-latency-${randomBytes(4).toString('hex')}`;
await post(`mutation($i: CreateMapInput!) { createMap(input: $i) { id } }`, { i: { id: mapId, title: 'Latency' } });
await post(`mutation($i: CreateClaimInput!) { createClaim(input: $i) { id } }`, { i: { mapId, key: 'c', text: 'Start.' } });
const changes = (await post(`query($m: ID!) { mapChanges(mapId: $m, first: 100) { cursor } }`, { m: mapId })).data.mapChanges;
const after = changes.at(-1)!.cursor;

const arrivals = new Map<number, number>();
let wake: () => void = () => {};
const client = createClient({
  url: b.url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
});
client.subscribe(
  {
    query: `subscription($m: ID!, $a: String) { mapChanged(mapId: $m, after: $a) { sequence } }`,
    variables: { m: mapId, a: after },
  },
  {
    next: (result) => (
      arrivals.set((result.data as { mapChanged: { sequence: number } }).mapChanged.sequence, performance.now()),
      wake()
    ),
    error: console.error,
    complete: () => {},
  },
);

const lags: number[] = [];
for (let n = 1; n <= writes; n++) {
  await post(`mutation($id: ID!, $t: String!) { updateClaim(id: $id, input: { text: $t }) { id } }`, {
    id: `${mapId}:c`,
    t: `Write ${n}.`,
  });
  const answered = performance.now();
  const sequence = Number(after) + n;
  while (!arrivals.has(sequence)) await new Promise<void>((resolve) => (wake = resolve));
  lags.push(Math.max(0, arrivals.get(sequence)! - answered));
}
lags.sort((x, y) => x - y);
const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))]!.toFixed(0);
console.log(JSON.stringify({ writes, pollMs: config.live.pollMs, medianMs: at(0.5), p90Ms: at(0.9), maxMs: at(1) }));
await client.dispose();
await a.close();
await b.close();
