import { describe, expect, it } from 'vitest';
import { busiestCompany, column, companyEmails, demoScanner } from '../testkit';
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
    // the auxiliary left out, the subject opened by "any"
    ['any of those have people in our db?', 'people in our db at any of those?'],
    ['any acme expo sponsors got hr people?', 'hr people at any acme expo sponsors?'],
    // the first sentence that asks is the question; what follows it stays after it
    [
      'any of those have people in our db? i mean acme specifically',
      'people in our db at any of those? i mean acme specifically',
    ],
    ['either of them got a ceo?', 'a ceo at either of them?'],
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
    // "any" opening no subject of a polar question: a statement of having
    'which of those have hr people?',
    // a partitive subject with no verb of having after it
    'any of those in japan?',
  ])('%j stays as it is', (question) => {
    expect(possessionAsked(question)).toBe(question);
  });

  const demo = demoScanner();

  it('answers with the people a named company has, not with the company', () => {
    const f = demo.fixture();
    const name = busiestCompany(f, { withEmail: true });
    const emails = companyEmails(f, name);
    const asked = f.ask(`does ${name} have any people?`);
    expect(new Set(column(asked, 'email').filter((e) => e !== null))).toEqual(emails);
  });
});
