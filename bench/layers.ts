/**
 * `npm run bench:layers`: where a request's time goes, layer by layer, on the 1k generated map.
 * For each read it times, interleaved after a warm-up: the floor (argmap's recorded Cypher through
 * neo4j-driver), Apollo in-process (`executeOperation`: resolvers, loaders, record conversion),
 * the HTTP app in this process without a token, and with a bearer token. The figures before/after
 * in bench/README.md ("Changes made") were taken with it. Starts its own Neo4j unless NEO4J_URI is
 * set; prints p50s, asserts nothing.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { createToken } from '../src/auth/token-store.ts';
import type { Caller } from '../src/graphql/caller.ts';
import { defaultLimits, noRateLimits } from '../src/limits/limits.ts';
import { importMap } from '../src/maps/import-map.ts';
import { Database } from '../src/neo4j/database.ts';
import { applyMigrations } from '../src/neo4j/migrations.ts';
import { provisionNeo4j } from '../src/neo4j/provision.ts';
import { createApolloServer } from '../src/server/apollo.ts';
import { createRequestContext } from '../src/graphql/context.ts';
import { createHttpApp } from '../src/server/http-app.ts';
import { generateMap } from './generate-map.ts';
import { latencies } from './measure.ts';
import { chainOperations, mapOperations } from './operations.ts';
import { recordStatements, replay, type Statement } from './recording.ts';
import { graphqlCall } from './services.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 100);
const silent = pino({ level: 'silent' });
const admin: Caller = { tokenId: 'layers', role: 'admin', maps: null };

const configured = process.env.NEO4J_URI
  ? { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }
  : undefined;
const localHome = `${repoRoot}/.cache/bench/neo4j-layers`;
if (!configured) rmSync(localHome, { recursive: true, force: true });
const provisioned = await provisionNeo4j({ configured, localHome, provider: 'local', log: console.log });
const db = await Database.connect(provisioned.connection, 120_000);
const driver = neo4j.driver(
  provisioned.connection.uri,
  neo4j.auth.basic(provisioned.connection.username, provisioned.connection.password),
);
const apollo = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
try {
  await applyMigrations(db);
  const map = generateMap(7, 1000, 'bench-layers');
  await importMap(db, { operationName: 'bench' }, map.document);
  const { token } = await createToken(db, { role: 'reader', name: 'bench layers' });
  const sent: Statement[] = [];
  let recording = false;
  recordStatements(db.driver, sent, () => recording);
  await apollo.start();
  const app = createHttpApp(apollo, db, silent, { reads: 'public', corsOrigins: [], limits: defaultLimits, mapPages: false });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const inProcess = (request: { query: string; variables: Record<string, unknown> }) => async () => {
    const response = await apollo.executeOperation(request, {
      contextValue: createRequestContext(db, silent, 'layers', { caller: admin }),
    });
    if (response.body.kind === 'single' && response.body.singleResult.errors)
      throw new Error(JSON.stringify(response.body.singleResult.errors));
  };
  const reads = [...chainOperations(map.probes, 6), ...mapOperations(map.probes, null).filter((operation) => !operation.write)];
  console.log(`p50 ms over ${iterations} interleaved iterations, 1k map:`);
  for (const operation of reads) {
    sent.splice(0);
    recording = true;
    await inProcess(operation.argmap)();
    recording = false;
    const timed = await latencies(
      [
        replay(driver, [...sent]),
        inProcess(operation.argmap),
        graphqlCall(url, operation.argmap.query, operation.argmap.variables),
        graphqlCall(url, operation.argmap.query, operation.argmap.variables, token),
      ],
      iterations,
      10,
      60_000,
    );
    const [floor, apolloOnly, http, httpToken] = timed.map((latency) => latency.p50);
    console.log(`${operation.name.padEnd(16)} floor ${floor}  in-process ${apolloOnly}  http ${http}  http+token ${httpToken}`);
  }
  server.close();
} finally {
  await apollo.stop();
  await db.close();
  await driver.close();
  await provisioned.stop();
}
