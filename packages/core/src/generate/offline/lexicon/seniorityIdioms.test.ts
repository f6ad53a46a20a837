import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, sql, type Fixture } from '../testkit';

/**
 * Idioms of speech for the people at the top ("the top brass", "the bigwigs", "the higher-ups") are seniority levels
 * (`SENIORITY_WORDS`): the C-level for the very top, every level of leadership for those above someone. Before, "top"
 * was asked back and "brass" read as nothing.
 */
describe('seniority idioms (demo data)', () => {
  let f: Fixture;
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f);
  });
  afterAll(() => f.close());

  it.each([
    ['the top brass at %s', 'c-level people at %s'],
    ['who are the bigwigs at %s?', 'c-level people at %s'],
    ['the higher-ups at %s', 'leadership at %s'],
  ])('%s is %s', (q, plain) => {
    const asked = f.ask(q.replace('%s', company));
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain.replace('%s', company))));
  });

  it('"top" before a number and a noun is still a ranking, not the idiom', () => {
    const asked = f.ask(`top 3 executives at ${company} by seniority`);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).not.toMatch(/seniority is C-level,/);
  });
});
