import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, type Fixture } from '../testkit';
import { easterSunday, nthWeekday } from './dates';
import { scanTime } from './scanTime';

// as-of is a Monday in mid-July: "a month without a year" is the next one to start, seasons likewise
const AS_OF = '2024-07-15';

function timeOf(text: string): { from?: string | null; to?: string | null; unclear?: string; words: string }[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).map((h) => ({
    ...('cond' in h && h.cond.kind === 'startBetween' ? { from: h.cond.from, to: h.cond.to } : {}),
    ...('unclear' in h ? { unclear: h.unclear } : {}),
    words: tokens
      .slice(h.start, h.end)
      .map((t) => t.norm)
      .join(' '),
  }));
}

/** Each row: several phrasings of one period, and the start-date window they all mean. */
const PERIODS: readonly { phrasings: string[]; from: string | null; to: string | null }[] = [
  {
    phrasings: ['in mid-March', 'mid march', 'in the middle of March', 'mid-mar'],
    from: '2025-03-11',
    to: '2025-03-20',
  },
  {
    phrasings: ['mid October 2024', 'mid-oct 2024', 'the middle of october 2024'],
    from: '2024-10-11',
    to: '2024-10-20',
  },
  {
    phrasings: ['early September', 'in early sept', 'the beginning of September', 'start of september'],
    from: '2024-09-01',
    to: '2024-09-10',
  },
  {
    phrasings: ['late November', 'end of november', 'towards the end of November'],
    from: '2024-11-21',
    to: '2024-11-30',
  },
  { phrasings: ['late 2024', 'towards the end of 2024'], from: '2024-09-01', to: '2024-12-31' },
  { phrasings: ['at year end', 'at the year-end', 'year end'], from: '2024-12-01', to: '2024-12-31' },
  {
    phrasings: ['by year end', 'before the end of the year', 'by the end of this year', 'until the end of 2024'],
    from: '2024-07-15',
    to: '2024-12-31',
  },
  { phrasings: ['at christmas', 'over Christmas', 'during xmas'], from: '2024-12-24', to: '2024-12-26' },
  { phrasings: ['around christmas', 'near Christmas'], from: '2024-12-17', to: '2025-01-02' },
  // a period still to come bounds a window that starts today
  // ... up to the holiday's own day: Christmas Eve is before Christmas (Christmas Day)
  { phrasings: ['before christmas', 'prior to xmas'], from: '2024-07-15', to: '2024-12-24' },
  // the year-end holidays, no holiday named: a season from Christmas Day to New Year's Day with no own day, so before it
  // is before Christmas and after it after New Year
  {
    phrasings: ['before the holidays', 'prior to the holiday season', 'before the festive season'],
    from: '2024-07-15',
    to: '2024-12-24',
  },
  { phrasings: ['after the holidays', 'after the festive period'], from: '2025-01-02', to: null },
  { phrasings: ['over easter', 'at Easter 2025'], from: '2025-04-18', to: '2025-04-21' },
  { phrasings: ['thanksgiving', 'on thanksgiving 2024'], from: '2024-11-28', to: '2024-11-28' },
  {
    // a season without a year that is running at as-of: the whole of it, as a running month ("in july") and "this
    // year" are (question writers read "this summer" in July as June-August, past weeks included)
    phrasings: ['over the summer', 'this summer', 'in the summer', 'during summer'],
    from: '2024-06-01',
    to: '2024-08-31',
  },
  { phrasings: ['summer 2024', 'the summer of 2024'], from: '2024-06-01', to: '2024-08-31' },
  { phrasings: ['this winter', 'over the winter'], from: '2024-12-01', to: '2025-02-28' },
  {
    phrasings: ['october and november', 'in oct or nov', 'october & november 2024'],
    from: '2024-10-01',
    to: '2024-11-30',
  },
  { phrasings: ['in sept and oct', 'sep & oct'], from: '2024-09-01', to: '2024-10-31' },
  { phrasings: ['the coming weeks', 'in the next few weeks'], from: '2024-07-15', to: '2024-08-05' },
  { phrasings: ['in the coming months', 'over the next few months'], from: '2024-07-15', to: '2024-10-15' },
  { phrasings: ['next summer', 'in the summer of 2025', 'summer next year'], from: '2025-06-01', to: '2025-08-31' },
  { phrasings: ['this fall', 'in the autumn', 'fall 2024'], from: '2024-09-01', to: '2024-11-30' },
  {
    phrasings: ['H1 2025', 'the first half of 2025', 'first half of next year', '1st half of 2025'],
    from: '2025-01-01',
    to: '2025-06-30',
  },
  {
    phrasings: ['h2 2025', 'the second half of 2025', 'second half of next year'],
    from: '2025-07-01',
    to: '2025-12-31',
  },
  // "q1 25": two digits after a short quarter are its year
  {
    phrasings: ['in Q1 2025', 'the first quarter of 2025', 'q1 next year', 'in q1 25'],
    from: '2025-01-01',
    to: '2025-03-31',
  },
  { phrasings: ['next quarter', 'in Q4', 'during the fourth quarter'], from: '2024-10-01', to: '2024-12-31' },
  { phrasings: ['last quarter', 'in the previous quarter'], from: '2024-04-01', to: '2024-06-30' },
  // with a year, "last" is the year's final quarter, not the one before today
  {
    phrasings: ['the last quarter of 2024', 'last quarter of this year', 'the final quarter of 2024'],
    from: '2024-10-01',
    to: '2024-12-31',
  },
  { phrasings: ['the last quarter of 2025', 'last quarter 2025'], from: '2025-10-01', to: '2025-12-31' },
  {
    phrasings: ['in the next 6 weeks', 'over the coming six weeks', 'within the next 6 weeks'],
    from: '2024-07-15',
    to: '2024-08-26',
  },
  {
    phrasings: ['in the next couple of months', 'over the next 2 months', 'the coming two months'],
    from: '2024-07-15',
    to: '2024-09-15',
  },
  {
    phrasings: [
      'between now and October',
      'from now until october',
      'from now to the end of October',
      'from today through October',
    ],
    from: '2024-07-15',
    to: '2024-10-31',
  },
  // a holiday closing a range is its own day, included (Christmas Day, not Boxing Day that ends its period)
  {
    phrasings: [
      'between now and christmas',
      'between now and xmas',
      'from today until xmas',
      'until christmas',
      'through christmas',
      'by xmas',
      'till christmas',
    ],
    from: '2024-07-15',
    to: '2024-12-25',
  },
  {
    phrasings: ['between now and easter', 'until easter', 'from now until easter'],
    from: '2024-07-15',
    to: '2025-04-20',
  },
  { phrasings: ['after christmas'], from: '2024-12-26', to: null },
  // a bound on a span counted from today
  {
    phrasings: ['starting at least a month from now', 'at least 1 month from today', 'no sooner than a month away'],
    from: '2024-08-15',
    to: null,
  },
  { phrasings: ['more than 2 weeks away'], from: '2024-07-30', to: null },
  { phrasings: ['at most 2 weeks from now', 'up to 2 weeks away'], from: '2024-07-15', to: '2024-07-29' },
  // a date closing a range is included; "before" a date ends the day before it
  { phrasings: ['between now and 5 october', 'from today until october 5'], from: '2024-07-15', to: '2024-10-05' },
  {
    phrasings: [
      'between now and november',
      'from now through november',
      'until the end of november',
      // a month without a year closing a window with no start: from today ("events in sg thru november")
      'thru november',
      'until nov',
      'through november',
      'till november',
    ],
    from: '2024-07-15',
    to: '2024-11-30',
  },
  {
    phrasings: ['later this year', 'the rest of the year', 'the remainder of 2024'],
    from: '2024-07-15',
    to: '2024-12-31',
  },
  { phrasings: ['this year', 'in 2024', 'during this year'], from: '2024-01-01', to: '2024-12-31' },
  { phrasings: ['ytd', 'year to date', 'so far this year'], from: '2024-01-01', to: '2024-07-15' },
  { phrasings: ['after March', 'after mar', 'later than March'], from: '2025-04-01', to: null },
  { phrasings: ['since january', 'from jan 2024', 'since the start of 2024'], from: '2024-01-01', to: null },
  { phrasings: ['this coming september', 'next september', 'in sept'], from: '2024-09-01', to: '2024-09-30' },
  { phrasings: ['on thursday', 'this thursday'], from: '2024-07-18', to: '2024-07-18' },
  // chrono-node's reading: "next <weekday>" is the one in the next week
  { phrasings: ['next thursday'], from: '2024-07-25', to: '2024-07-25' },
  { phrasings: ['this weekend', 'at the weekend'], from: '2024-07-20', to: '2024-07-21' },
  { phrasings: ['tomorrow'], from: '2024-07-16', to: '2024-07-16' },
  // a period's end said as its state after it is the deadline, from today when the period has begun
  {
    phrasings: ["before summer's over", 'until the summer is over', 'before the summer ends'],
    from: '2024-07-15',
    to: '2024-08-31',
  },
  { phrasings: ['before autumn is over', 'until fall ends'], from: '2024-07-15', to: '2024-11-30' },
  // "up to / up until" closes a range as "until" does; after one period up to another is one window
  {
    phrasings: ['up to the end of april', 'up until april', 'until the end of april'],
    from: '2024-07-15',
    to: '2025-04-30',
  },
  {
    phrasings: ['after chinese new year up to the end of april', 'after cny until april', 'from jan 30 up to april'],
    from: '2025-01-30',
    to: '2025-04-30',
  },
  // the calendar week (Monday to Sunday) holding a day, or the weekdays of it named after it
  {
    phrasings: [
      'the week of oct 14th',
      'during the week of 16 october',
      'in the week of the 20th of october',
      'the week of oct 14 (mon to sun)',
    ],
    from: '2024-10-14',
    to: '2024-10-20',
  },
  {
    phrasings: ['the week of sept 11, mon-fri', 'the week of 9 september (monday to friday)'],
    from: '2024-09-09',
    to: '2024-09-13',
  },
];

