import { defineConfig, mergeConfig } from 'vitest/config';

import { baseTestConfig } from '@musaeid/vitest-config';

// The engine's test files share nothing but read-only module state (the lexicons, WordNet, the real-data fixture
// built once per worker): isolating every file re-imported WordNet and rebuilt the fixture 131 times (import time
// 351 s of a 1,004 s suite in CI); sharing the modules within a worker runs the same 2,875 tests in less than half.
// The demo and real-data databases are built once per run by a globalSetup and shared by path (see
// src/testing/fixtureDatabases.ts): ingesting them again in every file that read them was most of the rest.
export default mergeConfig(
  baseTestConfig,
  defineConfig({ test: { isolate: false, globalSetup: ['src/testing/fixtureDatabases.ts'] } }),
);
