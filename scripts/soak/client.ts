/**
 * One GraphQL call over HTTP, timed and recorded. Every call has a timeout: the service answers
 * TIMEOUT by itself after its request timeout, so no answer in twice that is a hang, and is counted
 * as CLIENT_TIMEOUT instead of stalling a client for the rest of the soak.
 */
import { defaultLimits } from '../../src/limits/limits.ts';

/** How one request ended: `ok`, or the first error's code (GraphQL code, `HTTP <status>`, NETWORK…). */
export interface Sample {
  op: string;
  write: boolean;
  startedAt: number;
  endedAt: number;
  outcome: string;
}

export interface Answer {
  data: Record<string, unknown> | undefined;
  outcome: string;
  startedAt: number;
  endedAt: number;
}

interface Reply {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

const callTimeoutMs = 2 * defaultLimits.requestTimeoutMs;

export type Call = (op: string, query: string, variables?: Record<string, unknown>) => Promise<Answer>;

/** A caller bound to the service's URL and token that appends a Sample per request to `samples`. */
export function makeCaller(url: string, token: string, samples: Sample[]): Call {
  return async (op, query, variables = {}) => {
    const startedAt = Date.now();
    let data: Record<string, unknown> | undefined;
    let outcome: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(callTimeoutMs),
      });
      const text = await response.text();
      let reply: Reply | undefined;
      try {
        reply = JSON.parse(text) as Reply;
      } catch {
        reply = undefined;
      }
      const code = reply?.errors?.[0]?.extensions?.code;
      if (reply?.errors?.length) outcome = code ?? 'UNKNOWN';
      else if (!response.ok || !reply?.data) outcome = `HTTP ${response.status}`;
      else outcome = 'ok';
      if (outcome === 'ok') data = reply!.data!;
    } catch (error) {
      outcome = (error as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
    }
    const endedAt = Date.now();
    samples.push({ op, write: query.trimStart().startsWith('mutation'), startedAt, endedAt, outcome });
    return { data, outcome, startedAt, endedAt };
  };
}
