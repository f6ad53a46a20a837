import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, demoFixture, type Asked, type Fixture } from '../testkit';

const rows = (a: Asked): string[] => (a.kind === 'sql' ? a.rows.map((r) => JSON.stringify(r)).sort() : []);

/**
 * A prepositional phrase fronted before the question word with no comma ("at <company> how many directors") is an
 * adjunct of the question, read as the comma'd form is: it counted the companies of that name (one) and answered
 * a different question. The demo data's names are generated, so the company is looked up.
 */
describe('a fronted prepositional phrase before the question word (demo data)', () => {
  let f: Fixture;
  let company: string;
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f);
  });
  afterAll(() => f.close());

  it.each([
    ['at {c} how many directors', 'at {c}, how many directors'],
    ['at {c} how many people are in sales', 'at {c}, how many people are in sales'],
    ['at {c} who works in marketing', 'who works in marketing at {c}'],
    ['in singapore which events are in october', 'which events in singapore are in october'],
  ])('%s is read as %s', (fronted, plain) => {
    const a = f.ask(fronted.replace('{c}', company));
    const b = f.ask(plain.replace('{c}', company));
    expect(a.kind).toBe('sql');
    expect(rows(a)).toEqual(rows(b));
  });

  it('the count is of the people, not of the companies named', () => {
    const a = f.ask(`at ${company} how many directors`);
    expect(a.kind === 'sql' && a.interpretation).toMatch(/^number of people/);
  });
});
