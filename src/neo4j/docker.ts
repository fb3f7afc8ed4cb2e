/**
 * Neo4j in Docker through testcontainers, for machines with a Docker engine. Loaded lazily so that
 * machines without Docker never pay for importing it.
 */
import { existsSync } from 'node:fs';
import type { Neo4jConnection } from './database.ts';
import { LOCAL_NEO4J_SETTINGS } from './local-server.ts';

export const neo4jImage = 'neo4j:5.26-community';

/** A cheap look for an engine before asking testcontainers, which is slow to give up. */
export async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function startNeo4jContainer(): Promise<{ connection: Neo4jConnection; stop: () => Promise<void> }> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(neo4jImage)
    .withEnvironment({
      NEO4J_server_memory_heap_max__size: '2G',
      NEO4J_server_memory_pagecache_size: '512M',
      // The local launcher's transaction memory limits, in the image's env form (`.` → `_`, `_` → `__`).
      ...Object.fromEntries(
        Object.entries(LOCAL_NEO4J_SETTINGS).map(([name, value]) => [
          `NEO4J_${name.replace(/_/g, '__').replace(/\./g, '_')}`,
          value,
        ]),
      ),
    })
    .start();
  return {
    connection: { uri: container.getBoltUri(), username: container.getUsername(), password: container.getPassword() },
    stop: async () => {
      await container.stop();
    },
  };
}
