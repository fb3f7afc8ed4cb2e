/**
 * Builds the local Neo4j launcher (neo4j/pom.xml + dev.argmap.neo4j.LocalNeo4j) once into a git-ignored
 * cache, `.cache/neo4j/launcher-<neo4j version>/` under the repo root: `lib/` (Neo4j and its
 * dependencies, copied from Maven Central) plus `argmap-local-neo4j.jar`.
 *
 * The build runs into a temp dir that is renamed into place only after it finished and got its stamp
 * file, so an interrupted build is never mistaken for a finished one. A lock directory keeps two
 * processes from building at the same time (a lock whose owner died is taken over).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../shared/repo-root.ts';

/** Java or Maven is missing: the local server cannot be used. */
export class LocalNeo4jUnavailableError extends Error {
  constructor(reason: string) {
    super(
      `${reason}. argmap needs a Neo4j 5 server; three ways to get one: ` +
        `(1) point NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) at a running Neo4j 5; ` +
        `(2) install Docker and run \`docker compose up\` (tests then use testcontainers); ` +
        `(3) install Java 17+ and Maven 3.8+ (java and mvn on PATH) so argmap can build and run a local Neo4j itself.`,
    );
    this.name = 'LocalNeo4jUnavailableError';
  }
}

export interface LauncherBuild {
  /** Folder holding the dependency jars (use `<libDir>/*` on the class path). */
  libDir: string;
  /** Our launcher jar. */
  jar: string;
  neo4jVersion: string;
}

const STAMP = 'BUILD-OK.json';
const JAR = 'argmap-local-neo4j.jar';
const LOCK_WAIT_MS = 20 * 60_000;
/** A lock dir without an owner file older than this is considered abandoned. */
const LOCK_GRACE_MS = 10_000;

/** The Neo4j version pinned in neo4j/pom.xml (`<neo4j.version>`). */
export function pinnedNeo4jVersion(repoRoot: string): string {
  const pom = fs.readFileSync(path.join(repoRoot, 'neo4j', 'pom.xml'), 'utf8');
  const m = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new Error('neo4j/pom.xml has no <neo4j.version> property');
  return m[1];
}

/** The java executable: $JAVA_HOME/bin/java if present, else `java` from PATH. */
export function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const candidate = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (fs.existsSync(candidate)) return candidate;
  }
  return 'java';
}

/** Throws LocalNeo4jUnavailableError unless a Java 17+ runtime is on hand. */
export function checkJava(java: string = javaExecutable()): void {
  const r = spawnSync(java, ['-version'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.error) throw new LocalNeo4jUnavailableError(`Java was not found (\`${java} -version\` failed: ${r.error.message})`);
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new LocalNeo4jUnavailableError(
      `Java 17 or newer is required, found: ${text.split('\n')[0]?.trim() || 'unknown version'}`,
    );
  }
}

function checkMaven(mvn: string): void {
  const r = spawnSync(mvn, ['-v'], {
    encoding: 'utf8',
    timeout: 60_000,
    shell: process.platform === 'win32',
  });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jUnavailableError(
      `Maven was not found (\`${mvn} -v\` failed${r.error ? `: ${r.error.message}` : ` with exit code ${r.status}`})`,
    );
  }
}

