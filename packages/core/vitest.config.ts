import { defineConfig } from 'vitest/config';

// Same settings as @musaeid/vitest-config (tooling/vitest), inlined: Node cannot load that
// package's .ts entry when vitest bundles this config (ERR_UNKNOWN_FILE_EXTENSION).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
