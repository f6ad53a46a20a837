import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('a name fitting two companies, in a question about people');

/**
 * The data holds two companies "far east hospitality" fits alike (Far East Hospitality Trust, with no people, and Far
 * East Hospitality Management, with people): a question about people means the one with people; a question about
 * the companies themselves still asks which.
 */
describe.runIf(hasRealData)('a name fitting two companies, one with people (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('the data holds what the rule is about', () => {
    const staffed = f.oracle(
      `SELECT c.name FROM companies c WHERE c.name LIKE 'Far East Hospitality%'
       AND EXISTS (SELECT 1 FROM people p WHERE p.company_id = c.id)`,
    );
    const all = f.oracle(`SELECT c.name FROM companies c WHERE c.name LIKE 'Far East Hospitality%'`);
    expect(all.size).toBe(2);
    expect(staffed.size).toBe(1);
  });

  it.each(['sales people at far east hospitality', 'who works at far east hospitality', 'far east hospitality emails'])(
    '%s: the company with people',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/Far East Hospitality Management/);
    },
  );

  it('a question about the companies themselves still asks which', () => {
    expect(f.ask('which events is far east hospitality at').kind).toBe('clarify');
  });
});
