import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, sql, type Fixture } from '../../testkit';

warnIfNoRealData('example requests');

/**
 * "a few examples of X", "3 sample companies at Y", "any names?" after a count: the list of the set asked (the
 * earlier turn's narrowed set in a follow-up), cut to the number asked when one is given, never a clarify about
 * "few" or "sample".
 */
describe.runIf(hasRealData)('example requests (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The companies at one event (any relation, or the one named), from the data. */
  const companiesAt = (event: string, relation?: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = ? ${relation ? 'AND p.relation = ?' : ''}`,
      ...(relation ? [event, relation] : [event]),
    );

  it('a number before "sample" cuts the list to it, every row from the set', () => {
    const asked = f.ask('show me 3 sample companies at Aviation Festival Asia 2025');
    const names = column(asked, 'company');
    expect(names).toHaveLength(3);
    const all = companiesAt('Aviation Festival Asia 2025');
    expect(all.size).toBeGreaterThan(3);
    for (const n of names) expect(all.has(n)).toBe(true);
  });

  it('"N examples of X" is N rows of X', () => {
    const names = column(f.ask('give me 2 examples of events in Singapore'), 'event');
    expect(names).toHaveLength(2);
  });

  it('"an example of" is one row', () => {
    expect(column(f.ask('give me an example of a sponsor of Submarine Networks World 2024'), 'company')).toHaveLength(
      1,
    );
  });

  it('"a few examples" with no number is the whole set, no word asked back', () => {
    const asked = f.ask('give me a few examples of the sponsors of Submarine Networks World 2024');
    expect(new Set(column(asked, 'company'))).toEqual(companiesAt('Submarine Networks World 2024', 'sponsor'));
  });

  it('"a couple of" before a people noun lists them', () => {
    expect(f.ask('a couple of sales people at Zscaler').kind).toBe('sql');
  });

  it.each([
    ['a few sponsors at AHICE South East Asia'],
    ['few sponsors at AHICE South East Asia'],
    ['show me several sponsors at AHICE South East Asia'],
  ])('"%s" lists the set asked: the quantifier is no theme and no count of its events', (q) => {
    expect(new Set(column(f.ask(q), 'company'))).toEqual(companiesAt('AHICE South East Asia', 'sponsor'));
  });

  it('a few of a clause\'s object is a count of more than one, as "several"; a bare "few" there is asked', () => {
    expect(sql(f.ask('companies at a few events'))).toBe(sql(f.ask('companies at several events')));
    expect(sql(f.ask('companies sponsoring a couple of events'))).toBe(
      sql(f.ask('companies sponsoring several events')),
    );
    expect(f.ask('companies at few events').kind).toBe('clarify');
  });

  it.each([
    ['any names?'],
    ['give me some examples'],
    ['what are their names'],
    ['list a few'],
    ['can you show a couple?'],
  ])('after a count, "%s" lists the counted set', (followUp) => {
    const asked = f.ask('how many speakers are at Cloud Expo Asia Singapore 2024', followUp);
    expect(new Set(column(asked, 'company'))).toEqual(companiesAt('Cloud Expo Asia Singapore 2024', 'speaker'));
  });

  it('"show me 5 of them" after a count is 5 of the counted set', () => {
    const asked = f.ask('how many sponsors at Submarine Networks World 2024', 'show me 5 of them');
    const names = column(asked, 'company');
    expect(names).toHaveLength(5);
    const all = companiesAt('Submarine Networks World 2024', 'sponsor');
    for (const n of names) expect(all.has(n)).toBe(true);
    expect(sql(asked)).toMatch(/LIMIT 5$/);
  });

  it('a follow-up keeps the earlier narrowing', () => {
    const narrowed = f.ask('which events are at Marina Bay Sands', 'which of those are in 2025');
    const asked = f.ask('which events are at Marina Bay Sands', 'which of those are in 2025', 'any names?');
    expect(column(asked, 'event')).toEqual(column(narrowed, 'event'));
  });

  it('the number of examples of a ranking is the number ranked', () => {
    expect(column(f.ask('give me 3 examples of the largest companies'), 'company')).toHaveLength(3);
  });

  it.each([
    ['list 5 events in Singapore', 'event', 5],
    ['give me 10 companies at Aviation Festival Asia 2025', 'company', 10],
    ['give me a sample of 4 people at Zscaler', 'full_name', 4],
  ])('%s is that many rows', (q, col, n) => {
    expect(column(f.ask(q), col)).toHaveLength(n);
  });

  // "one of" as the complement of "be" (or after "as") says the subject is a member of the set: a condition on it,
  // never one row of the set
  it.each([
    ['who works at {c}? they are one of the sponsors of {e}'],
    ["people at {c} - they're one of the {e} sponsors"],
    ['contacts at {c}, being one of the sponsors at {e}'],
    ['list people from {c} as one of the sponsors of {e}'],
    ['{c} was one of the sponsors of {e}: who works there?'],
  ])('"%s" is every person at the company, no limit of one', (template) => {
    const [company, event] = f.db
      .prepare(
        `SELECT c.name, e.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         JOIN people x ON x.company_id = c.id WHERE p.relation = 'sponsor'
         AND (SELECT COUNT(*) FROM companies y WHERE lower(y.name) = lower(c.name)) = 1
         AND (SELECT COUNT(*) FROM events z WHERE z.name = e.name) = 1
         GROUP BY c.id, e.id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .raw()
      .get() as [string, string];
    const asked = f.ask(template.replace('{c}', company).replace('{e}', event));
    expect(sql(asked)).not.toMatch(/LIMIT 1$/);
    expect(column(asked, 'full_name').length).toBeGreaterThan(1);
  });

  it('"show me one of the sponsors" still asks for one', () => {
    expect(sql(f.ask('show me one of the sponsors of Aviation Festival Asia 2025'))).toMatch(/LIMIT 1$/);
  });
});
