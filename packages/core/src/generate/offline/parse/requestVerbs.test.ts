import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, sql, type Fixture } from '../testkit';
import { requestVerb } from './requestVerbs';

describe('verbs of a request, by their WordNet class', () => {
  it.each(['provide', 'supply', 'share', 'grab', 'compile', 'dig', 'deliver', 'send', 'fetch'])(
    '%s hands over, gets or shows: a request verb',
    (word) => expect(requestVerb(word)).toBe(true),
  );
  // leaving out, being, thinking: never the request; an inflected form is no imperative
  it.each(['ignore', 'skip', 'exclude', 'keep', 'be', 'think', 'providing', 'provided'])('%s is not', (word) =>
    expect(requestVerb(word)).toBe(false),
  );
});

/**
 * The verb of an imperative request and "be after" said by the speaker ask for what follows: the same SQL as the
 * plain request, never a job title ("provide" is no slip of "provider") nor a word asked back (real data: the titles
 * hold "provider").
 */
describe.runIf(hasRealData)('request verbs ask, they name nothing (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (hasRealData) f = await realFixture();
    else warnIfNoRealData('requestVerbs');
  });
  afterAll(() => f?.close());

  const plain = 'show me the email addresses of people at companies attending finance and banking events';
  it.each([
    'Please provide the email addresses of people at companies attending finance and banking events.',
    'provide email addresses of people at companies attending finance and banking events',
    'Could you supply the email addresses of people at companies attending finance and banking events?',
    'ok so grab me the email addresses of people at companies attending finance and banking events',
    'can u dig up the email addresses of people at companies attending finance and banking events',
    'Finance and banking events: send over the email addresses of people at companies attending them',
    'Provide me with the email addresses of people at companies attending finance and banking events',
    'help me pull the email addresses of people at companies attending finance and banking events',
    "I'm after the email addresses of people at companies attending finance and banking events",
    'what we are really after is the email addresses of people at companies attending finance and banking events',
  ])('"%s" asks for the e-mail addresses', (q) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation).not.toMatch(/provider|job title/);
    if (!q.includes(':')) expect(sql(a)).toBe(sql(f.ask(plain)));
  });

  // a verb of finding out asks the question after it; a word that is only a verb opening the request is no theme
  it.each([
    ['Determine which companies exhibit at events in Singapore', 'which companies exhibit at events in Singapore'],
    ['figure out who is sponsoring events in Singapore', 'who is sponsoring events in Singapore'],
    ['Identify exhibitors of events in Singapore', 'exhibitors of events in Singapore'],
  ])('"%s" asks "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it.each([
    'compile a list of companies attending oil and gas events',
    'pls supply list of companies attending oil and gas events',
    // given to the speaker, a noun of the data is data: no action on anyone
    'Send me all the companies attending oil and gas events',
    'let me know the companies attending oil and gas events',
  ])('"%s" lists them', (q) => {
    if (!f) return;
    expect(sql(f.ask(q))).toBe(sql(f.ask('list companies attending oil and gas events')));
  });

  it('a verb that may name what follows keeps its word ("free events"), and "after" with no speaker stays a time word', () => {
    if (!f) return;
    expect(sql(f.ask('free events in singapore'))).not.toBe(sql(f.ask('events in singapore')));
    // the time word is never dropped: read as a time or asked back
    const after = f.ask('events after AHICE');
    if (after.kind === 'sql') expect(after.interpretation).toMatch(/after|starting/);
    else expect(after.kind).toBe('clarify');
  });
});
