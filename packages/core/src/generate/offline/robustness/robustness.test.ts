/**
 * The robustness corpus (issue 12 section 4): thousands of generated questions, each a template x database
 * values x a paraphrase operator, with the request it means. The parser must recover the expected answer
 * (`equivalence.ts`); the recovery rate is printed by operator, template and date phrasing, with the exact-IR
 * rate beside it. The floors asserted are what today's parser measures (they only move up); the target is 95%.
 * The honesty corpus injects an unknown content word into each question: the answer must never be `answered`.
 *
 * Demo data by default, on an every-other-case sample of the corpus to stay fast; the full corpus:
 *   ROBUSTNESS_FULL=1 npx vitest run src/generate/offline/robustness
 * and on the real CSVs (when present) instead of the demo data: ROBUSTNESS_REAL=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { AS_OF, demoFixture, realFixture, type Fixture } from '../testkit';
import { OPERATORS } from './operators';
import { evaluate, honestyCases, ratesBy, rateTable, type Outcome } from './evaluate';
import { corpusInstances, generateCorpus, type CorpusCase, type CorpusOptions, type Instance } from './grammar';

const FULL = process.env.ROBUSTNESS_FULL === '1';
const REAL = process.env.ROBUSTNESS_REAL === '1' && hasRealData;
const OPTIONS: CorpusOptions = { asOf: AS_OF, seed: 12, perTemplate: 40, perDateKind: 6 };
const TARGET = 0.95;
/** Measured on the demo data with today's parser (main at 6644a46): raise them as the parser improves. */
const FLOOR = { recovered: 0.78, plain: 0.92, honesty: 0.11 };

const rate = (xs: readonly Outcome[], hit: (o: Outcome) => boolean): number =>
  xs.length === 0 ? 0 : xs.filter(hit).length / xs.length;

describe('robustness corpus', () => {
  let f: Fixture;
  let instances: Instance[];
  let corpus: CorpusCase[];
  let outcomes: Outcome[];
  let honesty: Outcome[];

  beforeAll(async () => {
    f = REAL ? await realFixture() : await demoFixture();
    instances = corpusInstances(f.db, OPTIONS);
    corpus = generateCorpus(instances, OPTIONS.seed);
    const asked = FULL ? corpus : corpus.filter((_, i) => i % 2 === 0);
    outcomes = evaluate(f.db, f.gen, asked, AS_OF);
    const unknown = honestyCases(instances, OPTIONS.seed);
    honesty = evaluate(f.db, f.gen, FULL ? unknown : unknown.filter((_, i) => i % 2 === 0), AS_OF);
    const recovered = (o: Outcome): boolean => o.recovered;
    console.log(
      [
        `robustness corpus: ${corpus.length} pairs generated, ${outcomes.length} asked (${FULL ? 'full' : 'every other case; ROBUSTNESS_FULL=1 for all'}) on ${REAL ? 'the real CSVs' : 'demo data'}; target ${TARGET * 100}%`,
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
        `honesty (unknown word injected; ok = clarify or refused): ${honesty.length} asked`,
        rateTable(
          'injection',
          ratesBy(
            honesty,
            (o) => o.case.id.split(':')[1] ?? '',
            (o) => o.status !== 'answered',
          ),
          false,
        ),
        'first misses:',
        ...outcomes
          .filter((o) => !o.recovered)
          .slice(0, 15)
          .map((o) => `  [${o.case.operator}] ${o.case.question} => ${o.status}: ${o.note}`),
        'first answered unknown words:',
        ...honesty
          .filter((o) => o.status === 'answered')
          .slice(0, 10)
          .map((o) => `  ${o.case.question} => ${o.note}`),
      ].join('\n'),
    );
  }, 120_000);
  afterAll(() => f.close());

  it('generates at least 5,000 pairs, deterministically, under every operator and date phrasing', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5000);
    const again = generateCorpus(corpusInstances(f.db, OPTIONS), OPTIONS.seed);
    expect(again.map((c) => c.question)).toEqual(corpus.map((c) => c.question));
    expect(new Set(corpus.map((c) => c.operator))).toEqual(new Set(OPERATORS));
    expect(new Set(corpus.map((c) => c.dateKind).filter((k) => k !== null)).size).toBe(14);
  });

  it(`recovers the expected answer at or above today's floor (target ${TARGET * 100}%)`, () => {
    expect(rate(outcomes, (o) => o.recovered)).toBeGreaterThanOrEqual(FLOOR.recovered);
    expect(
      rate(
        outcomes.filter((o) => o.case.operator === 'plain'),
        (o) => o.recovered,
      ),
    ).toBeGreaterThanOrEqual(FLOOR.plain);
  });

  it("answers no question with an unknown content word at or above today's floor", () => {
    expect(rate(honesty, (o) => o.status !== 'answered')).toBeGreaterThanOrEqual(FLOOR.honesty);
  });

  // The strict form of the honesty rule (issue 12 "Done when"): expected to fail until the parser's honesty work
  // (the `clarify` status, every content word accounted for) lands; turn `it.fails` into `it` then.
  it.fails('answers no question with an unknown content word (every one is clarify or refused)', () => {
    expect(honesty.filter((o) => o.status === 'answered').map((o) => o.case.question)).toEqual([]);
  });
});
