// Imported by relative path: vitest's default config loader bundles relative imports but leaves
// workspace packages to Node, which cannot load the shared config's .ts source.
import { baseTestConfig } from '../../tooling/vitest/index.js';

export default baseTestConfig;
