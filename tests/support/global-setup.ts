/**
 * One Neo4j for the whole test run, found or started in the service's order: NEO4J_URI, else
 * Docker (testcontainers), else the local launcher with its own data folder. Test files share the
 * one database and isolate themselves by data: each writes only maps with ids of its own
 * (tests/support/api.ts `uniqueMapId`); the seed maps are loaded here, once, and only read by tests.
 */
import type { TestProject } from 'vitest/node';
import { loadSeedFactChecks } from '../../src/fact-checks/seed-fact-checks.ts';
import { loadSeedMaps } from '../../src/maps/seed.ts';
import { Database, type Neo4jConnection } from '../../src/neo4j/database.ts';
import { applyMigrations } from '../../src/neo4j/migrations.ts';
import { provisionScratchNeo4j } from '../../src/neo4j/provision.ts';
import { readConfig } from '../../src/server/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject) {
  const config = readConfig();
  // A fresh data folder per run: runs never see each other's data or contend for the store lock.
  const neo4j = await provisionScratchNeo4j(config, 'test-run', (message) => console.log(`[neo4j] ${message}`));
  const db = await Database.connect(neo4j.connection);
  try {
    await applyMigrations(db);
    await loadSeedMaps(db);
    await loadSeedFactChecks(db);
  } finally {
    await db.close();
  }
  console.log(`[neo4j] tests use ${neo4j.origin} Neo4j at ${neo4j.connection.uri}`);
  project.provide('neo4j', neo4j.connection);
  return async () => {
    await neo4j.stop();
  };
}
