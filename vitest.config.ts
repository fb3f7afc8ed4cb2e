import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Finds or starts one Neo4j for the whole run (see tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // The first run builds the local Neo4j launcher from Maven Central.
    teardownTimeout: 60_000,
    // graphql-ws loaded by Node itself would import graphql's CommonJS build while our code, run by
    // vitest, gets its ES module build: two graphql-js copies that reject each other's schema and
    // errors. Inlined, graphql-ws shares ours, as it does outside tests (where Node loads one copy).
    server: { deps: { inline: ['graphql-ws'] } },
  },
});