describe('calendar periods under the product conventions (as-of 2024-07-15)', () => {
  for (const row of PERIODS) {
    it.each(row.phrasings)(`%s -> [${row.from}, ${row.to}]`, (text) => {
      const hits = timeOf(text);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ from: row.from, to: row.to });
    });
  }

  it.each([
    'on weekends',
    'at 3pm',
    'in the evenings',
    'during the holidays',
    'over the festive season',
    'events at weekends',
  ])('a date phrase no start-date window can hold is kept as unclear, never dropped: %s', (text) => {
    const hits = timeOf(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.unclear).toBeTruthy();
  });

  // "the march ones" after a turn about months read "march" as a word of the events' text ('mentioning "march"': 0 rows)
  it.each([
    ['which of the march ones are at MBS', 'march'],
    ['may conferences in singapore', 'may'],
  ])('"may" / "march" modifying a noun of events is the month: %s', (text, word) => {
    const month = word === 'may' ? '05' : '03';
    expect(timeOf(text)).toEqual([expect.objectContaining({ from: `2025-${month}-01`, words: word })]);
  });

  it.each(['we may go', 'march with the sponsors', 'now show only the sales people', 'the end', 'a late addition'])(
    'words that are dates only in context are left alone: %s',
    (text) => {
      expect(timeOf(text)).toEqual([]);
    },
  );
});

