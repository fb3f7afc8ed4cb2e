/**
 * Everything a run measures against, started once: Neo4j (the local launcher, wiped first, or the
 * configured NEO4J_URI, cleared of earlier bench maps), argmap's `serve` and the peer as their own
 * processes, a plain driver for the floor, and argmap in-process with its statements recorded, to
 * learn what each request sends. `stop()` ends what was started, in reverse order, also when the
 * start itself failed half-way.
 */
import { rmSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import type { Caller } from '../src/graphql/caller.ts';
import { createToken } from '../src/auth/token-store.ts';
import { Database, type Neo4jConnection } from '../src/neo4j/database.ts';
import { provisionNeo4j } from '../src/neo4j/provision.ts';
import { defaultLimits, noRateLimits } from '../src/limits/limits.ts';
import { createApolloServer } from '../src/server/apollo.ts';
import { createRequestContext, type RequestContext } from '../src/graphql/context.ts';
import { log } from './log.ts';
import type { Operation } from './operations.ts';
import { recordStatements, reviveIntegers, type Statement } from './recording.ts';
import { buildServices, freePort, graphqlCall, neo4jEnv, startService, type Service } from './services.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

/** The in-process twin of the service runs as an admin, as the HTTP calls do with their token. */
const benchAdmin: Caller = { tokenId: 'bench', role: 'admin', maps: null };
const silent = pino({ level: 'silent' });

export interface Rig {
  connection: Neo4jConnection;
  /** A plain driver: the floor's replays, PROFILE, and the bench's own reads and writes. */
  driver: neo4j.Driver;
  argmap: Service;
  peer: Service;
  /** An admin token of the argmap service. */
  token: string;
  /** Runs `work` with the in-process driver's statements recorded; returns them with its outcome. */
  recorded<T>(work: (db: Database) => Promise<T>): Promise<{ statements: Statement[]; outcome: PromiseSettledResult<T> }>;
  /** A new in-process connection: closing the old one makes Neo4j roll back what it still runs. */
  reconnect(): Promise<void>;
  /** One request through in-process argmap: the statements it sent, its round trips and answer size. */
  inProcess(operation: Operation): Promise<{ statements: Statement[]; roundTrips: number; answerBytes: number }>;
  /** The statements the peer sends for the operation (it records them itself: peer/server.ts). */
  peerStatements(operation: Operation): Promise<Statement[]>;
  /** RSS of each service process (MB, peak). */
  peakRss(): Record<string, number>;
  stop(): Promise<void>;
}

export async function startRig(quick: boolean): Promise<Rig> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    return await start(quick, stops, stop);
  } catch (error) {
    await stop();
    throw error;
  }
}

