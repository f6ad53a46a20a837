// Imported by relative path: vitest bundles the config with esbuild and only inlines files outside node_modules,
// so the workspace package '@musaeid/vitest-config' (TypeScript source) would be loaded by bare Node and fail.
import { baseTestConfig } from '../../tooling/vitest/index';

export default baseTestConfig;
