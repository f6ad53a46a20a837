import { describe, expect, it } from 'vitest';
import { demoWithCompany, type Asked } from '../testkit';

const rows = (a: Asked): string[] => (a.kind === 'sql' ? a.rows.map((r) => JSON.stringify(r)).sort() : []);

/**
 * A prepositional phrase fronted before the question word with no comma ("at <company> how many directors") is an
 * adjunct of the question, read as the comma'd form is: it counted the companies of that name (one) and answered
 * a different question. The demo data's names are generated, so the company is looked up.
 */
describe('a fronted prepositional phrase before the question word (demo data)', () => {
  const demo = demoWithCompany();

  it.each([
    ['at {c} how many directors', 'at {c}, how many directors'],
    ['at {c} how many people are in sales', 'at {c}, how many people are in sales'],
    ['at {c} who works in marketing', 'who works in marketing at {c}'],
    ['in singapore which events are in october', 'which events in singapore are in october'],
    // at the head of a sentence after the speaker's own one, as at the message's head
    ['recruiter here. at {c} how many directors', 'at {c}, how many directors'],
    ['quick question. in singapore which events are in october', 'which events in singapore are in october'],
  ])('%s is read as %s', (fronted, plain) => {
    const a = demo.f.ask(fronted.replace('{c}', demo.company));
    const b = demo.f.ask(plain.replace('{c}', demo.company));
    expect(a.kind).toBe('sql');
    expect(rows(a)).toEqual(rows(b));
  });

  it('the count is of the people, not of the companies named', () => {
    const a = demo.f.ask(`at ${demo.company} how many directors`);
    expect(a.kind === 'sql' && a.interpretation).toMatch(/^number of people/);
  });
});