async function start(quick: boolean, stops: (() => Promise<void>)[], stop: () => Promise<void>): Promise<Rig> {
  const configured = process.env.NEO4J_URI
    ? { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }
    : undefined;
  const localHome = `${repoRoot}/.cache/bench/${quick ? 'neo4j-quick' : 'neo4j'}`;
  if (!configured) rmSync(localHome, { recursive: true, force: true }); // a fresh database every run
  // Compiling the services and starting Neo4j take about 10 s each; they overlap.
  const built = buildServices();
  built.catch(() => undefined); // awaited below; a failure is reported there
  const provisioned = await provisionNeo4j({ configured, localHome, provider: 'local', log });
  stops.push(() => provisioned.stop());
  const entryPoints = await built;
  const { connection } = provisioned;
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  stops.push(() => driver.close());

  const env = {
    ...neo4jEnv(connection),
    ARGMAP_SEED: 'false',
    LOG_LEVEL: 'warn',
    ARGMAP_QUERY_TIMEOUT_MS: '120000',
    // The service's own limits stay at their defaults but for the deadline, which the 100k
    // imports and evaluations would outlive; writes use the admin token made below.
    ARGMAP_REQUEST_TIMEOUT_MS: '600000',
    ARGMAP_BOOTSTRAP_TOKEN: 'false',
    // Hundreds of requests a second from one address and token are the point here.
    ARGMAP_RATE_TOKEN_POINTS: '0',
    ARGMAP_RATE_ADDRESS_POINTS: '0',
  };
  const [argmapPort, peerPort] = [await freePort(), await freePort()];
  const argmap = await startService(
    'argmap',
    [entryPoints.argmap, 'serve'],
    { ...env, ARGMAP_PORT: String(argmapPort) },
    `http://127.0.0.1:${argmapPort}/graphql`,
  );
  stops.push(() => argmap.stop());
  const peer = await startService(
    'peer',
    [entryPoints.peer],
    { ...env, PEER_PORT: String(peerPort) },
    `http://127.0.0.1:${peerPort}/graphql`,
  );
  stops.push(() => peer.stop());
  log(`argmap pid ${argmap.pid}, peer pid ${peer.pid}, Neo4j at ${connection.uri} (${provisioned.origin})`);
  if (configured) await dropBenchMaps(driver);

  const sent: Statement[] = [];
  let recording = false;
  let db = await Database.connect(connection, 120_000);
  stops.push(() => db.close());
  recordStatements(db.driver, sent, () => recording);
  const { token } = await createToken(db, { role: 'admin', name: 'bench' });
  // Rate limits off: every client here shares one address (and token) on purpose.
  const apollo: ApolloServer<RequestContext> = createApolloServer(silent, { limits: { ...defaultLimits, rate: noRateLimits } });
  await apollo.start();
  stops.push(() => apollo.stop());

  const recorded = async <T>(work: (db: Database) => Promise<T>) => {
    sent.splice(0);
    recording = true;
    const [outcome] = await Promise.allSettled([work(db)]);
    recording = false;
    return { statements: sent.splice(0), outcome: outcome! };
  };
  return {
    connection,
    driver,
    argmap,
    peer,
    token,
    recorded,
    async reconnect() {
      await db.close();
      db = await Database.connect(connection, 120_000);
      recordStatements(db.driver, sent, () => recording);
    },
    async inProcess(operation) {
      let roundTrips = 0;
      const { statements, outcome } = await recorded(async (current) => {
        const contextValue = createRequestContext(current, silent, operation.name, { caller: benchAdmin });
        const response = await apollo.executeOperation(operation.argmap, { contextValue });
        roundTrips = contextValue.roundTrips();
        return response;
      });
      if (outcome.status === 'rejected') throw outcome.reason;
      const response = outcome.value;
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`${operation.name}: ${errors.map((e) => e.message).join('; ')}`);
      return { statements, roundTrips, answerBytes: JSON.stringify(data).length };
    },
    async peerStatements(operation) {
      await fetch(peer.url.replace('/graphql', '/bench/record'), { method: 'POST' });
      await graphqlCall(peer.url, operation.peer!.query, operation.peer!.variables)();
      const statements = (await (await fetch(peer.url.replace('/graphql', '/bench/cypher'))).json()) as Statement[];
      return statements.map((s) => ({ query: s.query, parameters: reviveIntegers(s.parameters) as Record<string, unknown> }));
    },
    peakRss: () => ({ argmap: argmap.peakRssMb(), peer: peer.peakRssMb() }),
    stop,
  };
}

/**
 * With a configured (shared) Neo4j, the bench maps of an earlier run go first, in batches, with the
 * web's entities, propositions and fact-checks (write-web.ts: their ids start with `bench-` too). CALL …
 * IN TRANSACTIONS needs an auto-commit transaction (session.run): executeQuery's managed one fails
 * as soon as there is something to delete.
 */
async function dropBenchMaps(driver: neo4j.Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(
      `MATCH (n) WHERE n.mapId STARTS WITH 'bench-' OR ((n:Map OR n:Entity OR n:Proposition OR n:FactCheck) AND n.id STARTS WITH 'bench-')
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
