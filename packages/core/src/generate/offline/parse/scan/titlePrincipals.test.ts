import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/** A role "to" an executive is one title with its principal, on the real data. */
describe.runIf(hasRealData)('roles to a principal (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    [
      'executive assistant to the CEO',
      ['executive assistant to chief executive officer', 'executive assistant to ceo'],
    ],
    ['assistants to the CEO', ['assistant to chief executive officer', 'assistant to ceo', 'assistant to the ceo']],
    ['advisor to the CTO', ['advisor to the cto', 'advisor to cto']],
    ['executive assistants to senior vice presidents', ['executive assistant to senior vice president']],
  ])('%s: one title, never the executive as a second title', (q, phrases) => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people whose job title mentions [a-z ]+ to the /);
    expect(asked.interpretation).not.toContain(' or ');
    const expected = f?.oracle(
      `SELECT full_name FROM people WHERE ${phrases.map(() => 'lower(job_title) LIKE ?').join(' OR ')}`,
      ...phrases.map((p) => `%${p}%`),
    );
    expect(expected?.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });
});
