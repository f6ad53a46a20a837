import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture, interpretationOf } from '../../testkit';

/** "Sales" as a company's revenue or as the sales function, told by the words around it (demo data). */
describe('sales: the revenue or the job function', () => {
  let f: Fixture;
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    company = String([...f.oracle(`SELECT name FROM companies WHERE revenue_usd IS NOT NULL ORDER BY id LIMIT 1`)][0]);
  });
  afterAll(() => f.close());
  const read = (q: string): string => {
    return interpretationOf(f, q.replace('X', company));
  };

  it.each([
    'the annual sales of X',
    'gross sales of X',
    'X sales figures',
    'yearly turnover of X',
    'how much does X make a year',
  ])('%s is the revenue', (q) => {
    expect(read(q)).toMatch(/revenue/);
    expect(read(q)).not.toMatch(/job functions/);
  });

  it('a money modifier with a number compares the revenue: companies with annual sales over $1 million', () => {
    expect(read('companies with annual sales over $1 million')).toBe('companies with revenue (USD) > 1000000');
  });

  it.each(['sales people at X', 'X sales team', 'total sales people at X', 'sales directors at X'])(
    '%s is the sales function',
    (q) => {
      expect(read(q)).toMatch(/job functions include Sales/);
    },
  );

  it.each([
    ['companies that make more than ten million a year', 'companies with revenue (USD) > 10000000'],
    ['companies that made over $5m', 'companies with revenue (USD) > 5000000'],
    ['companies that earn at least 1 billion per year', 'companies with revenue (USD) >= 1000000000'],
    ['companies that generate under 2 million annually', 'companies with revenue (USD) < 2000000'],
  ])('an earning verb before a compared amount is the revenue: %s', (q, expected) => {
    expect(read(q)).toBe(expected);
  });

  it('an earning verb before anything else is no revenue: companies that make software', () => {
    expect(read('companies that make software')).not.toMatch(/revenue/);
  });
});
