/**
 * One measurement of the offline parser on the robustness corpus and its honesty variant: generate, ask,
 * judge, and render the rate tables (by operator, template, date phrasing; honesty by injection). Used by the
 * corpus test (a sample, on demo data) and by `pnpm bench corpus` (the full corpus).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { OfflineSqlGenerator } from '../OfflineSqlGenerator';
import { evaluate, honestyCases, ratesBy, rateTable, type Outcome } from './evaluate';
import { corpusInstances, generateCorpus, inFirstCorpus, type CorpusCase, type CorpusOptions } from './grammar';

export const ROBUSTNESS_TARGET = 0.95;
export const DEFAULT_CORPUS_OPTIONS: Omit<CorpusOptions, 'asOf'> = { seed: 12, perTemplate: 40, perDateKind: 6 };

export interface RobustnessReport {
  corpus: CorpusCase[];
  outcomes: Outcome[];
  honesty: Outcome[];
  /** Shares in [0, 1]. */
  rates: { recovered: number; exact: number; plain: number; honest: number };
  /** The same rates over the cases of the first corpus (`inFirstCorpus`), and over those added later. */
  firstCorpus: { recovered: number; plain: number };
  addedLater: { recovered: number };
  /** The printed tables, and the first misses of each kind. */
  text: string;
  ms: number;
}

const share = (xs: readonly Outcome[], hit: (o: Outcome) => boolean): number =>
  xs.length === 0 ? 0 : xs.filter(hit).length / xs.length;

/**
 * @param opts.sample `every-other` asks every other case (a fast, deterministic half); `all` the whole corpus.
 * @example measureRobustness(db, { asOf: '2024-07-15', sample: 'all' }).rates.recovered // 0.78
 */
export function measureRobustness(
  db: BetterSqlite3.Database,
  opts: { asOf: string; sample: 'all' | 'every-other'; gen?: OfflineSqlGenerator; corpus?: Partial<CorpusOptions> },
): RobustnessReport {
  const started = performance.now();
  const options: CorpusOptions = { ...DEFAULT_CORPUS_OPTIONS, ...opts.corpus, asOf: opts.asOf };
  const gen = opts.gen ?? OfflineSqlGenerator.create({ db });
  const pick = <T>(xs: T[]): T[] => (opts.sample === 'all' ? xs : xs.filter((_, i) => i % 2 === 0));
  const instances = corpusInstances(db, options);
  const corpus = generateCorpus(instances, options.seed);
  const outcomes = evaluate(db, gen, pick(corpus), opts.asOf);
  const honesty = evaluate(db, gen, pick(honestyCases(instances, options.seed)), opts.asOf);
  const recovered = (o: Outcome): boolean => o.recovered;
  const honest = (o: Outcome): boolean => o.status !== 'answered';
  const text = [
    `robustness corpus: ${corpus.length} pairs generated, ${outcomes.length} asked (${opts.sample === 'all' ? 'all' : 'every other case'}); target ${ROBUSTNESS_TARGET * 100}%`,
    // the cases of the first corpus, comparable with measurements taken before the later templates and operators
    rateTable(
      'corpus part',
      ratesBy(outcomes, (o) => (inFirstCorpus(o.case) ? 'first corpus' : 'added later'), recovered),
    ),
    rateTable(
      'operator',
      ratesBy(outcomes, (o) => o.case.operator, recovered),
    ),
    rateTable(
      'template',
      ratesBy(outcomes, (o) => o.case.template, recovered),
    ),
    rateTable(
      'date phrasing',
      ratesBy(outcomes, (o) => o.case.dateKind, recovered),
    ),
    `honesty (an unknown word injected; ok = clarify or refused, never answered): ${honesty.length} asked`,
    rateTable(
      'injection',
      ratesBy(honesty, (o) => o.case.id.split(':')[1] ?? '', honest),
      false,
    ),
    'first misses:',
    ...outcomes
      .filter((o) => !o.recovered)
      .slice(0, 15)
      .map((o) => `  [${o.case.operator}] ${o.case.question} => ${o.status}: ${o.note}`),
    'first unknown words answered:',
    ...honesty
      .filter((o) => !honest(o))
      .slice(0, 10)
      .map((o) => `  ${o.case.question} => ${o.note}`),
  ].join('\n');
  return {
    corpus,
    outcomes,
    honesty,
    rates: {
      recovered: share(outcomes, recovered),
      exact: share(outcomes, (o) => o.exact),
      plain: share(
        outcomes.filter((o) => o.case.operator === 'plain'),
        recovered,
      ),
      honest: share(honesty, honest),
    },
    firstCorpus: {
      recovered: share(
        outcomes.filter((o) => inFirstCorpus(o.case)),
        recovered,
      ),
      plain: share(
        outcomes.filter((o) => inFirstCorpus(o.case) && o.case.operator === 'plain'),
        recovered,
      ),
    },
    addedLater: {
      recovered: share(
        outcomes.filter((o) => !inFirstCorpus(o.case)),
        recovered,
      ),
    },
    text,
    ms: performance.now() - started,
  };
}
