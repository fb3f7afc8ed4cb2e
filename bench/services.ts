/**
 * The processes under test: argmap's own `serve` command and the @neo4j/graphql peer, each a child
 * Node process so that each one's peak RSS is its own. Both run compiled JavaScript, as a deployment
 * would (`npm run build`, then `node dist/cli/main.js serve`), not through tsx: tsx's loader hooks
 * and source maps cost about 85 MB of RSS at start and 10-15 % of the latency of a large answer.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { build } from 'esbuild';
import type { Neo4jConnection } from '../src/neo4j/database.ts';
import { repoRoot } from '../src/shared/repo-root.ts';

export interface Service {
  name: string;
  url: string;
  pid: number;
  /** Peak resident set size so far, in MB (VmHWM of /proc/<pid>/status). */
  peakRssMb(): number;
  /** Current resident set size, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : NaN;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 120 s:\n${output()}`);
}

/** The two entry points, compiled: argmap by its own build (`npm run build`), the peer bundled by esbuild. */
export async function buildServices(): Promise<{ argmap: string; peer: string }> {
  await promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: repoRoot,
  }).catch((error: { stdout?: string }) => {
    throw new Error(`npm run build failed:\n${error.stdout ?? String(error)}`);
  });
  // Two folders below the repository, like src/shared/repo-root.ts, so that its `../../` resolves.
  const peer = `${repoRoot}/.cache/bench/peer-server.mjs`;
  await build({
    entryPoints: [`${repoRoot}/bench/peer/server.ts`],
    outfile: peer,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  return { argmap: `${repoRoot}/dist/cli/main.js`, peer };
}

export async function startService(name: string, script: string[], env: Record<string, string>, url: string): Promise<Service> {
  // No heap cap: one of 256 MB killed a service under 64 concurrent 1.7 MB answers (bench/README.md).
  const child = spawn(process.execPath, script, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await waitFor(url, child, () => output);
  return {
    name,
    url,
    pid: child.pid!,
    peakRssMb: () => status(child.pid!, 'VmHWM'),
    rssMb: () => status(child.pid!, 'VmRSS'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

export function neo4jEnv(connection: Neo4jConnection): Record<string, string> {
  return { NEO4J_URI: connection.uri, NEO4J_USERNAME: connection.username, NEO4J_PASSWORD: connection.password };
}

/** A GraphQL call over HTTP that fails loudly on errors (a benchmark of wrong answers is worthless). */
export function graphqlCall(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): () => Promise<unknown> {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return async () => {
    const response = await fetch(url, { method: 'POST', headers, body });
    const result = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (result.errors?.length) throw new Error(`${url}: ${result.errors.map((e) => e.message).join('; ')}`);
    return result.data;
  };
}

/** A port nothing listens on now (so two runs on one machine never answer each other's requests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
