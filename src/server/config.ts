/**
 * Reads and validates the environment once, at start-up. A bad value is a ConfigError whose message
 * names the variable, so the CLI can print one line and exit instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultTokenCacheMs } from '../auth/authenticate.ts';
import { defaultLimits, type Limits } from '../limits/limits.ts';
import type { LogFormat } from '../shared/logger.ts';
import { repoRoot } from '../shared/repo-root.ts';

export class ConfigError extends Error {}

export interface Config {
  host: string;
  port: number;
  /** Set when the user points argmap at a server of their own; then nothing is started. */
  neo4j: { uri: string; username: string; password: string; database: string | undefined } | undefined;
  /** Where a Neo4j started by argmap keeps its data, so maps survive restarts. */
  localNeo4jHome: string;
  /** How to get a Neo4j when NEO4J_URI is unset: 'auto' tries Docker, then the local launcher. */
  neo4jProvider: 'auto' | 'docker' | 'local';
  loadSeedMap: boolean;
  /** Neo4j stops any read transaction that runs longer (ARGMAP_QUERY_TIMEOUT_MS). */
  queryTimeoutMs: number;
  logLevel: string;
  logFormat: LogFormat;
  /** Serve the GraphiQL explorer at GET /graphql and the map pages at /maps (ARGMAP_EXPLORER). */
  explorer: boolean;
  /** Answer introspection queries; switch off in production to hide the schema (ARGMAP_INTROSPECTION). */
  introspection: boolean;
  /** Who may read (ARGMAP_READS): everyone, or only callers with a token. Writes always need one. */
  reads: 'public' | 'token';
  /** Print a one-time admin token at start-up when no admin token exists (ARGMAP_BOOTSTRAP_TOKEN). */
  bootstrapToken: boolean;
  /** Browser origins allowed to call the API cross-origin (ARGMAP_CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /** How long a token lookup serves reads; writes always look afresh (ARGMAP_TOKEN_CACHE_MS, 0: never). */
  tokenCacheMs: number;
  limits: Limits;
  /** Subscriptions (docs/live.md). */
  live: LiveConfig;
}

export interface LiveConfig {
  /** How often the follower reads the audit trail for subscribers (ARGMAP_CHANGE_POLL_MS). */
  pollMs: number;
  /** Subscriptions one WebSocket connection may hold (ARGMAP_SUBSCRIPTIONS_PER_CONNECTION). */
  perConnection: number;
  /** Subscriptions one token (or anonymous address) may hold (ARGMAP_SUBSCRIPTIONS_PER_TOKEN). */
  perToken: number;
}

