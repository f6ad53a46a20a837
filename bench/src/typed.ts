/**
 * `pnpm bench typed [--real] [--questions file.jsonl] [--misses] [--json]`: how often a question typed as users type
 * (a letter swapped, dropped, doubled or struck as its neighbour; a short word slipped; lower case; no apostrophes;
 * chat shorthand) compiles to the same SQL as its clean wording, by typing operator. Clean questions: the corpus's own,
 * and those of a JSON-lines file (each line's "question"; follow-ups with a context left out). Demo data, or the real
 * CSVs with --real.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { measureTypedQuestions } from '@musaeid/core';
import { ingestCsvFolder, seedDemoDatabase } from '@musaeid/db';
import { realDataDir } from '@musaeid/testkit';
const AS_OF = '2024-07-15';

function questionsOf(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { question: string; context?: string[] })
    .filter((q) => (q.context ?? []).length === 0)
    .map((q) => q.question);
}

export async function benchTyped(opts: { json: boolean }): Promise<void> {
  const args = process.argv;
  const real = args.includes('--real');
  const at = args.indexOf('--questions');
  const file = at >= 0 ? args[at + 1] : undefined;
  if (real && !fs.existsSync(path.join(realDataDir, 'people_info.csv')))
    throw new Error(`--real: ${realDataDir} not found`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-bench-typed-'));
  try {
    const dbFile = path.join(dir, 'typed.db');
    if (real) await ingestCsvFolder({ from: realDataDir, db: dbFile });
    else await seedDemoDatabase({ db: dbFile, seed: 7, people: 1500, today: AS_OF });
    const db = new Database(dbFile, { readonly: true });
    try {
      const report = measureTypedQuestions(db, { asOf: AS_OF, questions: file ? questionsOf(file) : [] });
      const all = [...report.own, ...report.given];
      if (opts.json) {
        console.log(
          JSON.stringify({
            suite: 'typed',
            data: real ? 'real' : 'demo',
            typed: all.length,
            same: all.filter((o) => o.same).length,
          }),
        );
        return;
      }
      console.log(`data: ${real ? 'the real CSVs' : 'demo data (seed 7, 1,500 people)'}; as of ${AS_OF}`);
      console.log(report.text);
      if (args.includes('--misses'))
        for (const o of all.filter((x) => !x.same)) console.log(`  [${o.operator}] ${o.typed} => ${o.status}`);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
