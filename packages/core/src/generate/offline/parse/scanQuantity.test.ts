import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanQuantity } from './scanQuantity';

/** The conditions the quantity scanner reads from a question (as-of year 2024). */
function conds(question: string): unknown[] {
  const tokens = tokenize(question);
  return scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024).map((h) => {
    const { kind, ...rest } = h.cond as { kind: string; column?: string; op?: string; value?: number };
    return { kind, column: rest.column, op: rest.op, value: rest.value };
  });
}

describe('a bound said after the unit of a number', () => {
  it.each([
    ['sponsors with 200 employees or less', 'employees', '<=', 200],
    ['companies with 5000 staff or more', 'employees', '>=', 5000],
    ['firms with 50 employees and above', 'employees', '>=', 50],
    ['sponsors with 10 million revenue or less', 'revenue_usd', '<=', 10_000_000],
  ])('%s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it('a number and a unit with no bound after them stay unread as a comparison', () => {
    expect(conds('companies with 200 employees')).toEqual([]);
  });
});

describe('"or" and a strict comparative make its inclusive bound', () => {
  it.each([
    ['events that run 5 days or longer', 'duration_days', '>=', 5],
    ['conferences 2 days or shorter', 'duration_days', '<=', 2],
    ['companies with 300 employees or fewer', 'employees', '<=', 300],
    ['firms of 1000 staff or bigger', 'employees', '>=', 1000],
    ['companies with revenue of 2 million or higher', 'revenue_usd', '>=', 2_000_000],
    ['sponsors with 40 employees and under', 'employees', '<=', 40],
  ])('%s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it('a bound after the days of a length said with "of" opens the range ("events of 4 days or less")', () => {
    expect(conds('events of 4 days or less')).toEqual([
      { kind: 'compare', column: 'duration_days', op: '<=', value: 4 },
    ]);
  });

  it('"or" before a word that is no comparative is no bound', () => {
    expect(conds('events of 4 days or workshops')).toEqual([
      { kind: 'compare', column: 'duration_days', op: '=', value: 4 },
    ]);
  });
});

describe('words between a number and its counted noun that leave the count as it is', () => {
  it.each([
    ['companies at two or more different events', '>=', 2],
    ['companies at at least 3 distinct events', '>=', 3],
    ['companies at more than one of the events', '>', 1],
    ['sponsors at multiple separate events', '>', 1],
  ])('%s', (q, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'linkCount', column: undefined, op, value }]);
  });

  // a modifier before the noun is no distinctness word: the count is of the noun said next with its modifiers (only
  // the number's words are read here, "tech events" is left to the theme and noun readers), no bare count of events
  it('a word that is no distinctness word modifies the counted noun ("2 or more tech events")', () => {
    const tokens = tokenize('companies at 2 or more tech events');
    const hits = scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024);
    expect(hits.map((h) => [h.start, h.end, h.countsNext, h.cond.kind])).toEqual([[2, 5, true, 'linkCount']]);
  });

  // a modifier after the noun ("in 2025") describes the counted rows: the noun is left to the noun reader, and "3+"
  // after a weak comparator ("of") is still "3 or more"
  it.each([
    ['companies at 2 or more events in 2025', 2, 5, '>=', 2],
    ['sponsors of 3+ events in Singapore', 1, 3, '>=', 3],
  ])('a modifier after the counted noun leaves the noun to be read on: %s', (q, start, end, op, value) => {
    const tokens = tokenize(q);
    const hits = scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024);
    expect(hits.map((h) => [h.start, h.end, h.countsNoun, h.cond.kind, h.cond.op, h.cond.value])).toEqual([
      [start, end, true, 'linkCount', op, value],
    ]);
  });
});

