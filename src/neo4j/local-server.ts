/**
 * A local Neo4j 5 Community server for development and tests, when neither NEO4J_URI nor Docker is
 * available: our small Java launcher (neo4j/, built once from Maven Central into .cache/neo4j/) runs an
 * embedded Neo4j DBMS with Bolt on 127.0.0.1, auth on, and a fresh random password per start.
 *
 * Lifetime: `stop()` sends SIGTERM (clean shutdown via the JVM's shutdown hook). If this Node process
 * dies without calling it, even by `kill -9`, the launcher sees EOF on its stdin pipe and exits too; on
 * a normal Node exit a process 'exit' handler also signals it. This module registers no SIGINT/SIGTERM
 * handlers: signals belong to the service.
 *
 * While it runs, the server is published in `<home>/argmap-connection.json` (connection-file.ts), so
 * other argmap processes on the same home use it instead of starting a second one. The file goes
 * before the server does: first thing in `stop()`, on an unexpected exit, and in the 'exit' handler.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { removeConnectionFile, writeConnectionFile } from './connection-file.ts';
import { checkJava, ensureLauncherBuilt, javaExecutable, LocalNeo4jUnavailableError } from './launcher-build.ts';

export { LocalNeo4jUnavailableError } from './launcher-build.ts';

export interface LocalNeo4j {
  uri: string;
  username: 'neo4j';
  password: string;
  /** Stops the server (SIGTERM, then SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  /** Data and logs live here (data/, logs/); it persists across starts. Created if missing. */
  homeDir: string;
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /**
   * The neo4j user's password (at least 8 characters); a fresh random one when omitted. A restart
   * on the same data with the same port and password lets a running client reconnect by itself.
   */
  password?: string;
  /** Progress and diagnostics (build progress, unexpected exits). */
  log?: (msg: string) => void;
  /**
   * How long to wait for the server to accept Bolt connections. Default 300 s: a first start takes
   * ~15 s on a quiet 2-core machine but over 2 min on a busy one (load 18, seen on a shared box); the
   * timeout only catches a hang.
   */
  startTimeoutMs?: number;
  /** Neo4j settings over LOCAL_NEO4J_SETTINGS (tests pass a tiny transaction memory limit). */
  settings?: Record<string, string>;
}

/** The launcher started but did not become ready (port taken, store locked, timeout, crash…). */
export class LocalNeo4jStartError extends Error {
  constructor(
    message: string,
    /** Another process holds the store of this home (most likely another local Neo4j starting). */
    readonly storeLocked = false,
  ) {
    super(message);
    this.name = 'LocalNeo4jStartError';
  }
}

/**
 * JVM flags: a capped heap, plus what Neo4j 5.26's own launch scripts pass (the `server.jvm.additional`
 * defaults of its neo4j.conf; the same list is in 5.26's ConfigFileMigrator).
 */
export const LOCAL_NEO4J_JVM_FLAGS: readonly string[] = [
  '-Xms256m',
  '-Xmx2g',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * Neo4j settings the launcher applies (`--setting name=value`). The transaction memory limits keep
 * Neo4j's heap (-Xmx2g above) from being exhausted by concurrent large reads, which killed it in the
 * benchmark (bench/README.md): over the total, a new allocation fails that transaction with
 * Neo.TransientError.General.MemoryPoolOutOfMemoryError (argmap answers SERVICE_UNAVAILABLE) and the
 * server lives. The total leaves ~0.75 GiB of the heap to Neo4j's own caches and untracked memory;
 * one transaction may take up to 768 MiB, enough for a 100k-claim importMap. docker-compose.yml and
 * docker.ts set the same values; docs/production.md gives them for a managed Neo4j.
 */
export const LOCAL_NEO4J_SETTINGS: Readonly<Record<string, string>> = {
  'db.memory.transaction.total.max': '1280m',
  'db.memory.transaction.max': '768m',
};

const pids = new WeakMap<LocalNeo4j, number>();

/** The process id of a server's java process (for diagnostics and tests). */
export function localNeo4jPid(server: LocalNeo4j): number | undefined {
  return pids.get(server);
}

const MAIN_CLASS = 'dev.argmap.neo4j.LocalNeo4j';
const READY_PREFIX = 'ARGMAP_NEO4J_READY ';
const ERROR_PREFIX = 'ARGMAP_NEO4J_ERROR ';
const STOP_GRACE_MS = 30_000;
const DEFAULT_START_TIMEOUT_MS = 300_000;

/** A free TCP port on 127.0.0.1 (listen on 0, read it, close). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

/** Calls `onLine` for every complete line of a stream. */
function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      onLine(pending.slice(0, nl).replace(/\r$/, ''));
      pending = pending.slice(nl + 1);
    }
    if (pending.length > 64_000) pending = pending.slice(-64_000);
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
    pending = '';
  });
}

