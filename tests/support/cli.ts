/** Runs the real `argmap` command line in a child process, as a user would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from '../../src/shared/repo-root.ts';

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for the CLI: the caller's, minus anything that would point it elsewhere. */
export function cliEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json', ARGMAP_SEED: 'false', ...overrides };
  // NODE_ENV=test (set by vitest) changes Apollo's behaviour; the CLI must run as a user runs it.
  for (const name of ['NODE_ENV', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    if (!(name in overrides)) delete env[name];
  }
  return env;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [`${repoRoot}/bin/argmap.js`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the CLI to completion (it must end by itself within the test's timeout). */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliOutcome> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves with stdout's lines up to and including the first that matches, e.g. "serving". */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let errors = '';
    child.stderr?.on('data', (chunk) => (errors += chunk));
    child.stdout!.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      const index = lines.findIndex((candidate) => pattern.test(candidate));
      if (index >= 0) resolve(lines.slice(0, index + 1));
    });
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}; output: ${buffered}; stderr: ${errors}`)),
    );
  });
}
