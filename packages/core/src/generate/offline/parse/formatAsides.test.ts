import { describe, expect, it } from 'vitest';
import { demoScanner, firstColumnNames } from '../testkit';

/** Questions of this test's own over the demo data. */
describe('an aside approving a plain answer ("- just names is fine")', () => {
  const demo = demoScanner();

  it.each([
    'which companies are in Singapore - just names is fine',
    'which companies are in Singapore? names only is ok',
    'which companies are in Singapore, a list is good enough',
  ])('%s is the question without it', (q) => {
    const f = demo.fixture();
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(firstColumnNames(asked)).toEqual(firstColumnNames(f.ask('which companies are in Singapore')));
  });

  it('"every company that ..." is the companies, no grouping per company', () => {
    const f = demo.fixture();
    const asked = f.ask('list every company that is in Singapore');
    expect(firstColumnNames(asked)).toEqual(firstColumnNames(f.ask('which companies are in Singapore')));
  });
});
