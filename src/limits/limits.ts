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
}

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
};
