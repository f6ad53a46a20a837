import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';

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

  it.each(['longest event in days?', 'the shortest event in days'])('%j ranks by duration, "days" is its unit', (q) => {
    const understood = asked(q);
    expect(understood).toMatch(/^events, ranked by duration/);
    expect(understood).not.toContain('mentioning');
  });
});
