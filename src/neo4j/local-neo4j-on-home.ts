/**
 * One local Neo4j per home, shared by every argmap process on it: `npm start` in one terminal and
 * `npm run argmap -- import …` in another use the same server instead of the second failing on the
 * store lock.
 *
 * The process that starts the server owns it: it publishes the connection file and stops the
 * server when it is done. The others connect and never stop it; when the owner stops it under them,
 * they get the ordinary connection errors (as with any Neo4j that goes away).
 *
 * A connection file is trusted only when its java process and its owner are alive and Bolt accepts
 * its credentials. A file whose processes are dead (a crash, `kill -9`) is removed and ignored; one
 * whose pid was reused by another program fails the Bolt check and is replaced by the next start.
 */
import { Database, type Neo4jConnection } from './database.ts';
import { processExists, readConnectionFile, removeConnectionFile, type ConnectionFile } from './connection-file.ts';
import { localNeo4jPid, LocalNeo4jStartError, startLocalNeo4j } from './local-server.ts';

export interface LocalNeo4jOnHome {
  connection: Neo4jConnection;
  /** True when this process started the server (and so must stop it). */
  started: boolean;
  /** The java process serving it. */
  pid: number | undefined;
  /** Stops the server when this process started it; otherwise a no-op. */
  stop(): Promise<void>;
}

/**
 * Two commands starting at once on one home: the second's start fails on the store lock, and it
 * waits this long for the first's connection file (a first start takes ~15 s, much more on a busy
 * machine) before it tries again or gives up.
 */
const LOCKED_WAIT_MS = 60_000;
const LOCKED_POLL_MS = 250;
/** The whole find-or-start, lock waits included, gives up after this long. */
const DEFAULT_DEADLINE_MS = 300_000;

/** Connects to the local Neo4j running on `homeDir`, or starts one there. */
export async function useOrStartLocalNeo4j(
  homeDir: string,
  log: (message: string) => void,
  deadlineMs = DEFAULT_DEADLINE_MS,
): Promise<LocalNeo4jOnHome> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const running = await findRunningLocalNeo4j(homeDir, log);
    if (running) return running;
    try {
      const server = await startLocalNeo4j({ homeDir, log });
      const connection = { uri: server.uri, username: server.username, password: server.password };
      return { connection, started: true, pid: localNeo4jPid(server), stop: () => server.stop() };
    } catch (error) {
      if (!(error instanceof LocalNeo4jStartError && error.storeLocked) || Date.now() >= deadline) throw error;
      log(`the Neo4j store in ${homeDir} is locked by another process; waiting for it to publish its connection`);
      const found = await pollForRunning(homeDir, Math.min(deadline, Date.now() + LOCKED_WAIT_MS), log);
      if (found) return found;
    }
  }
}

/** The local Neo4j published on `homeDir` when it is alive and answers; removes a dead one's file. */
async function findRunningLocalNeo4j(homeDir: string, log: (message: string) => void): Promise<LocalNeo4jOnHome | undefined> {
  const file = readConnectionFile(homeDir);
  if (!file) return undefined;
  if (!processExists(file.pid) || !processExists(file.ownerPid)) {
    log(`ignoring a stale connection file in ${homeDir} (pid ${file.pid} or its owner ${file.ownerPid} is gone)`);
    removeConnectionFile(homeDir, file.pid);
    return undefined;
  }
  if (!(await answers(file))) return undefined;
  log(`using the local Neo4j already running at ${file.uri} (pid ${file.pid}, started by pid ${file.ownerPid})`);
  const connection = { uri: file.uri, username: file.username, password: file.password };
  return { connection, started: false, pid: file.pid, stop: async () => {} };
}

/**
 * Waits for the process holding the store lock to publish its server. Returns undefined when time
 * is up, or as soon as a server seen here is gone (its owner stopped it: the lock is free again).
 */
async function pollForRunning(
  homeDir: string,
  until: number,
  log: (message: string) => void,
): Promise<LocalNeo4jOnHome | undefined> {
  let seenPid: number | undefined;
  while (Date.now() < until) {
    const found = await findRunningLocalNeo4j(homeDir, log);
    if (found) return found;
    const file = readConnectionFile(homeDir);
    if (file) seenPid = file.pid;
    else if (seenPid !== undefined && !processExists(seenPid)) return undefined;
    await new Promise((resolve) => setTimeout(resolve, LOCKED_POLL_MS));
  }
  return undefined;
}

/** Bolt accepts the file's credentials (a reused pid or a half-stopped server does not). */
async function answers(file: ConnectionFile): Promise<boolean> {
  try {
    const db = await Database.connect({ uri: file.uri, username: file.username, password: file.password });
    await db.close();
    return true;
  } catch {
    return false;
  }
}
