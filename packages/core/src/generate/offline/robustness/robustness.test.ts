/**
 * The robustness corpus (issue 12 section 4): thousands of generated questions, each a template x database
 * values x a paraphrase operator, with the request it means. The parser must recover the expected answer
 * (`equivalence.ts`); the recovery rate is printed by operator, template and date phrasing, with the exact-IR
 * rate beside it. The floors asserted are what today's parser measures (raise them as it improves); the target
 * is 95%. The honesty corpus injects an unknown content word into each question: never `answered`.
 *
 * Demo data, every other case of the corpus (to stay fast). The full corpus: `pnpm bench corpus`, or
 *   ROBUSTNESS_FULL=1 npx vitest run src/generate/offline/robustness
 * and ROBUSTNESS_REAL=1 runs it on the real CSVs (when present) instead of the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { AS_OF, demoFixture, realFixture, type Fixture } from '../testkit';
import { DATE_KINDS } from './datePhrasings';
import { corpusInstances, generateCorpus } from './grammar';
import {
  DEFAULT_CORPUS_OPTIONS,
  measureRobustness,
  ROBUSTNESS_TARGET,
  type RobustnessReport,
} from './measureRobustness';
import { OPERATORS } from './operators';

const FULL = process.env.ROBUSTNESS_FULL === '1';
const REAL = process.env.ROBUSTNESS_REAL === '1' && hasRealData;
/**
 * Measured on the demo data, every other case, with main at ad672b5 (2026-12-06): first corpus 98.5%, added later
 * 98.0%, the plain operator 99.2% over the whole corpus (79.5% / 95.6% at ddf142d when the floors were first set).
 * The floors sit about a point and a half below: room for a phrasing a later change trades for a class it fixes, not
 * for a regression of the parser as a whole; raise them as it improves. `recovered` and `plain` are over the first
 * corpus; the templates and operators added later (set difference, rankings, seniority ranges, places of people and
 * companies; vague objects, the speaker's context, chat shorthand, acronyms, loose names, country nicknames) have a
 * floor of their own.
 */
const FLOOR = { recovered: 0.97, plain: 0.97, addedLater: 0.965 };

describe('robustness corpus', () => {
  let f: Fixture;
  let report: RobustnessReport;

  beforeAll(async () => {
    f = REAL ? await realFixture() : await demoFixture();
    report = measureRobustness(f.db, { asOf: AS_OF, sample: FULL ? 'all' : 'every-other', gen: f.gen });
    console.log(`${REAL ? 'real CSVs' : 'demo data'}: ${report.text}`);
    // the corpus grew by half this session (4,201 added cases) and shares two cores with every other package's
    // tests under `pnpm check`: room for a loaded machine, not a speed bound (speed lives in `pnpm bench corpus`)
  }, 600_000);
  afterAll(() => f.close());

  it('generates at least 5,000 pairs, deterministically, under every operator', () => {
    const { corpus } = report;
    expect(corpus.length).toBeGreaterThanOrEqual(5000);
    const again = generateCorpus(
      corpusInstances(f.db, { ...DEFAULT_CORPUS_OPTIONS, asOf: AS_OF }),
      DEFAULT_CORPUS_OPTIONS.seed,
    );
    expect(again.map((c) => c.question)).toEqual(corpus.map((c) => c.question));
    expect(new Set(corpus.map((c) => c.operator))).toEqual(new Set(OPERATORS));
  });

  // on the real CSVs no event starts over Christmas, so the holiday phrasings are never discriminating there
  it.skipIf(REAL)('covers every date phrasing of the issue', () => {
    expect(new Set(report.corpus.map((c) => c.dateKind).filter((k) => k !== null))).toEqual(new Set(DATE_KINDS));
  });

  it(`recovers the expected answer at or above today's floor (target ${ROBUSTNESS_TARGET * 100}%)`, () => {
    expect(report.firstCorpus.recovered).toBeGreaterThanOrEqual(FLOOR.recovered);
    expect(report.firstCorpus.plain).toBeGreaterThanOrEqual(FLOOR.plain);
    expect(report.addedLater.recovered).toBeGreaterThanOrEqual(FLOOR.addedLater);
  });

  // The strict rule (issue 12, "Done when"): every question of the honesty corpus (an unknown content word
  // injected) is clarify or refused, never answered.
  it('answers no question with an unknown content word (each is clarify or refused)', () => {
    expect(report.honesty.filter((o) => o.status === 'answered').map((o) => o.case.question)).toEqual([]);
  });
});
