/**
 * `npm run bench [-- --quick] [-- --sizes 1000,10000,100000]`: argmap against the floor (its own
 * Cypher sent straight through neo4j-driver) and the peer (@neo4j/graphql 7 on Apollo Server),
 * in one run, on the same Neo4j and the same data. See bench/README.md for what is measured.
 * Full runs write bench/results/<date>.json, .md and .svg; --quick writes to .cache/bench/ (git-ignored)
 * and never fails on a timing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { ApolloServer } from '@apollo/server';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { importMap } from '../src/maps/import-map.ts';
import { Database } from '../src/neo4j/database.ts';
import { provisionNeo4j } from '../src/neo4j/provision.ts';
import { createApolloServer } from '../src/server/apollo.ts';
import { createRequestContext, type RequestContext } from '../src/graphql/context.ts';
import { writeDirectly } from './direct-write.ts';
import { generateMap, type GeneratedMap } from './generate-map.ts';
import { latencies, throughput } from './measure.ts';
import { chainOperations, mapOperations, type Operation } from './operations.ts';
import { profileStatements, recordStatements, replay, reviveIntegers, timeByStatement, type Statement } from './recording.ts';
import { renderChart, renderReport, type Results, type SystemFigures } from './report.ts';
import { buildServices, freePort, graphqlCall, neo4jEnv, startService, type Service } from './services.ts';
import { createToken } from '../src/auth/token-store.ts';
import type { Caller } from '../src/graphql/caller.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

/** The in-process twin of the service runs as an admin, as the HTTP calls do with their token. */
const benchAdmin: Caller = { tokenId: 'bench', role: 'admin', maps: null };
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const settings = quick
  ? {
      sizes: [1000],
      iterations: 10,
      warmup: 2,
      budgetMs: 1500,
      depthBudgetMs: 500,
      throughputMs: 400,
      // 64 clients of a write or of an 80 ms read keep the run waiting for their queue to drain
      // long after the 400 ms: the full run measures them.
      clients: [1, 16],
      depths: [2, 10],
      aif: false,
      importTimeoutMs: 240_000,
    }
  : {
      sizes: [1000, 10_000, 100_000],
      iterations: 200,
      warmup: 10,
      budgetMs: 15_000,
      depthBudgetMs: 3000,
      throughputMs: 2000,
      clients: [1, 16, 64],
      depths: [2, 4, 6, 8, 10],
      aif: true,
      importTimeoutMs: 240_000,
    };
// `--sizes none --append` measures only the AIF corpus and keeps the day's generated sizes.
if (option('--sizes'))
  settings.sizes = option('--sizes')!
    .split(',')
    .map(Number)
    .filter((size) => size > 0);
if (args.includes('--no-aif')) settings.aif = false;
if (option('--clients')) settings.clients = option('--clients')!.split(',').map(Number);
if (option('--budget-ms')) settings.budgetMs = Number(option('--budget-ms'));
// --append: add these sizes to the results file of the same day (a run continued after a failure).
const append = args.includes('--append');
const seed = Number(option('--seed') ?? 7);

const outDir = quick ? `${repoRoot}/.cache/bench/quick` : `${repoRoot}/bench/results`;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const silent = pino({ level: 'silent' });

/**
 * The import's floor: the same map written by batched CREATEs (what Neo4j's writes cost without
 * upserts, pruning or one transaction), timed, then deleted so that the reads see one copy.
 */
