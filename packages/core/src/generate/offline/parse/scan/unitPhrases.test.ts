import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoScanner, realFixture, type Fixture } from '../../testkit';

describe('a rate after a revenue amount says how revenue is given (demo data)', () => {
  const demo = demoScanner();
  const asked = (q: string): string => {
    const a = demo.fixture().ask(q);
    return a.kind === 'sql' ? a.interpretation : a.kind;
  };

  it.each(['companies making over $1m a year', 'cos making more than $1m per year'])(
    '%j compares the revenue, with no word left over',
    (q) => {
      expect(asked(q)).toContain('revenue (USD) > 1000000');
    },
  );
});

describe('a currency named with its country ("in US dollars") is the unit of a revenue (demo data)', () => {
  const demo = demoScanner();
  const asked = (q: string): string => {
    const a = demo.fixture().ask(q);
    return a.kind === 'sql' ? a.interpretation : a.kind;
  };

  it.each([
    'what is the total revenue of companies in Singapore, in US dollars?',
    'average revenue of companies in Singapore in u.s. dollars',
    'total revenue of companies in Singapore in us$',
  ])('%j: no second country', (q) => {
    const understood = asked(q);
    expect(understood).toContain('in Singapore');
    expect(understood).not.toContain('United States');
  });

  it('a country after "in" with no currency after it is still a place', () => {
    expect(asked('total revenue of companies in the US')).toContain('United States');
  });
});

describe('the unit of a superlative measure (demo data)', () => {
  const demo = demoScanner();
  const asked = (q: string): string => {
    const a = demo.fixture().ask(q);
    return a.kind === 'sql' ? a.interpretation : a.kind;
  };

  it.each(['longest event in days?', 'the shortest event in days', 'the longest event in terms of days'])(
    '%j ranks by duration, "days" is its unit',
    (q) => {
      const understood = asked(q);
      expect(understood).toMatch(/^events, ranked by duration/);
      expect(understood).not.toContain('mentioning');
    },
  );

  it.each(['which conference goes on for the longest period', 'the event that lasts the shortest while'])(
    '%j ranks by duration: a noun of time after the superlative is its measure (WordNet noun.time)',
    (q) => {
      const understood = asked(q);
      expect(understood).toMatch(/^events, ranked by duration/);
      expect(understood).not.toContain('mentioning');
    },
  );
});

describe('a unit said on its own at the end, far from its measure (demo data)', () => {
  const demo = demoScanner();
  const asked = (q: string): string => {
    const a = demo.fixture().ask(q);
    return a.kind === 'sql' ? a.interpretation : a.kind;
  };

  it.each([
    'mean length of the events happening in singapore next year, in days?',
    'average duration of all the events in singapore in 2025 in days',
  ])('%j: "days" is the duration\'s unit, no word of the events', (q) => {
    const understood = asked(q);
    expect(understood).toMatch(/duration/);
    expect(understood).not.toContain('mentioning');
  });
});

warnIfNoRealData('unit phrases after a measure');

/**
 * A unit after a measure says how the value is given, never a word of the events: "in days", and after a ranking
 * "by days" / "by (the) number of days" ("the longest event by number of days" is the longest event).
 */
describe.runIf(hasRealData)('units of a measure (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const longest = (): Set<unknown> =>
    f.oracle('SELECT name FROM events WHERE duration_days = (SELECT MAX(duration_days) FROM events)');

  it.each([
    'What is the longest event by number of days?',
    'the longest event by the number of days',
    'longest event by days',
    'which event lasts the longest in days',
  ])('the unit counted after a superlative is its measure: %s', (q) => {
    expect(new Set(column(f.ask(q), 'event'))).toEqual(longest());
  });

  it('"by number of days" after a superlative is no count of anything', () => {
    const asked = f.ask('the shortest event by number of days');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/duration \(asc/);
  });
});
