// Plain ESM so vitest's config loader can import it from node_modules (it does not transpile
// workspace packages' TypeScript when bundling a vitest.config.ts).
import { defineConfig } from 'vitest/config';

/** Shared test settings: real files and real servers are slow to start, so allow generous timeouts. */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
