import { describe, expect, it } from 'vitest';
import { column, demoScanner } from '../testkit';
import { possessionAsked } from './possessionQuestions';

describe('a polar question of having asks for what is had', () => {
  // questions of this test's own
  it.each([
    ['does acme expo have any sponsors from japan?', 'any sponsors from japan at acme expo?'],
    ['does Acme have any hr people', 'any hr people at Acme'],
    ['has acme expo got a sponsor from japan?', 'a sponsor from japan at acme expo?'],
    ['did the acme expo sponsors have any ceos?', 'any ceos at the acme expo sponsors?'],
    // a bare plural of rows is had as well
    ['does acme expo have sponsors from japan?', 'sponsors from japan at acme expo?'],
  ])('%j reads as %j', (question, asked) => {
    expect(possessionAsked(question)).toBe(asked);
  });

  it.each([
    // the speaker or the listener has nothing of the data
    'do we have any hr people at acme?',
    'do you have any sponsors from japan?',
    // a field of the subject itself, no rows
    'does acme have any revenue data?',
    // no determiner: a comparison or a count, not a polar question of having
    'does acme have more sponsors than zeta?',
    'does acme expo have over 50 sponsors?',
  ])('%j stays as it is', (question) => {
    expect(possessionAsked(question)).toBe(question);
  });

  const demo = demoScanner();

  it('answers with the people a named company has, not with the company', () => {
    const f = demo.fixture();
    const row = f.db
      .prepare(
        `SELECT c.id AS id, c.name AS name FROM companies c JOIN people p ON p.company_id = c.id WHERE p.email IS NOT NULL
         GROUP BY c.id ORDER BY COUNT(*) DESC, c.id LIMIT 1`,
      )
      .get() as { id: number; name: string };
    const emails = f.oracle('SELECT email FROM people WHERE company_id = ? AND email IS NOT NULL', row.id);
    const asked = f.ask(`does ${row.name} have any people?`);
    expect(new Set(column(asked, 'email').filter((e) => e !== null))).toEqual(emails);
  });
});