export const defaultLive: LiveConfig = { pollMs: 250, perConnection: 10, perToken: 50 };

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Config {
  return {
    host: readHost(env),
    port: readPort(env, 'ARGMAP_PORT', 4000),
    neo4j: readNeo4j(env),
    localNeo4jHome: resolve(env.ARGMAP_NEO4J_HOME ?? `${repoRoot}/.cache/neo4j/home`),
    neo4jProvider: readChoice(env, 'ARGMAP_NEO4J_PROVIDER', ['auto', 'docker', 'local'], 'auto'),
    loadSeedMap: readBoolean(env, 'ARGMAP_SEED', true),
    queryTimeoutMs: readPositiveInteger(env, 'ARGMAP_QUERY_TIMEOUT_MS', 20_000),
    logLevel: readChoice(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    logFormat: readChoice(env, 'LOG_FORMAT', ['json', 'pretty'], process.stdout.isTTY ? 'pretty' : 'json'),
    explorer: readBoolean(env, 'ARGMAP_EXPLORER', true),
    introspection: readBoolean(env, 'ARGMAP_INTROSPECTION', true),
    reads: readChoice(env, 'ARGMAP_READS', ['public', 'token'], 'public'),
    bootstrapToken: readBoolean(env, 'ARGMAP_BOOTSTRAP_TOKEN', true),
    corsOrigins: readOrigins(env),
    tokenCacheMs: readWholeNumber(env, 'ARGMAP_TOKEN_CACHE_MS', defaultTokenCacheMs),
    limits: readLimits(env),
    live: {
      pollMs: readPositiveInteger(env, 'ARGMAP_CHANGE_POLL_MS', defaultLive.pollMs),
      perConnection: readPositiveInteger(env, 'ARGMAP_SUBSCRIPTIONS_PER_CONNECTION', defaultLive.perConnection),
      perToken: readPositiveInteger(env, 'ARGMAP_SUBSCRIPTIONS_PER_TOKEN', defaultLive.perToken),
    },
  };
}

function readLimits(env: Env): Limits {
  const trusted = env.ARGMAP_TRUSTED_DOCUMENTS;
  if (trusted && !existsSync(trusted)) throw new ConfigError(`ARGMAP_TRUSTED_DOCUMENTS "${trusted}" is not a file`);
  return {
    maxDepth: readPositiveInteger(env, 'ARGMAP_MAX_DEPTH', defaultLimits.maxDepth),
    maxAliases: readPositiveInteger(env, 'ARGMAP_MAX_ALIASES', defaultLimits.maxAliases),
    maxDirectives: readPositiveInteger(env, 'ARGMAP_MAX_DIRECTIVES', defaultLimits.maxDirectives),
    maxTokens: readPositiveInteger(env, 'ARGMAP_MAX_TOKENS', defaultLimits.maxTokens),
    maxCost: readPositiveInteger(env, 'ARGMAP_MAX_COST', defaultLimits.maxCost),
    maxBodyBytes: readPositiveInteger(env, 'ARGMAP_MAX_BODY_BYTES', defaultLimits.maxBodyBytes),
    requestTimeoutMs: readPositiveInteger(env, 'ARGMAP_REQUEST_TIMEOUT_MS', defaultLimits.requestTimeoutMs),
    persistedQueries: readBoolean(env, 'ARGMAP_APQ', defaultLimits.persistedQueries),
    trustedDocumentsFile: trusted ? resolve(trusted) : undefined,
    admission: {
      capacity: readPositiveInteger(env, 'ARGMAP_ADMISSION_CAPACITY', defaultLimits.admission.capacity),
      queue: readWholeNumber(env, 'ARGMAP_ADMISSION_QUEUE', defaultLimits.admission.queue),
      waitMs: readWholeNumber(env, 'ARGMAP_ADMISSION_WAIT_MS', defaultLimits.admission.waitMs),
    },
    rate: {
      tokenPoints: readWholeNumber(env, 'ARGMAP_RATE_TOKEN_POINTS', defaultLimits.rate.tokenPoints),
      addressPoints: readWholeNumber(env, 'ARGMAP_RATE_ADDRESS_POINTS', defaultLimits.rate.addressPoints),
      windowSeconds: readPositiveInteger(env, 'ARGMAP_RATE_WINDOW_S', defaultLimits.rate.windowSeconds),
    },
  };
}

function readOrigins(env: Env): string[] {
  const raw = env.ARGMAP_CORS_ORIGINS ?? '';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(origin) && !/^https?:\/\/\[[0-9a-fA-F:]+\](:\d+)?$/.test(origin)) {
      throw new ConfigError(`ARGMAP_CORS_ORIGINS entry "${origin}" must be an origin like https://maps.example.org`);
    }
  }
  return origins;
}

function readHost(env: Env): string {
  const host = env.ARGMAP_HOST ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError(`ARGMAP_HOST "${host}" is not a host name or IP address`);
  return host;
}

export function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} "${raw}" is not a port number (0-65535)`);
  }
  return port;
}

function readPositiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} "${raw}" must be a positive whole number`);
  return value;
}

function readWholeNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} "${raw}" must be a whole number (0 or more)`);
  return value;
}

function readNeo4j(env: Env): Config['neo4j'] {
  const uri = env.NEO4J_URI;
  if (!uri) return undefined;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError(`NEO4J_URI "${uri}" must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)`);
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined) throw new ConfigError('NEO4J_PASSWORD must be set when NEO4J_URI is set');
  return { uri, username: env.NEO4J_USERNAME ?? 'neo4j', password, database: env.NEO4J_DATABASE || undefined };
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} "${raw}" must be true or false`);
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!choices.includes(raw as T)) throw new ConfigError(`${name} "${raw}" must be one of ${choices.join(', ')}`);
  return raw as T;
}
