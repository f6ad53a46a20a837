import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { tokenize } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';
import { realFixture, startWindows, type Fixture } from '../../testkit';
import { readOrderedSingularHeads } from './orderedSingularHeads';

/**
 * A word of order by date before a singular vague head ("next thing", "the last one", "first show") asks for one event
 * ranked by its start date, within the window the question gives; a calendar unit said with the article ("in the
 * year") is the one running. Sentences of our own.
 */
const namesRows = (x: string): boolean => LEXICON.get(x)?.some((r) => r.t === 'entity') ?? false;
const heads = (q: string): string => {
  const tokens = tokenize(q);
  readOrderedSingularHeads(tokens, namesRows);
  return tokens.map((t) => t.norm).join(' ');
};

describe('singular heads after a word of order', () => {
  it.each([
    ['next thing at the convention centre', 'next event at the convention centre'],
    ['the earliest one in march', 'the earliest event in march'],
    ['the latest show this year', 'the latest event this year'],
    ['soonest thing in singapore?', 'soonest event in singapore'],
    ['first one after christmas', 'first event after christmas'],
  ])('is one event: %s', (q, read) => {
    expect(heads(q)).toBe(read);
  });

  it.each([
    // a noun of rows said before is what "one" stands for
    'companies at the expo, the first one',
    // a partitive names its set
    'the first one of them',
    // "show" with no word of order is the request verb
    'show me events next month',
    // a number after "next" counts units of time
    'next two months',
  ])('is left alone: %s', (q) => {
    expect(heads(q)).toBe(
      tokenize(q)
        .map((t) => t.norm)
        .join(' '),
    );
  });

  it.each([
    ['the last event in the year', '2024-01-01', '2024-12-31'],
    ['anything during the month', '2024-07-01', '2024-07-31'],
    ['the first event of the year', '2024-01-01', '2024-12-31'],
  ])('a calendar unit with the article is the running one: %s', (q, from, to) => {
    expect(startWindows(q)).toEqual([expect.objectContaining({ from, to })]);
  });

  it.each(['events at the end of the year', 'in the year ahead', 'during the month of may'])(
    'is no running unit where the words go on: %s',
    (q) => {
      expect(startWindows(q).some((x) => x.words === 'the year' || x.words === 'during the month')).toBe(false);
    },
  );
});

warnIfNoRealData('singular heads after a word of order');

describe.runIf(hasRealData)('singular heads after a word of order (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    [
      'next thing at marina bay sands',
      /starting on or after 2024-07-15, ranked by start date \(asc, top 1 with ties\)/,
    ],
    ['the last one in the year', /starting 2024-01-01\.\.2024-12-31, ranked by start date \(desc, top 1 with ties\)/],
    ['first show in 2025?', /starting 2025-01-01\.\.2025-12-31, ranked by start date \(asc, top 1 with ties\)/],
    ['whats the next one at singapore expo', /ranked by start date \(asc, top 1 with ties\)/],
    ['earliest thing next year', /starting 2025-01-01\.\.2025-12-31, ranked by start date \(asc, top 1 with ties\)/],
  ])('ranks the events by their start, one kept: %s', (q, interp) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(interp);
    expect(asked.kind === 'sql' && asked.rows.length).toBeGreaterThan(0);
  });

  it('keeps a noun said before as what "one" stands for', () => {
    const asked = f.ask('which companies sponsor the first one');
    expect(asked.kind === 'sql' && /ranked by start date/.test(asked.interpretation)).toBe(false);
  });
});
