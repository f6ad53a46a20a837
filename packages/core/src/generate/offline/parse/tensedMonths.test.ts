import { describe, expect, it } from 'vitest';
import { TENSE_AUXILIARIES } from '../lexicon/auxiliaryWords';
import { MONTHS, PAST_TENSE_WORDS } from '../lexicon/timeWords';
import { startWindows } from '../testkit';

/** The windows of start dates read in a question, without the words each took. */
const windows = (q: string): { from: string | null; to: string | null }[] =>
  startWindows(q).map(({ from, to }) => ({ from, to }));

/**
 * The tense of the question picks the year of a month named alone: a past verb asks of its most recent occurrence up
 * to today, a future one (or none) of the next. Generated over the lexicon's past-tense words and every month.
 */
describe('a bare month under the tense of its verb', () => {
  const later = Object.entries(MONTHS).filter(([word, m]) => m > 7 && word !== 'may');
  const earlier = Object.entries(MONTHS).filter(([word, m]) => m < 7 && word !== 'may' && word !== 'march');

  it('a past verb puts a month still to come this year in the year gone by', () => {
    for (const verb of PAST_TENSE_WORDS.filter((x) => !TENSE_AUXILIARIES.includes(x)))
      for (const [word, m] of later) {
        const [got] = windows(`events that ${verb} in ${word}`);
        expect(got?.from, `${verb} ${word}`).toBe(`2023-${String(m).padStart(2, '0')}-01`);
      }
  });

  it('a month already gone this year stays this year; with a past verb too', () => {
    for (const [word, m] of earlier) {
      const [got] = windows(`events that started in ${word}`);
      expect(got?.from, word).toBe(`2024-${String(m).padStart(2, '0')}-01`);
    }
  });

  it('a month bounding an open range takes the tense too ("started before march": the March gone by)', () => {
    expect(windows('events that started before march')).toEqual([{ from: null, to: '2024-02-29' }]);
    expect(windows('events that took place after march')).toEqual([{ from: '2024-04-01', to: null }]);
    expect(windows('events before march')).toEqual([{ from: null, to: '2025-02-28' }]);
  });

  it('without a past verb, with a future one, or with a year typed, the month is the one read before', () => {
    expect(windows('events in october')[0]?.from).toBe('2024-10-01');
    // a bare auxiliary says too little of when: "were there events in october" asks of the October to come
    expect(windows('were there events in october')[0]?.from).toBe('2024-10-01');
    expect(windows('events that will start in march')[0]?.from).toBe('2025-03-01');
    expect(windows('events that started in march 2025')[0]?.from).toBe('2025-03-01');
    expect(windows('events that started in march and are coming up')[0]?.from).toBe('2025-03-01');
  });
});
