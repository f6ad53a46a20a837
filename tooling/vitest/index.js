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
    // expect.poll gives up after 1 s by default: a browser page painting while every core runs another
    // package's tests (turbo runs them side by side in CI) can take longer than that and fail a correct page.
    expect: { poll: { timeout: 15_000 } },
  },
});
