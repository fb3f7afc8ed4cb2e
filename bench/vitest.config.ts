import { defineConfig } from 'vitest/config';

// Benchmarks run with the tests' Neo4j provisioning but are not part of `npm test`: they print
// figures and never assert on time.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
