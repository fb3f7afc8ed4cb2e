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
  },
});
