import type { AdmissionSettings } from './admission.ts';
import type { RateLimitSettings } from './rate-limit.ts';

/**
 * Every abuse limit in one shape, with its default. Read from the environment by
 * server/config.ts; the README's "Security and limits" section lists the same names.
 */
export interface Limits {
  /** ARGMAP_MAX_DEPTH: fields nested in one operation. */
  maxDepth: number;
  /** ARGMAP_MAX_ALIASES: aliases in one document. */
  maxAliases: number;
  /** ARGMAP_MAX_DIRECTIVES: directives in one document. */
  maxDirectives: number;
  /** ARGMAP_MAX_TOKENS: lexical tokens in one document (checked while parsing). */
  maxTokens: number;
  /** ARGMAP_MAX_COST: estimated cost of one operation (see operation-cost.ts). */
  maxCost: number;
  /** ARGMAP_MAX_BODY_BYTES: size of a request body. */
  maxBodyBytes: number;
  /** ARGMAP_REQUEST_TIMEOUT_MS: time to answer one request, after which it is TIMEOUT. */
  requestTimeoutMs: number;
  /** ARGMAP_APQ: automatic persisted queries (hash-only requests after a first full one). */
  persistedQueries: boolean;
  /** ARGMAP_TRUSTED_DOCUMENTS: a manifest file; when set, no other operation runs. */
  trustedDocumentsFile: string | undefined;
  /** ARGMAP_ADMISSION_*: expensive operations running at once, and how long others wait (admission.ts). */
  admission: AdmissionSettings;
  /** ARGMAP_RATE_*: points per token and per address (rate-limit.ts). */
  rate: RateLimitSettings;
}

/** Rate limits off (tests and benchmarks that send many requests from one address on purpose). */
export const noRateLimits: RateLimitSettings = { tokenPoints: 0, addressPoints: 0, windowSeconds: 60 };

export const defaultLimits: Limits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  // About three times the costliest query of the test suite (a page of 50 claims, three lists deep).
  maxCost: 250_000,
  maxBodyBytes: 10 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  persistedQueries: true,
  trustedDocumentsFile: undefined,
  // 10,000 cost units: six of the benchmark's depth-6 dependentClaims (cost 1,621; 3.3 MB and ~400k
  // db hits each on the 100k map) at once, which a 2 GiB Neo4j holds under its transaction memory
  // limits and two cores work through; a page of 50 claims three lists deep (cost 184,051) runs
  // alone. The wait stays well below requestTimeoutMs, so that a queued request is refused before
  // its deadline answers it.
  admission: { capacity: 10_000, queue: 100, waitMs: 10_000 },
  // Per minute: 1,200 points for a token (20 cheap reads a second, or 2 writes a second), 600 for
  // an address without one.
  rate: { tokenPoints: 1_200, addressPoints: 600, windowSeconds: 60 },
};
