/**
 * Finds or starts the Neo4j that argmap talks to, in one order everywhere (service, tests, CLI):
 *  1. NEO4J_URI given → that server; nothing is started.
 *  2. otherwise a Docker engine answers → a `neo4j:5.26-community` container (testcontainers).
 *  3. otherwise → the local Neo4j 5.26 built from Maven Central by our Java launcher (neo4j/): the one
 *     already running on the home when another argmap process started it (local-neo4j-on-home.ts),
 *     else a new one that this process owns.
 * When none is possible, one error says the three ways out.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { repoRoot } from '../shared/repo-root.ts';
import type { Neo4jConnection } from './database.ts';
import { LocalNeo4jUnavailableError } from './local-server.ts';
import { useOrStartLocalNeo4j } from './local-neo4j-on-home.ts';
import { dockerAnswers, startNeo4jContainer } from './docker.ts';

/** 'local-running': the local Neo4j another argmap process started on the same home (not ours to stop). */
export type Neo4jOrigin = 'configured' | 'docker' | 'local' | 'local-running';

export interface ProvisionedNeo4j {
  connection: Neo4jConnection;
  origin: Neo4jOrigin;
  /** Stops what was started here; a no-op for a configured server. */
  stop(): Promise<void>;
}

export interface ProvisionOptions {
  configured: Neo4jConnection | undefined;
  /** Data folder of a local server (and name seed of a reusable container). */
  localHome: string;
  /** 'auto' follows the order above; the others force one way (ARGMAP_NEO4J_PROVIDER). */
  provider?: 'auto' | 'docker' | 'local';
  log: (message: string) => void;
}

export class Neo4jUnavailableError extends Error {
  constructor(reason: string) {
    super(
      `no Neo4j available (${reason}). Either set NEO4J_URI (and NEO4J_PASSWORD) to a running Neo4j 5, ` +
        'or start a Docker engine (then argmap runs neo4j:5.26-community; `docker compose up` does the same), ' +
        'or install Java 17+ and Maven so argmap can build and start a local Neo4j itself',
    );
  }
}

export async function provisionNeo4j(options: ProvisionOptions): Promise<ProvisionedNeo4j> {
  if (options.configured) return { connection: options.configured, origin: 'configured', stop: async () => {} };
  const provider = options.provider ?? 'auto';
  if (provider === 'docker' || (provider === 'auto' && (await dockerAnswers()))) {
    options.log('starting Neo4j in Docker (neo4j:5.26-community)');
    const container = await startNeo4jContainer();
    return { connection: container.connection, origin: 'docker', stop: container.stop };
  }
  try {
    const server = await useOrStartLocalNeo4j(options.localHome, options.log);
    return { connection: server.connection, origin: server.started ? 'local' : 'local-running', stop: server.stop };
  } catch (error) {
    if (error instanceof LocalNeo4jUnavailableError) throw new Neo4jUnavailableError(error.message);
    throw error;
  }
}

/** The provisioning a command asks for with its configuration (NEO4J_*, ARGMAP_NEO4J_*). */
export function provisionFromConfig(
  config: { neo4j: Neo4jConnection | undefined; localNeo4jHome: string; neo4jProvider: 'auto' | 'docker' | 'local' },
  log: (message: string) => void,
): Promise<ProvisionedNeo4j> {
  return provisionNeo4j({ configured: config.neo4j, localHome: config.localNeo4jHome, provider: config.neo4jProvider, log });
}

/**
 * The provisioning of a run that must see no other run's data (the test run, the docs' example
 * answers): as provisionFromConfig, but a local server gets a fresh data folder
 * `.cache/neo4j/<prefix>-XXXXXX`, which `stop` removes after the server.
 */
export async function provisionScratchNeo4j(
  config: { neo4j: Neo4jConnection | undefined; neo4jProvider: 'auto' | 'docker' | 'local' },
  prefix: string,
  log: (message: string) => void,
): Promise<ProvisionedNeo4j> {
  mkdirSync(`${repoRoot}/.cache/neo4j`, { recursive: true });
  const localHome = mkdtempSync(`${repoRoot}/.cache/neo4j/${prefix}-`);
  const neo4j = await provisionNeo4j({ configured: config.neo4j, localHome, provider: config.neo4jProvider, log }).catch(
    (error: unknown) => {
      rmSync(localHome, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    ...neo4j,
    stop: async () => {
      await neo4j.stop();
      rmSync(localHome, { recursive: true, force: true });
    },
  };
}
