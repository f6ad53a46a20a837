import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths the load, fault and fuzz tests share. */
const here = path.dirname(fileURLToPath(import.meta.url));

export const serverRoot = path.resolve(here, '../..');
export const repoRoot = path.resolve(serverRoot, '../..');
export const cliEntry = path.join(serverRoot, 'src/cli/index.ts');
export const realDataDir = path.resolve(repoRoot, '../shared/data/bytegenie');
export const hasRealData = ['event_info.csv', 'company_info.csv', 'people_info.csv'].every((f) =>
  existsSync(path.join(realDataDir, f)),
);
