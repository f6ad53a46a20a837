// The shared settings by relative path: vitest's config loader bundles relative imports but leaves
// workspace packages to Node, which cannot load @musaeid/vitest-config's .ts source.
import { defineConfig, mergeConfig } from 'vitest/config';

import { baseTestConfig } from '../../tooling/vitest/index.js';

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    test: {
      // One live server (`musaeid serve` on 127.0.0.1 with a temp database) for all test files.
      globalSetup: ['test/globalSetup.ts'],
    },
  }),
);
