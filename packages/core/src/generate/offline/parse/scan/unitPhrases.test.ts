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