/**
 * Builds the launcher if needed (first run), starts Neo4j on `homeDir`, and resolves once Bolt accepts
 * connections. Throws LocalNeo4jUnavailableError when Java or Maven is missing, LocalNeo4jStartError
 * when the server does not come up.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const java = javaExecutable();
  checkJava(java);
  const build = await ensureLauncherBuilt(log);

  const homeDir = path.resolve(options.homeDir);
  fs.mkdirSync(homeDir, { recursive: true });
  const port = options.port ?? (await findFreePort());
  const password = options.password ?? randomBytes(18).toString('base64url'); // 24 chars
  const uri = `bolt://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;

  const child: ChildProcessWithoutNullStreams = spawn(
    java,
    [
      ...LOCAL_NEO4J_JVM_FLAGS,
      '-cp',
      `${path.join(build.libDir, '*')}${path.delimiter}${build.jar}`,
      MAIN_CLASS,
      '--home',
      homeDir,
      '--port',
      String(port),
      ...Object.entries({ ...LOCAL_NEO4J_SETTINGS, ...options.settings }).flatMap(([name, value]) => [
        '--setting',
        `${name}=${value}`,
      ]),
    ],
    {
      // stdin stays open: its EOF (this process gone) makes the launcher exit.
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: a Ctrl-C in the terminal reaches only the service, which drains its
      // requests and closes the driver before it stops Neo4j, not all of them at once.
      detached: true,
      env: { ...process.env, ARGMAP_NEO4J_PASSWORD: password },
      windowsHide: true,
    },
  );

  // Last resort on a normal Node exit without stop(): signal the child synchronously.
  const onProcessExit = (): void => {
    if (ready && child.pid !== undefined) removeConnectionFile(homeDir, child.pid);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', onProcessExit);

  const stderrTail: string[] = [];
  let errorLine: string | undefined;
  let ready = false;
  let stopping = false;
  let exited = false;
  let spawnFailed = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      process.removeListener('exit', onProcessExit);
      if (ready && !stopping) {
        if (child.pid !== undefined) removeConnectionFile(homeDir, child.pid);
        log(`local Neo4j (${uri}) exited unexpectedly (${signal ?? `exit code ${code}`})`);
      }
      resolve();
    });
  });
  // Our stdin pipe may be closed by the child's exit; never let that surface as an unhandled error.
  child.stdin.on('error', () => {});

  onLines(child.stderr, (line) => {
    if (line.startsWith(ERROR_PREFIX)) errorLine = line.slice(ERROR_PREFIX.length);
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new LocalNeo4jStartError(
            `local Neo4j did not become ready on ${uri} within ${Math.round(startTimeoutMs / 1000)} s` +
              (stderrTail.length ? `; last output:\n${stderrTail.slice(-15).join('\n')}` : '') +
              `\n(logs: ${path.join(homeDir, 'logs', 'debug.log')})`,
          ),
        );
      }, startTimeoutMs);
      onLines(child.stdout, (line) => {
        if (!ready && line.startsWith(READY_PREFIX)) {
          ready = true;
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        spawnFailed = true;
        process.removeListener('exit', onProcessExit);
        reject(new LocalNeo4jUnavailableError(`Java could not be started (${e.message})`));
      });
      // 'close' comes after 'exit' and after stdout/stderr ended, so the ERROR line has been read.
      child.once('close', (code, signal) => {
        if (ready) return;
        clearTimeout(timer);
        const detail = errorLine
          ? errorLine
          : stderrTail.length
            ? `last output:\n${stderrTail.slice(-15).join('\n')}`
            : `see ${path.join(homeDir, 'logs', 'debug.log')}`;
        reject(
          new LocalNeo4jStartError(
            `local Neo4j failed to start on ${uri} (${signal ?? `exit code ${code}`}): ${detail}`,
            // The launcher's own wording for a FileLockException (neo4j/…/LocalNeo4j.java).
            errorLine?.includes('store is locked by another process') ?? false,
          ),
        );
      });
    });
  } catch (e) {
    if (!exited && !spawnFailed) {
      child.kill('SIGKILL');
      await exitPromise;
    }
    throw e;
  }

  // Running: don't let the child and its pipes keep this process alive on their own.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) {
    (s as unknown as { unref?: () => void }).unref?.();
  }

  let stopPromise: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      if (exited) return;
      stopping = true;
      // Unpublish first: a command starting now must not pick a server that is going away.
      if (child.pid !== undefined) removeConnectionFile(homeDir, child.pid);
      child.ref(); // keep the event loop alive until the child is gone
      child.kill('SIGTERM');
      const force = setTimeout(() => {
        if (!exited) {
          log(`local Neo4j did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
          child.kill('SIGKILL');
        }
      }, STOP_GRACE_MS);
      try {
        await exitPromise;
      } finally {
        clearTimeout(force);
      }
    })();
    return stopPromise;
  };

  const server: LocalNeo4j = { uri, username: 'neo4j', password, stop };
  if (child.pid !== undefined) {
    pids.set(server, child.pid);
    try {
      writeConnectionFile(homeDir, { uri, username: 'neo4j', password, pid: child.pid, ownerPid: process.pid });
    } catch (error) {
      await stop();
      throw new LocalNeo4jStartError(`could not publish the local Neo4j in ${homeDir}: ${(error as Error).message}`);
    }
  }
  log(`local Neo4j ${build.neo4jVersion} ready at ${uri} (home ${homeDir}, pid ${child.pid})`);
  return server;
}