describe('windows that look back', () => {
  // "the past three months" ends today, so its events have already taken place (end date before today)
  it.each(['in the past 3 months', 'over the last three months', 'during the previous 3 months', 'the past 3 months'])(
    '%s -> start in [2024-04-15, 2024-07-15] and already over',
    (text) => {
      const tokens = tokenize(text);
      const conds = scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).map((h) =>
        'cond' in h ? h.cond : null,
      );
      expect(conds).toEqual([
        expect.objectContaining({ kind: 'startBetween', from: '2024-04-15', to: '2024-07-15' }),
        { kind: 'past', asOf: AS_OF },
      ]);
    },
  );
});

describe('open ranges', () => {
  it.each([
    ['before 2024', null, '2023-12-31'],
    ['events that took place before march 2025', null, '2025-02-28'],
    ['until june 2024', null, '2024-06-30'],
    ['before march 2025', null, '2025-02-28'],
    ['before christmas 2024', AS_OF, '2024-12-24'],
    ['before 5 october 2024', null, '2024-10-04'],
    ['until 5 october 2024', null, '2024-10-05'],
    ['by 5 october', null, '2024-10-05'],
    ['through october 2024', null, '2024-10-31'],
  ])('%s -> [%s, %s]', (text, from, to) => {
    expect(timeOf(text)).toEqual([expect.objectContaining({ from, to })]);
  });

  it('months apart in one list are asked about, not merged', () => {
    expect(timeOf('in march or october')).toEqual([
      expect.objectContaining({ unclear: expect.stringContaining('march') }),
    ]);
  });
});

