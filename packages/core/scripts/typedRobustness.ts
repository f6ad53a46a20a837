/**
 * How often a question typed as users type compiles to the same SQL as the clean question, by typing operator
 * (`src/generate/offline/robustness/typedQuestions.ts`). Clean questions: the corpus's own, and the questions of any
 * JSON-lines files given (each line's "question"; follow-ups with a context are left out).
 *
 *   npx tsx scripts/typedRobustness.ts --db /tmp/eval.db [--as-of 2024-07-15] [--variants 3] [--misses] [file.jsonl ...]
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { OfflineSqlGenerator } from '../src/generate/offline/OfflineSqlGenerator';
import { CLEAN_QUESTIONS, measureTyping, typingTable } from '../src/generate/offline/robustness/typedQuestions';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args.splice(k, 2)[1] : undefined;
};
const db = option('--db');
const asOf = option('--as-of') ?? '2024-07-15';
const variants = Number(option('--variants') ?? '3');
const misses = args.includes('--misses');
const files = args.filter((a) => !a.startsWith('--'));
if (!db) throw new Error('--db <sqlite file> is required');
const gen = OfflineSqlGenerator.create({ db: new Database(db, { readonly: true }) });
const fromFiles = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { question: string; context?: string[] })
    .filter((q) => (q.context ?? []).length === 0)
    .map((q) => q.question),
);
for (const [label, questions] of [
  ['own sentences', CLEAN_QUESTIONS],
  ...(fromFiles.length > 0 ? [['given files', fromFiles] as const] : []),
] as const) {
  const outcomes = measureTyping(gen, questions, { asOf, seed: 27, variants });
  console.log(`${label}: ${outcomes.length} typed versions\n${typingTable(outcomes)}\n`);
  if (misses)
    for (const o of outcomes.filter((x) => !x.same)) console.log(`  [${o.operator}] ${o.typed} => ${o.status}`);
}
