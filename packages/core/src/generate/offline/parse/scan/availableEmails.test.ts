import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, sql, type Fixture } from '../../testkit';

describe('words of an e-mail being there to use restate that it is (demo data)', () => {
  let f: Fixture;
  let company: string;
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f, { withEmail: true });
  });
  afterAll(() => f.close());

  it.each([
    ['how many people at %C do we have a usable e-mail address for?', 'how many people at %C have an email address?'],
    ["how many people at %C don't have an email we can build", "how many people at %C don't have an email"],
    ['emails of the people at %C where an email can be derived', 'emails of the people at %C'],
  ])('%s: as %s (it was asked what the word means)', (q, plain) => {
    expect(sql(f.ask(q.replace('%C', company)))).toBe(sql(f.ask(plain.replace('%C', company))));
  });
});