// a measure (or a sum of money) before the comparison compares the noun after it: "revenue under $10m companies" are
// companies whose revenue is under $10m, never events with fewer than 10,000,000 companies
describe('a measure before a pre-nominal comparison', () => {
  it.each([
    ['revenue under $10m companies at X', 'revenue_usd', '<', 10_000_000],
    ['revenue above 1 billion sponsors', 'revenue_usd', '>', 1_000_000_000],
    ['over $5m firms', 'revenue_usd', '>', 5_000_000],
    ['500+ employee companies', 'employees', '>=', 500],
  ])('%s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });
});

// a scale word clipped as people type it ("mil" is listed, "bil", "thou" are its siblings), a rate per year after a
// sum of money (a company's revenue is yearly), a currency word as "$", and a measure "-wise" after its amount
describe('typed shorthand of amounts', () => {
  it.each([
    ['exhibitors bringing in over 20 bil in revenue', 'revenue_usd', '>', 20_000_000_000],
    ['firms with under 3 thou employees', 'employees', '<', 3_000],
    ['companies with revenue above 7 bill', 'revenue_usd', '>', 7_000_000_000],
    ['partners with more than 2 million dollars in revenue', 'revenue_usd', '>', 2_000_000],
    ['partners with more than 2 million dollars a year in revenue', 'revenue_usd', '>', 2_000_000],
    ['partners with at least 40 million usd per annum', 'revenue_usd', '>=', 40_000_000],
    ['exhibitors above $5m annually', 'revenue_usd', '>', 5_000_000],
    ['speakers with under 300 million a year revenue wise', 'revenue_usd', '<', 300_000_000],
    ['cos over 900 headcount wise', 'employees', '>', 900],
  ])('%s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it.each([
    ['exhibitors pulling in over 40 million bucks in revenue', 'revenue_usd', '>', 40_000_000],
    ['partners with at least 3 billion US dollars of revenue', 'revenue_usd', '>=', 3_000_000_000],
    ['speakers earning under 6 million u.s. dollars a year', 'revenue_usd', '<', 6_000_000],
  ])('the dollar by any name WordNet gives it, and "US" before it, is the currency: %s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it.each([
    ['exhibitors with a minimum revenue of 250 million', 'revenue_usd', '>=', 250_000_000],
    ['partners with a min turnover of $4bn', 'revenue_usd', '>=', 4_000_000_000],
    ['speakers with a maximum headcount of 800', 'employees', '<=', 800],
  ])('a bound before a measure and the "of" of its amount is a threshold: %s', (q, column, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column, op, value }]);
  });

  it('a measure "of" an amount with no bound word stays no comparison', () => {
    expect(conds('partners with a turnover of $4bn')).toEqual([]);
  });

  it("another currency is not the revenue's: the amount is no sum of dollars", () => {
    expect(conds('partners with at least 3 billion euros')).toEqual([]);
  });

  it('a clipping shorter than three letters, or of two scale words, is no scale', () => {
    expect(conds('partners with over 20 bi in revenue')).toEqual([]);
  });

  it('a rate per year with no money and no revenue after it is not read past', () => {
    expect(conds('sponsors with over 20 a year')).toEqual([]);
  });
});

describe('a bound of time before a number is never a count of the noun after it', () => {
  it.each([
    'firms founded after 2012 are exhibiting at events',
    'which companies started since 1999 attend events',
    'companies set up 2010 or later sponsoring events',
  ])('%s', (q) => {
    expect(conds(q).some((c) => (c as { kind: string }).kind === 'linkCount')).toBe(false);
  });

  it('a comparison of amount still counts the noun ("at more than 2 events")', () => {
    expect(conds('companies at more than 2 events')).toEqual([
      { kind: 'linkCount', column: undefined, op: '>', value: 2 },
    ]);
  });
});

describe('a range of a measure in the shapes users type', () => {
  /** The one range condition read from a question. */
  function range(question: string): unknown[] {
    const tokens = tokenize(question);
    return scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024).map((h) => {
      const c = h.cond as { column?: string; op?: string; value?: number; value2?: number };
      return [c.column, c.op, c.value, c.value2];
    });
  }

  it.each([
    ['sponsors whose turnover sits in the $5 million to $20 million range', 'revenue_usd', 5e6, 2e7],
    ['exhibitors pulling in $2m-$8m a year', 'revenue_usd', 2e6, 8e6],
    ['firms with revenue from 3 million up to 9 million dollars', 'revenue_usd', 3e6, 9e6],
    ['partners with sales somewhere between 4 and 40 mil', 'revenue_usd', 4e6, 4e7],
    ['vendors making 1 to 5 billion usd', 'revenue_usd', 1e9, 5e9],
    ['companies with anywhere from 51 up to 250 employees', 'employees', 51, 250],
    ['sponsors with a headcount in the 1,001-5,000 bracket', 'employees', 1001, 5000],
    ['firms with somewhere between 20 and 80 staff', 'employees', 20, 80],
    ['companies with a workforce of 300 to 900', 'employees', 300, 900],
    ['organisations from 11 through 50 employees', 'employees', 11, 50],
  ])('%s', (q, column, low, high) => {
    expect(range(q)).toEqual([[column, 'between', low, high]]);
  });

  it('"from X up to Y" is the whole range, never only its upper bound', () => {
    expect(range('sponsors with revenue from 10 million up to 60 million')).toEqual([
      ['revenue_usd', 'between', 1e7, 6e7],
    ]);
  });

  it('a range with no measure of a company is left to the other readers', () => {
    expect(range('events from 3 to 9 march')).toEqual([]);
    expect(range('somewhere between 2 and 4 of them')).toEqual([]);
  });

  it('a range of people rows in the data stays a count of rows', () => {
    const tokens = tokenize('companies with between 10 and 50 people in our data');
    const hits = scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024);
    expect(hits.map((h) => h.cond.kind)).toEqual(['linkCount']);
  });
});

describe("an event's length said in weeks or fortnights is read in days", () => {
  it.each([
    ['events lasting more than a week', '>', 7],
    ['any two-week fairs?', '=', 14],
    ['week-long events in 2025', '=', 7],
    ['conferences that run for over a fortnight', '>', 14],
    ['events shorter than 2 weeks', '<', 14],
    ['shows that last 3 weeks or longer', '>=', 21],
  ])('%s', (q, op, value) => {
    expect(conds(q)).toEqual([{ kind: 'compare', column: 'duration_days', op, value }]);
  });

  it('keeps weeks of the calendar out of the length', () => {
    expect(conds('events in the next two weeks')).toEqual([]);
    expect(conds('companies at events within 3 weeks')).toEqual([]);
    expect(conds('events a week from now')).toEqual([]);
  });
});
