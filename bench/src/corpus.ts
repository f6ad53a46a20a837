/**
 * `pnpm bench corpus [--real] [--json]`: the offline parser on the whole robustness corpus (issue 12 section 4),
 * on demo data (the test runs every other case of the same corpus), or on the real CSVs with --real. Prints the
 * recovery rate by operator, template and date phrasing, and the honesty rate (unknown words injected).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { measureRobustness, ROBUSTNESS_TARGET } from '@musaeid/core';
import { ingestCsvFolder, seedDemoDatabase } from '@musaeid/db';
import { realDataDir } from '@musaeid/testkit';
const AS_OF = '2024-07-15';

export async function benchCorpus(opts: { json: boolean }): Promise<void> {
  const real = process.argv.includes('--real');
  if (real && !fs.existsSync(path.join(realDataDir, 'people_info.csv')))
    throw new Error(`--real: ${realDataDir} not found`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-bench-corpus-'));
  try {
    const file = path.join(dir, 'corpus.db');
    // the same demo database as the offline generator's tests (fixed seed, today = AS_OF)
    if (real) await ingestCsvFolder({ from: realDataDir, db: file });
    else await seedDemoDatabase({ db: file, seed: 7, people: 1500, today: AS_OF });
    const db = new Database(file, { readonly: true });
    try {
      const report = measureRobustness(db, { asOf: AS_OF, sample: 'all' });
      if (opts.json) {
        console.log(
          JSON.stringify({
            suite: 'corpus',
            data: real ? 'real' : 'demo',
            pairs: report.corpus.length,
            asked: report.outcomes.length,
            honestyAsked: report.honesty.length,
            rates: report.rates,
            firstCorpus: report.firstCorpus,
            addedLater: report.addedLater,
            target: ROBUSTNESS_TARGET,
            ms: Math.round(report.ms),
          }),
        );
      } else {
        console.log(`data: ${real ? 'the real CSVs' : 'demo data (seed 7, 1,500 people)'}; as of ${AS_OF}`);
        console.log(report.text);
        console.log(
          `recovered ${(100 * report.rates.recovered).toFixed(1)}% (exact IR ${(100 * report.rates.exact).toFixed(1)}%), honest ${(100 * report.rates.honest).toFixed(1)}%, target ${ROBUSTNESS_TARGET * 100}%; first corpus ${(100 * report.firstCorpus.recovered).toFixed(1)}%, added later ${(100 * report.addedLater.recovered).toFixed(1)}%; ${(report.ms / 1000).toFixed(1)} s`,
        );
      }
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