async function timeDirectWrite(driver: neo4j.Driver, seed: number, size: number, mapId: string): Promise<number> {
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

async function main(): Promise<void> {
  const startedAt = new Date();
  const configured = process.env.NEO4J_URI
    ? { uri: process.env.NEO4J_URI, username: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }
    : undefined;
  const localHome = `${repoRoot}/.cache/bench/${quick ? 'neo4j-quick' : 'neo4j'}`;
  if (!configured) rmSync(localHome, { recursive: true, force: true }); // a fresh database every run
  // Compiling the services and starting Neo4j take about 10 s each; they overlap.
  const built = buildServices();
  built.catch(() => undefined); // awaited below; a failure is reported there
  const provisioned = await provisionNeo4j({ configured, localHome, provider: 'local', log });
  const entryPoints = await built;
  const services: Service[] = [];
  let db: Database | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  const driver = neo4j.driver(
    provisioned.connection.uri,
    neo4j.auth.basic(provisioned.connection.username, provisioned.connection.password),
  );
  try {
    const env = {
      ...neo4jEnv(provisioned.connection),
      ARGMAP_SEED: 'false',
      LOG_LEVEL: 'warn',
      ARGMAP_QUERY_TIMEOUT_MS: '120000',
      // The service's own limits stay at their defaults but for the deadline, which the 100k
      // imports and evaluations would outlive; writes use the admin token made below.
      ARGMAP_REQUEST_TIMEOUT_MS: '600000',
      ARGMAP_BOOTSTRAP_TOKEN: 'false',
    };
    const [argmapPort, peerPort] = [await freePort(), await freePort()];
    const argmap = await startService(
      'argmap',
      [entryPoints.argmap, 'serve'],
      { ...env, ARGMAP_PORT: String(argmapPort) },
      `http://127.0.0.1:${argmapPort}/graphql`,
    );
    services.push(argmap);
    const peer = await startService(
      'peer',
      [entryPoints.peer],
      { ...env, PEER_PORT: String(peerPort) },
      `http://127.0.0.1:${peerPort}/graphql`,
    );
    services.push(peer);
    log(`argmap pid ${argmap.pid}, peer pid ${peer.pid}, Neo4j at ${provisioned.connection.uri} (${provisioned.origin})`);
    if (configured) await dropBenchMaps(driver);

    // In-process argmap, only to learn what each request sends (round trips, statements to PROFILE).
    db = await Database.connect(provisioned.connection, 120_000);
    const { token } = await createToken(db, { role: 'admin', name: 'bench' });
    const sent: Statement[] = [];
    let recording = false;
    recordStatements(db.driver, sent, () => recording);
    apollo = createApolloServer(silent);
    await apollo.start();
    const inProcess = async (operation: Operation) => {
      sent.splice(0);
      recording = true;
      const contextValue = createRequestContext(db!, silent, operation.name, { caller: benchAdmin });
      const response = await apollo!.executeOperation(operation.argmap, { contextValue });
      recording = false;
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`${operation.name}: ${errors.map((e) => e.message).join('; ')}`);
      return { statements: [...sent], roundTrips: contextValue.roundTrips(), answerBytes: JSON.stringify(data).length };
    };
    const peerStatements = async (operation: Operation) => {
      await fetch(peer.url.replace('/graphql', '/bench/record'), { method: 'POST' });
      await graphqlCall(peer.url, operation.peer!.query, operation.peer!.variables)();
      const statements = (await (await fetch(peer.url.replace('/graphql', '/bench/cypher'))).json()) as Statement[];
      return statements.map((s) => ({ query: s.query, parameters: reviveIntegers(s.parameters) as Record<string, unknown> }));
    };

    const measure = async (operation: Operation, iterations: number, withThroughput: boolean, budgetMs = settings.budgetMs) => {
      const recorded = await inProcess(operation);
      const floorCall = replay(driver, recorded.statements, operation.write);
      const argmapCall = graphqlCall(argmap.url, operation.argmap.query, operation.argmap.variables, token);
      const systems: Record<string, SystemFigures | null> = { floor: null, argmap: null, peer: null };
      const calls: [string, () => Promise<unknown>, Statement[]][] = [
        ['floor', floorCall, recorded.statements],
        ['argmap', argmapCall, recorded.statements],
      ];
      if (operation.peer) {
        const statements = await peerStatements(operation);
        calls.push(['peer', graphqlCall(peer.url, operation.peer.query, operation.peer.variables), statements]);
      }
      // Warm every system up, then time them interleaved (floor, argmap, peer, floor, …) so that the
      // load of this shared machine falls on all three alike.
      const timed = await latencies(
        calls.map(([, call]) => call),
        iterations,
        settings.warmup,
        budgetMs,
      );
      for (const [index, [system, call, statements]] of calls.entries()) {
        const figures: SystemFigures = {
          latency: timed[index]!,
          roundTrips: statements.length,
          dbHits: await profileStatements(driver, statements, operation.write),
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
    };

    const importDocument = generateMap(seed, 200, 'bench-import-op').document;
    const results: Results = {
      startedAt: startedAt.toISOString(),
      finishedAt: '',
      quick,
      command: `npm run bench${quick ? ' -- --quick' : ''}`,
      seed,
      machine: machine(driver),
      settings,
      sizes: [],
      aif: null,
      rss: {},
    };
    const previous = `${outDir}/${startedAt.toISOString().slice(0, 10)}.json`;
    if (append && existsSync(previous)) {
      const earlier = JSON.parse(readFileSync(previous, 'utf8')) as Results;
      // A size measured again replaces its earlier figures (the continuation of a failed size).
      results.sizes.push(...earlier.sizes.filter((entry) => !settings.sizes.includes(entry.size)));
      results.appendedTo = {
        startedAt: earlier.startedAt,
        command: earlier.command,
        settings: earlier.settings,
        rss: earlier.rss,
      };
    }
    results.machine.neo4j = await neo4jVersion(driver);

    for (const size of settings.sizes) {
      const mapId = `bench-${size}`;
      let started = performance.now();
      let generated = generateMap(seed, size, mapId);
      const generateMs = Math.round(performance.now() - started);
      const { claims, relations } = countOf(generated);
      log(`size ${size}: generated ${claims} claims, ${relations} relations in ${generateMs} ms; importing`);
      started = performance.now();
      let importFigures: Results['sizes'][number]['import'];
      sent.splice(0);
      recording = true;
      try {
        await withTimeout(importMap(db, {}, generated.document), settings.importTimeoutMs);
        recording = false;
        const ms = Math.round(performance.now() - started);
        const byStatement = timeByStatement(sent.splice(0)).slice(0, 5);
        importFigures = {
          ok: true,
          ms,
          claims,
          relations,
          perSecond: Math.round(((claims + relations) / ms) * 1000),
          error: null,
          floorMs: await timeDirectWrite(driver, seed, size, `${mapId}-floor`),
          byStatement,
        };
      } catch (error) {
        recording = false;
        const ms = Math.round(performance.now() - started);
        const byStatement = timeByStatement(sent.splice(0)).slice(0, 5);
        const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        log(`  importMap failed after ${ms} ms: ${message}; loading map ${mapId}-direct with batched CREATEs instead`);
        // Closing the connection makes Neo4j roll back an import still running.
        await db.close();
        db = await Database.connect(provisioned.connection, 120_000);
        recordStatements(db.driver, sent, () => recording);
        generated = generateMap(seed, size, `${mapId}-direct`);
        await writeDirectly(driver, generated);
        importFigures = { ok: false, ms, claims, relations, perSecond: null, error: message, byStatement };
      }
      log(`  import: ${JSON.stringify(importFigures)}`);
      const operations = [...chainOperations(generated.probes, 6), ...mapOperations(generated.probes, importDocument)];
      const measured = [];
      for (const operation of operations) {
        try {
          measured.push(await measure(operation, settings.iterations, true));
        } catch (error) {
          log(`  ${operation.name} failed: ${String(error).split('\n')[0]}`);
          measured.push({ operation: operation.name, peerNote: String(error).split('\n')[0]!, answerBytes: 0, systems: {} });
        }
      }
      const depths = [];
      for (const depth of settings.depths) {
        for (const operation of chainOperations(generated.probes, depth)) {
          try {
            const figures = await measure(
              operation,
              Math.max(10, Math.floor(settings.iterations / 4)),
              false,
              settings.depthBudgetMs,
            );
            depths.push({ depth, ...figures });
          } catch (error) {
            log(`  ${operation.name} d=${depth} failed: ${String(error).split('\n')[0]}`);
          }
        }
      }
      results.sizes.push({
        size,
        mapId: generated.probes.mapId,
        probes: generated.probes,
        generateMs,
        import: importFigures,
        operations: measured,
        depths,
      });
      for (const service of services) results.rss[service.name] = service.peakRssMb();
      results.rss.runner = Math.round(process.memoryUsage().rss / 1024 / 1024);
      log(`  peak RSS so far: ${JSON.stringify(results.rss)}`);
      save(results); // after every size, so that a long run cut short still leaves its figures
    }

    if (settings.aif) results.aif = await measureAif(driver, provisioned.connection, measure);
    for (const service of services) results.rss[service.name] = service.peakRssMb();
    results.finishedAt = new Date().toISOString();

    save(results);
  } finally {
    await apollo?.stop();
    await db?.close();
    await driver.close();
    for (const service of services.reverse()) await service.stop();
    await provisioned.stop();
  }
}

function save(results: Results): void {
  mkdirSync(outDir, { recursive: true });
  const day = results.startedAt.slice(0, 10);
  writeFileSync(`${outDir}/${day}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${outDir}/${day}.svg`, renderChart(results));
  writeFileSync(`${outDir}/${day}.md`, renderReport(results, `${day}.svg`));
  log(`wrote ${outDir}/${day}.{json,svg,md}`);
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

function machine(driver: neo4j.Driver): Results['machine'] {
  void driver;
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    neo4j: '',
    graphqlPeer: `@neo4j/graphql ${packageVersion('@neo4j/graphql')}`,
    apollo: `@apollo/server ${packageVersion('@apollo/server')}`,
  };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(`${repoRoot}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
}

async function neo4jVersion(driver: neo4j.Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
  );
  return `${records[0]!.get('version')} ${records[0]!.get('edition')}`;
}

/** With a configured (shared) Neo4j, the bench maps of an earlier run go first, in batches. */
async function dropBenchMaps(driver: neo4j.Driver): Promise<void> {
  await driver.executeQuery(
    `MATCH (n) WHERE n.mapId STARTS WITH 'bench-' OR (n:Map AND n.id STARTS WITH 'bench-')
     CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
  );
}

type Measure = (
  operation: Operation,
  iterations: number,
  withThroughput: boolean,
) => Promise<Results['sizes'][number]['operations'][number]>;

/**
 * The real corpus: every AIF file of ../shared/corpora/aif imported in one `argmap import` run (its
 * own import path, one transaction per file), timed; then the chain, dependence and evaluate reads
 * on the largest of these maps, probed at its most supported claim and its most linked actor.
 */
async function measureAif(
  driver: neo4j.Driver,
  connection: { uri: string; username: string; password: string },
  measure: Measure,
): Promise<Results['aif']> {
  const corpus = `${repoRoot}/../shared/corpora/aif`;
  const folders = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${corpus}/${entry.name}`);
  const files = folders.flatMap((folder) => readdirSync(folder).filter((file) => file.endsWith('.json')));
  log(`AIF corpus: ${files.length} files in ${folders.length} folders; importing`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', '--format', 'aif', ...folders], {
    cwd: repoRoot,
    env: { ...process.env, ...neo4jEnv(connection as never), LOG_LEVEL: 'warn' },
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
    measured.push(await measure(operation, settings.iterations, false));
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

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