/** Hash of the inputs (pom + Java sources): a changed launcher source triggers a rebuild. */
function sourceHash(repoRoot: string): string {
  const h = createHash('sha256');
  const base = path.join(repoRoot, 'neo4j');
  const files: string[] = ['pom.xml'];
  const walk = (rel: string): void => {
    const abs = path.join(base, rel);
    if (!fs.existsSync(abs)) return;
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(r);
      else if (entry.name.endsWith('.java')) files.push(r);
    }
  };
  walk(path.join('src', 'main'));
  for (const f of files.sort()) {
    h.update(f.split(path.sep).join('/'))
      .update('\0')
      .update(fs.readFileSync(path.join(base, f)))
      .update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

function isBuilt(dir: string, hash: string): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8')) as {
      sourceHash?: string;
    };
    return stamp.sourceHash === hash && fs.existsSync(path.join(dir, JAR)) && fs.existsSync(path.join(dir, 'lib'));
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Takes the lock dir; returns its release function. Waits while another live process holds it. */
async function acquireLock(lockDir: string, log: (msg: string) => void): Promise<() => void> {
  const owner = path.join(lockDir, 'owner');
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(owner, String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let stale: boolean;
    try {
      const pid = Number(fs.readFileSync(owner, 'utf8').trim());
      stale = !(pid > 0) || !pidAlive(pid);
    } catch {
      try {
        stale = Date.now() - fs.statSync(lockDir).mtimeMs > LOCK_GRACE_MS;
      } catch {
        continue; // the lock vanished meanwhile: retry at once
      }
    }
    if (stale) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the launcher build lock ${lockDir}`);
    if (!announced) {
      log('another process is building the local Neo4j launcher; waiting for it…');
      announced = true;
    }
    await sleep(500);
  }
}

/** Temp dirs of builds whose process died (e.g. killed mid-download). Called under the lock. */
function removeAbandonedBuilds(cacheDir: string): void {
  for (const name of fs.readdirSync(cacheDir)) {
    const m = /^launcher-.+\.(?:tmp|old)-(\d+)-[0-9a-f]+$/.exec(name);
    if (m && !pidAlive(Number(m[1]))) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

function runMaven(mvn: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => reject(new LocalNeo4jUnavailableError(`Maven could not be run (${e.message})`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const tail = output.trim().split('\n').slice(-25).join('\n');
        reject(new Error(`building the local Neo4j launcher failed (mvn exit ${code ?? signal}):\n${tail}`));
      }
    });
  });
}

/**
 * Returns the built launcher, building it first if needed (first run only: downloads Neo4j from Maven
 * Central). Needs Java 17+; needs Maven only when a build is due.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}): Promise<LauncherBuild> {
  const root = repoRoot;
  const neo4jVersion = pinnedNeo4jVersion(root);
  const cacheDir = path.join(root, '.cache', 'neo4j');
  const finalDir = path.join(cacheDir, `launcher-${neo4jVersion}`);
  const result: LauncherBuild = {
    libDir: path.join(finalDir, 'lib'),
    jar: path.join(finalDir, JAR),
    neo4jVersion,
  };
  const hash = sourceHash(root);
  if (isBuilt(finalDir, hash)) return result;

  const mvn = process.env.MAVEN_CMD || 'mvn';
  checkJava();
  checkMaven(mvn);
  fs.mkdirSync(cacheDir, { recursive: true });
  const release = await acquireLock(path.join(cacheDir, `launcher-${neo4jVersion}.lock`), log);
  try {
    if (isBuilt(finalDir, hash)) return result; // another process built it while we waited
    removeAbandonedBuilds(cacheDir);
    const tmp = path.join(cacheDir, `launcher-${neo4jVersion}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    log(
      `building the local Neo4j ${neo4jVersion} launcher (first run only, downloads ~170 MB from ` +
        `Maven Central into ~/.m2; 1-3 minutes)…`,
    );
    const started = Date.now();
    try {
      await runMaven(
        mvn,
        [
          '-B',
          '-q',
          '-f',
          path.join(root, 'neo4j', 'pom.xml'),
          `-Dargmap.buildDir=${tmp}`,
          'package',
          'dependency:copy-dependencies',
        ],
        root,
      );
      for (const leftover of ['classes', 'generated-sources', 'maven-status', 'maven-archiver']) {
        fs.rmSync(path.join(tmp, leftover), { recursive: true, force: true });
      }
      fs.writeFileSync(
        path.join(tmp, STAMP),
        JSON.stringify({ neo4jVersion, sourceHash: hash, builtAt: new Date().toISOString() }, null, 2) + '\n',
      );
      if (fs.existsSync(finalDir)) {
        // An outdated build (launcher sources changed): move it aside, then swap in the new one.
        const old = `${finalDir}.old-${process.pid}-${randomBytes(4).toString('hex')}`;
        fs.renameSync(finalDir, old);
        fs.renameSync(tmp, finalDir);
        fs.rmSync(old, { recursive: true, force: true });
      } else {
        fs.renameSync(tmp, finalDir);
      }
    } catch (e) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    log(`local Neo4j launcher built in ${Math.round((Date.now() - started) / 1000)} s (${finalDir})`);
    return result;
  } finally {
    release();
  }
}
