import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the repository's parts, for tests and benchmarks in any package. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const serverRoot = path.join(repoRoot, 'apps/server');
export const cliEntry = path.join(serverRoot, 'src/cli/index.ts');
export const sdkRoot = path.join(repoRoot, 'packages/sdk');
export const exampleRoot = path.join(repoRoot, 'examples/node-app');

/** The original CSVs, beside the repository (never committed). */
export const realDataDir = path.resolve(repoRoot, '../shared/data/bytegenie');
export const REAL_CSV_FILES = ['event_info.csv', 'company_info.csv', 'people_info.csv'] as const;
export const hasRealData = REAL_CSV_FILES.every((file) => existsSync(path.join(realDataDir, file)));

/** The evaluation questions, beside the repository. */
export const evalFile = path.resolve(repoRoot, '../shared/eval/dev.jsonl');

/** Says visibly, once per suite, that the real-data tests of `what` are skipped. */
export function warnIfNoRealData(what: string): void {
  if (!hasRealData) console.warn(`SKIPPED: real-data tests of ${what}: the CSVs are not at ${realDataDir}`);
}
