// Plain ESM so vitest's config loader can import it from node_modules (it does not transpile
// workspace packages' TypeScript when bundling a vitest.config.ts).
import { defineConfig } from 'vitest/config';

/** Shared test settings: real files and real servers are slow to start, so allow generous timeouts. */
export const baseTestConfig = defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Tests over the real CSVs (ingesting them into PostgreSQL, classifying every real title) take 10-30 s on a
    // quiet machine and went past 60 s when turbo ran every package's tests side by side on two cores with other
    // work: what they check is the result, not the time (speed lives in `pnpm bench`).
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll gives up after 1 s by default: a browser page painting while every core runs another
    // package's tests (turbo runs them side by side in CI) can take longer than that and fail a correct page.
    expect: { poll: { timeout: 15_000 } },
  },
});
