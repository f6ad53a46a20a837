import { baseTestConfig } from '@musaeid/vitest-config';
import { defineConfig, mergeConfig } from 'vitest/config';

export default mergeConfig(
  baseTestConfig,
  defineConfig({
    test: {
      // One live server (`musaeid serve` on 127.0.0.1 with a temp database) for all test files.
      globalSetup: ['test/globalSetup.ts'],
    },
  }),
);
