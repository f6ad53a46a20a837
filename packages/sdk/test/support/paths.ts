import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const sdkRoot = path.resolve(here, '../..');
export const repoRoot = path.resolve(sdkRoot, '../..');
export const serverRoot = path.join(repoRoot, 'apps/server');
export const serverCli = path.join(serverRoot, 'src/cli/index.ts');
export const exampleRoot = path.join(repoRoot, 'examples/node-app');