describe('holiday rules', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [2024, 11, 4, 4, '2024-11-28'],
    [2025, 5, 1, -1, '2025-05-26'],
    [2024, 9, 1, 1, '2024-09-02'],
  ])('weekday rule %i-%i: weekday %i, nth %i = %s', (year, month, weekday, nth, date) => {
    expect(nthWeekday(year, month, weekday, nth)).toBe(date);
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('time phrases end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('periods');
  });
  afterAll(() => f?.close());

  it.each([
    ['events in mid-October 2024', '2024-10-11', '2024-10-20'],
    ['conferences between now and year end', '2024-07-15', '2024-12-31'],
    ['which events are on over the summer?', '2024-06-01', '2024-08-31'],
    ['shows in H1 2025', '2025-01-01', '2025-06-30'],
    // the end of "between now and <day>" / "until <day>" is included (on the real data Cloud Expo Asia starts on
    // 9 October 2024, so an end one day short would lose it)
    ['events happening between now and xmas', '2024-07-15', '2024-12-25'],
    ['events from now until christmas', '2024-07-15', '2024-12-25'],
    ['events between now and 9 october', '2024-07-15', '2024-10-09'],
    ['which events start from today through 9 october 2024', '2024-07-15', '2024-10-09'],
  ])('%s', (q, from, to) => {
    if (!f) return;
    // an event listed under several URLs is listed once: the names are the set
    expect(new Set(column(f.ask(q), 'event'))).toEqual(
      f.oracle('SELECT name FROM events WHERE start_date BETWEEN ? AND ?', from, to),
    );
  });

  it.each([
    ['events before 9 october 2024', '2024-10-08'],
    ['events until 9 october 2024', '2024-10-09'],
  ])('%s: an open start, the end as said', (q, to) => {
    if (!f) return;
    expect(new Set(column(f.ask(q), 'event'))).toEqual(f.oracle('SELECT name FROM events WHERE start_date <= ?', to));
  });
});

describe('a break named after a season or a holiday', () => {
  it.each([
    ['shows over the winter hols', '2024-12-01', '2025-02-28'],
    ['events during the summer holidays', '2024-06-01', '2024-08-31'],
    ['events over the christmas break', '2024-12-24', '2024-12-26'],
  ])('%s is the period itself', (text, from, to) => {
    expect(timeOf(text).filter((h) => h.from !== undefined)).toMatchObject([{ from, to }]);
  });
});
