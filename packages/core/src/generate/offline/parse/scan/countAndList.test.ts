import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('a count with its members');

/** "how many X, and list them": the list of X, each row with the number (never the number alone). */
describe.runIf(hasRealData)('a count with its members (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const sponsors = (): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = 'Submarine Networks World 2024' AND p.relation = 'sponsor'`,
    );

  it.each([
    ['how many sponsors does Submarine Networks World 2024 have, and list them'],
    ['how many sponsors does Submarine Networks World 2024 have and who are they'],
    ['number of sponsors at Submarine Networks World 2024 and list them please'],
  ])('%s lists the members with their number', (q) => {
    const asked = f.ask(q);
    const expected = sponsors();
    expect(new Set(column(asked, 'company'))).toEqual(expected);
    // the number counts companies by name, as the count alone does: Southern Cross sponsors under two domains, one
    // company in two rows of the list
    expect(new Set(column(asked, 'count'))).toEqual(new Set([expected.size]));
    expect(column(asked, 'company').length).toBeGreaterThan(expected.size);
  });

  it('the number beside the list is the count the question alone gives', () => {
    const alone = f.ask('how many events are in Singapore');
    const both = f.ask('how many events are in Singapore, and list them');
    expect(column(both, 'count')[0]).toBe(column(alone, 'count')[0]);
  });

  it('in a follow-up, "them" of the clause is the count\'s own set, not the earlier turn\'s', () => {
    const asked = f.ask('which events are at Marina Bay Sands', 'how many events are in Singapore, and list them');
    // an event listed under several URLs is one event: the count is of the names listed
    expect(new Set(column(asked, 'event')).size).toBe(column(f.ask('how many events are in Singapore'), 'count')[0]);
  });

  it('a count alone stays one number', () => {
    expect(column(f.ask('how many events are in Singapore'), 'count')).toHaveLength(1);
  });

  it('a count then "a few examples" is the list with its number; "3 examples" cuts it to three', () => {
    const all = f.ask('how many sponsors at Submarine Networks World 2024? give me a few examples');
    expect(new Set(column(all, 'company'))).toEqual(sponsors());
    const three = f.ask('how many sponsors at Submarine Networks World 2024, and show me 3 examples');
    expect(column(three, 'company')).toHaveLength(3);
    // the number counts companies by name, as the count alone does (two rows of one sponsor share its name)
    expect(column(three, 'count')[0]).toBe(
      column(f.ask('how many sponsors at Submarine Networks World 2024'), 'count')[0],
    );
  });
});
