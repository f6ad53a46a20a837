import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

/**
 * A field of the answer typed where the grammar asks for it is that field, never a value of the data (real data: it
 * holds an "Email" industry and a "Website Hosting" one): after the people it belongs to ("ceo emails cos sponsoring
 * X") and, in the plural, before the noun it belongs to ("websites cos sponsoring X"), the terse question runs the
 * SQL of its plain wording. A field word that modifies a noun in the singular is still the data's value.
 */
describe.skipIf(!hasRealData)('fields asked for in terse questions (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (hasRealData) f = await realFixture();
    else warnIfNoRealData('answerShapeWords');
  });
  afterAll(() => f?.close());
  const fixture = (): Fixture => {
    if (!f) throw new Error('no fixture');
    return f;
  };
  const run = (q: string): { sql: string; params: readonly unknown[] } => {
    const asked = fixture().ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return { sql: asked.sql, params: asked.params };
  };
  const interpretation = (q: string): string => {
    return interpretationOf(fixture(), q);
  };
  /** The event with the most sponsors, typed in lower case as users do. */
  const event = (): string => {
    const [name] = fixture().oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
       GROUP BY e.id ORDER BY count(*) DESC, e.name LIMIT 1`,
    );
    return String(name).toLowerCase();
  };

  const people = ['ceo', 'cfo', 'sales people', 'marketing ppl', 'directors'];
  const personFields = ['emails', 'email', 'e-mails', 'email addresses', 'titles'];
  /** Fields only a company's row holds: asked of people, both wordings are refused naming them. */
  const companyFields = ['phone numbers', 'linkedin'];
  it.each(people)(
    '"%s <field> cos sponsoring X" runs as its plain wording ("<field> of <people> at companies ...")',
    (who) => {
      for (const field of personFields)
        expect(run(`${who} ${field} cos sponsoring ${event()}`), `${who} ${field}`).toEqual(
          run(`${field} of ${who} at companies sponsoring ${event()}`),
        );
      for (const field of companyFields) {
        const terse = fixture().ask(`${who} ${field} cos sponsoring ${event()}`);
        const plain = fixture().ask(`${field} of ${who} at companies sponsoring ${event()}`);
        expect(terse.kind === 'refusal' ? terse.message : terse.kind, `${who} ${field}`).toMatch(/The data has no/);
        expect(terse).toEqual(plain);
      }
    },
  );

  it.each(['websites', 'phone numbers', 'emails', 'e-mails', 'addresses'])(
    'a plural field before the noun it belongs to: "%s cos sponsoring X", "%s sponsors X"',
    (field) => {
      const plain = run(`${field} of companies sponsoring ${event()}`);
      expect(run(`${field} cos sponsoring ${event()}`)).toEqual(plain);
      expect(run(`${field} sponsors ${event()}`)).toEqual(run(`${field} of sponsors of ${event()}`));
    },
  );

  it('a field word modifying a noun in the singular stays the data value', () => {
    expect(interpretation('email companies')).toContain('Email industry');
    expect(interpretation('emails of marketing ppl at email companies')).toContain('Email industry');
  });
});
