/**
 * The connection file a local Neo4j publishes in its home while it runs: `<home>/argmap-connection.json`
 * with its Bolt URI, credentials, the java process's pid and the pid of the argmap process that
 * started it (and will stop it). Other argmap processes on the same home read it to use that Neo4j
 * instead of starting a second one, which the store lock would refuse.
 *
 * It holds a password, so it is created readable by the owner only (mode 0600 at creation, never
 * widened then narrowed), and it appears atomically (written aside, then renamed), so a reader never
 * sees half a file.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ConnectionFile {
  uri: string;
  username: string;
  password: string;
  /** The java process serving Bolt. */
  pid: number;
  /** The argmap process that started it; only it stops the server and removes the file. */
  ownerPid: number;
}

export const CONNECTION_FILE_NAME = 'argmap-connection.json';

export function connectionFilePath(homeDir: string): string {
  return path.join(homeDir, CONNECTION_FILE_NAME);
}

/** Publishes (or replaces) the connection file of `homeDir`. */
export function writeConnectionFile(homeDir: string, connection: ConnectionFile): void {
  const target = connectionFilePath(homeDir);
  const aside = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // 'wx': a fresh file, created with mode 0600 (the umask can only narrow it).
  const fd = fs.openSync(aside, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(connection, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(aside, target);
}

/** The connection file of `homeDir`, or undefined when there is none or it is not one of ours. */
export function readConnectionFile(homeDir: string): ConnectionFile | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(connectionFilePath(homeDir), 'utf8'));
  } catch {
    return undefined;
  }
  const file = parsed as Partial<ConnectionFile> | null;
  const valid =
    typeof file?.uri === 'string' &&
    /^bolt:\/\/127\.0\.0\.1:\d+$/.test(file.uri) &&
    typeof file.username === 'string' &&
    typeof file.password === 'string' &&
    Number.isInteger(file.pid) &&
    Number.isInteger(file.ownerPid);
  return valid ? (file as ConnectionFile) : undefined;
}

/**
 * Removes the connection file when it still names the java process `pid` (a file another process
 * published since is left alone). Synchronous, so it can run in a process 'exit' handler.
 */
export function removeConnectionFile(homeDir: string, pid: number): void {
  if (readConnectionFile(homeDir)?.pid !== pid) return;
  try {
    fs.rmSync(connectionFilePath(homeDir), { force: true });
  } catch {
    // Already gone, or the home went with it: nothing to undo.
  }
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
