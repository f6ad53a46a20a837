import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A word grading rows by merit with no measure ("the best", "good", "hot", "worth", "top" with no number nor measure)
 * is asked about with the measures the data ranks by, never dropped; a ranking said with its measure is answered.
 * Sentences of our own.
 */
warnIfNoRealData('words of merit');

describe.runIf(hasRealData)('words of merit with no measure (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['which are the best exhibitors at cemat', 'best', /companies by employees/],
    ['good conferences in singapore next year', 'good', /events by the number of companies/],
    ['hottest expos this autumn?', 'hottest', /events by the number of companies/],
    ['list promising prospects at ahice sponsors', 'promising', /people by seniority/],
    ['which speakers at cloud expo asia are worth meeting', 'worth', /companies by employees/],
    ['anything cool?', 'cool', /rank/],
  ])('asks about the word and names measures: %s', (q, word, measures) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.question).toContain(`"${word}"`);
    expect(asked.clarification.question).toMatch(measures);
  });

  it.each(['top 3 companies by revenue', 'top 5 events by number of speakers', 'which sponsor has the most employees'])(
    'answers a ranking that says its measure: %s',
    (q) => {
      expect(f.ask(q).kind, q).toBe('sql');
    },
  );

  it('reads no theme of the events from a word of merit', () => {
    const asked = f.ask('the best trade shows');
    expect(asked.kind).toBe('clarify');
  });
});

describe.runIf(hasRealData)('a grade said of the clause after it (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    "it'd be great if you could list the sponsors of ahice",
    'would be good to know the speakers at cloud expo asia',
  ])('is no grade of the rows asked: %s', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'clarify' && /grades by no measure/.test(asked.clarification.question)).toBe(false);
  });
});
