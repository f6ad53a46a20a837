import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, column, demoFixture, type Fixture } from '../../testkit';

describe('the e-mail format of a company (demo data)', () => {
  let f: Fixture;
  let company: string;
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f, { withEmail: true });
  });
  afterAll(() => f.close());

  it('is the pattern its people\'s addresses are built with, shown beside them (zc117 asked "format")', () => {
    const asked = f.ask(`what's the email format for people at ${company}?`);
    const patterns = f.oracle(
      'SELECT p.email_pattern FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?',
      company,
    );
    expect(new Set(column(asked, 'email_pattern'))).toEqual(patterns);
  });
});
