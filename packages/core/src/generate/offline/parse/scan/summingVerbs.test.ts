import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';

/** Sentences of this test's own over the demo data. */
describe('an imperative verb of summing is the total of the measure after it', () => {
  const demo = demoScanner();
  const compiled = (q: string): string => {
    const asked = demo.fixture().ask(q);
    return asked.kind === 'sql' ? `${asked.sql} ${JSON.stringify(asked.params)}` : asked.kind;
  };

  it.each([
    ['add up the revenue of the companies in Singapore', 'the total revenue of the companies in Singapore'],
    ['can you tot up the revenue of the companies in Singapore', 'the total revenue of the companies in Singapore'],
    ['please sum up the revenue of companies in Germany', 'the total revenue of companies in Germany'],
    [
      'tote up the revenue of the companies founded after 2000',
      'the total revenue of the companies founded after 2000',
    ],
    ['could you total the revenue of companies in Singapore', 'the total revenue of companies in Singapore'],
  ])('%s = %s', (q, plain) => {
    expect(compiled(q)).toBe(compiled(plain));
  });

  it('"add" alone is no verb of summing: it shows a field ("add their emails")', () => {
    const f = demo.fixture();
    const asked = f.ask('people in Singapore, add their emails');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.sql).not.toMatch(/SUM\(/);
  });
});
