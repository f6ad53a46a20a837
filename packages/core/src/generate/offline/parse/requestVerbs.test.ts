import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../testkit';
import { gerundOfRequestVerb, requestVerb } from './requestVerbs';

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

describe('the -ing form of a request verb, by its lemma', () => {
  it.each(['listing', 'showing', 'giving', 'pulling', 'grabbing', 'getting', 'fetching', 'sending'])(
    '%s is a request verb in its -ing form',
    (word) => expect(gerundOfRequestVerb(word)).toBe(true),
  );
  // no -ing form of a verb (a noun that ends so), a verb of leaving out or keeping, a base form
  it.each(['thing', 'spring', 'morning', 'skipping', 'ignoring', 'keeping', 'thinking', 'list', 'pulled'])(
    '%s is not',
    (word) => expect(gerundOfRequestVerb(word)).toBe(false),
  );
});

/**
 * A request in a politeness frame (a verb asking whether the listener objects, with the request as its gerund; a
 * favour asked and joined to the request) and a request verb's -ing form closing a clause ask for what follows: the
 * same SQL as the plain request. Anything else in the frame's place is still asked back (demo data).
 */
describe('requests framed politely, and request verbs in their -ing form (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['would you mind pulling the sponsors of events in 2025', 'pull the sponsors of events in 2025'],
    ['do you mind listing the events in Singapore', 'list the events in Singapore'],
    ['Would u mind grabbing me the exhibitors at events in 2025?', 'grab me the exhibitors at events in 2025'],
    ['would you mind giving me the speakers at events next year', 'give me the speakers at events next year'],
    ['be an angel and fetch the sponsors of events in 2025', 'fetch the sponsors of events in 2025'],
    ['could you be a real star and list the events in Singapore', 'list the events in Singapore'],
    ['do me a favour and show the partners of events in Singapore', 'show the partners of events in Singapore'],
    ['would you do us a favor and grab the exhibitors at events in 2025', 'grab the exhibitors at events in 2025'],
    ['please be so kind as to send me the speakers at events next year', 'send me the speakers at events next year'],
    ['can u pls get me the partners of events in Singapore', 'get me the partners of events in Singapore'],
    ['events in Singapore, showing their venue', 'events in Singapore with their venue'],
  ])('"%s" asks "%s"', (q, plain) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(plain)));
  });

  it('a recipient after the verb makes it the verb, before a part of the data with no determiner', () => {
    const a = f.ask('be a star and grab me emails of the sponsors of events in 2025');
    expect(a.kind).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask('emails of the sponsors of events in 2025')));
  });

  it('a grouping restated with a request verb in its -ing form keeps the groups whose number passes', () => {
    const a = f.ask('partners by industry, giving each industry with at least 2 partners');
    expect(a.kind).toBe('sql');
    if (a.kind === 'sql') expect(a.interpretation).toMatch(/only the groups whose number is >= 2/);
  });

  // the gerund of a verb of leaving out: never the request (read as leaving out, or asked back)
  it.each([
    ['would you mind skipping the sponsors of events in 2025', 'the sponsors of events in 2025'],
    ['events in Singapore, ignoring their venue', 'events in Singapore with their venue'],
  ])('"%s" is never "%s"', (q, plain) => {
    const a = f.ask(q);
    if (a.kind === 'sql') expect(sql(a)).not.toBe(sql(f.ask(plain)));
    else expect(a.kind).toBe('clarify');
  });

  it.each([
    // a verb nothing reads after the favour
    'be a star and zorble the sponsors of events in 2025',
    // a favour with no request verb after it
    'be a star and the sponsors of events in 2025',
    // a frame whose gerund is no request verb
    'do you mind blorbing the events in Singapore',
  ])('"%s" is asked back, never answered as the plain request', (q) => {
    expect(f.ask(q).kind, q).toBe('clarify');
  });
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

  // an -ing form no frame asks for, right before a noun of data, names a kind of thing: dropping it as a request verb
  // answered "consulting firms" with every company
  it.each(['consulting firms', 'consulting companies in singapore', 'advertising firms at events in 2025'])(
    '"%s" keeps its first word as a condition',
    (q) => {
      if (!f) return;
      const a = f.ask(q);
      const bare = q.split(' ').slice(1).join(' ');
      if (a.kind === 'sql') expect(sql(a)).not.toBe(sql(f.ask(bare)));
      else expect(['clarify', 'refusal']).toContain(a.kind);
    },
  );

  it('a verb that may name what follows keeps its word ("free events"), and "after" with no speaker stays a time word', () => {
    if (!f) return;
    expect(sql(f.ask('free events in singapore'))).not.toBe(sql(f.ask('events in singapore')));
    // the time word is never dropped: read as a time or asked back
    const after = f.ask('events after AHICE');
    if (after.kind === 'sql') expect(after.interpretation).toMatch(/after|starting/);
    else expect(after.kind).toBe('clarify');
  });
});
