import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, firstColumnNames, type Fixture } from '../../testkit';

/**
 * "where's X showing up", "where is X going": "where" asked of a named company with a verb of taking part is the events
 * it takes part in (as "which events is X at"), not its address; phrasal verbs of turning up ("show up", "turn up",
 * "pop up", any form, "at" or stranded) are verbs of taking part. Before, "showing" was refused as a field of
 * companies the data does not hold.
 */
describe('where a company takes part (demo data)', () => {
  let f: Fixture;
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f);
  });
  afterAll(() => f.close());

  it.each(["where's %s showing up", 'where is %s turning up', 'where is %s going', 'which events did %s pop up at'])(
    '%s lists the events it takes part in',
    (q) => {
      const question = q.replace('%s', company);
      const expected = firstColumnNames(f.ask(`which events is ${company} at`));
      expect(expected.length).toBeGreaterThan(0);
      expect(firstColumnNames(f.ask(question), question)).toEqual(expected);
    },
  );

  it('"where is X based" stays the place of the company', () => {
    const asked = f.ask(`where is ${company} based`);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/^companies named .*showing location/);
  });
});
