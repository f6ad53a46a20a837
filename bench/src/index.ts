/**
 * `pnpm bench [ingest|engine|server|corpus|typed] [--json] [--glossary=N] [--examples=N] [--people N [--rounds N] [--postgres [--database-url URL]]]`: runs one benchmark suite, or
 * all of them (`--glossary=N`: the engine suite asks with a glossary of N terms; `--examples=N`: it ranks N
 * verified examples per question, BM25 alone and fused with embeddings, default 1,000, 0 to skip).
 * Each suite prints its figures with the number of samples and a note about the machine.
 */
import os from 'node:os';

/** Options every suite receives: `--json`, `--postgres` (also measure on a throwaway PostgreSQL cluster), `--people N`, `--glossary=N`, `--examples=N`. */
export interface SuiteOptions {
  json: boolean;
  postgres: boolean;
  people?: number;
  /** With `--postgres`: an existing PostgreSQL database to measure on (kept between runs) instead of a throwaway one. */
  databaseUrl?: string;
  /** Glossary terms the engine suite asks with (issue 13's latency check). */
  glossaryTerms: number;
  /** Verified examples the engine suite ranks per question, by BM25 and by BM25 + embeddings (`--examples=N`). */
  examples?: number;
  /** Rounds per question of `engine --people N` (`--rounds N`, default 7): more steady medians on a busy machine. */
  rounds?: number;
}
type Suite = (opts: SuiteOptions) => Promise<void>;

const suites: Record<string, () => Promise<Suite>> = {
  ingest: async () => (await import('./ingest.js')).benchIngest,
  engine: async () => (await import('./engine.js')).benchEngine,
  server: async () => (await import('./server.js')).benchServer,
  corpus: async () => (await import('./corpus.js')).benchCorpus,
  typed: async () => (await import('./typed.js')).benchTyped,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const glossaryArg = args.find((a) => a.startsWith('--glossary='));
  const glossaryTerms = glossaryArg ? Number(glossaryArg.slice('--glossary='.length)) : 0;
  if (!Number.isInteger(glossaryTerms) || glossaryTerms < 0) {
    console.error(`--glossary: expected a number of terms, got ${glossaryArg ?? ''}`);
    process.exit(2);
  }
  const examplesArg = args.find((a) => a.startsWith('--examples='));
  const examples = examplesArg ? Number(examplesArg.slice('--examples='.length)) : undefined;
  if (examples !== undefined && !(Number.isInteger(examples) && examples >= 0)) {
    console.error(`--examples: expected a number of verified examples, got ${examplesArg ?? ''}`);
    process.exit(2);
  }
  const postgres = args.includes('--postgres');
  const peopleAt = args.indexOf('--people');
  const people = peopleAt >= 0 ? Number(args[peopleAt + 1]) : undefined;
  if (people !== undefined && !(Number.isInteger(people) && people > 0)) {
    console.error('--people must be a positive whole number');
    process.exit(2);
  }
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : undefined;
  if (rounds !== undefined && !(Number.isInteger(rounds) && rounds > 0)) {
    console.error('--rounds must be a positive whole number');
    process.exit(2);
  }
  const urlAt = args.indexOf('--database-url');
  const databaseUrl = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0 && !databaseUrl?.startsWith('postgres')) {
    console.error('--database-url must be a postgres:// URL');
    process.exit(2);
  }
  // `typed --questions <file>`: the file is the suite's option, no suite's name
  const questionsAt = args.indexOf('--questions');
  const names = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      !(questionsAt >= 0 && i === questionsAt + 1) &&
      !(peopleAt >= 0 && i === peopleAt + 1) &&
      !(urlAt >= 0 && i === urlAt + 1) &&
      !(roundsAt >= 0 && i === roundsAt + 1),
  );
  const unknown = names.filter((n) => !(n in suites));
  if (unknown.length > 0) {
    console.error(`unknown benchmark: ${unknown.join(', ')} (choose from ${Object.keys(suites).join(', ')})`);
    process.exit(2);
  }
  if (!json) {
    console.log(
      `# machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    );
  }
  for (const name of names.length > 0 ? names : Object.keys(suites)) {
    if (!json) console.log(`\n## ${name}`);
    const run = await suites[name]!();
    await run({
      json,
      postgres,
      ...(people === undefined ? {} : { people }),
      ...(databaseUrl === undefined ? {} : { databaseUrl }),
      ...(examples === undefined ? {} : { examples }),
      ...(rounds === undefined ? {} : { rounds }),
      glossaryTerms,
    });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
