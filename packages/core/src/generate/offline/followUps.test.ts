import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, sql, type Asked, type Fixture } from './testkit';

describe('follow-ups (demo data)', () => {
  let f: Fixture;
  let companyName = '';
  beforeAll(async () => {
    f = await demoFixture();
    companyName = String(
      f.db
        .prepare(
          `SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id WHERE p.job_function = 'sales'
      GROUP BY c.id HAVING (SELECT COUNT(*) FROM companies x WHERE lower(x.name) = lower(c.name)) = 1 ORDER BY COUNT(*) DESC LIMIT 1`,
        )
        .pluck()
        .get(),
    );
  });
  afterAll(() => f.close());

  it.each(['which of these happen in 2025?', 'only the ones in 2025', 'and in 2025?'])(
    'refine the previous events: %s',
    (q) => {
      const r = f.ask('What events are in Singapore?', q);
      expect(new Set(column(r, 'url'))).toEqual(
        f.oracle(`SELECT url FROM events WHERE country = 'Singapore' AND start_date LIKE '2025-%'`),
      );
    },
  );

  it.each(['Who is sponsoring them?', 'which companies sponsor those events?', 'who are their sponsors?'])(
    'pivot to the sponsors of the previous events: %s',
    (q) => {
      const r = f.ask('Which events are in Singapore in 2025?', q);
      const oracle =
        f.oracle(`SELECT DISTINCT c.domain FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
      WHERE p.relation = 'sponsor' AND e.country = 'Singapore' AND e.start_date LIKE '2025-%'`);
      expect(new Set(column(r, 'domain'))).toEqual(oracle);
    },
  );

  // a question and a fragment pointing back typed as one message: the fragment is asked of the first part's answer,
  // as if sent one after the other ("there" was asked about, "them" dropped: the events were listed again)
  it.each([
    ['Which events are in Singapore in 2025 - sponsors there?', 'sponsors there?', []],
    ['Which events are in Singapore in 2025? Who sponsors them?', 'Who sponsors them?', []],
    // later in a conversation, the pointer still takes the message's own first part
    ['Which events are in Singapore in 2025, and who sponsors them?', 'and who sponsors them?', ['Who works at IBM?']],
  ])('%j is two turns', (message, fragment, before) => {
    const whole = f.ask(...before, message);
    expect(whole.kind).toBe('sql');
    expect(sql(whole)).toBe(sql(f.ask('Which events are in Singapore in 2025?', fragment)));
    expect(new Set(column(whole, 'domain'))).toEqual(
      f.oracle(`SELECT DISTINCT c.domain FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
      WHERE p.relation = 'sponsor' AND e.country = 'Singapore' AND e.start_date LIKE '2025-%'`),
    );
  });

  // a follow-up naming only a period ("what about 2025?", "and march?"): a bare year or "march" is that period,
  // replacing the earlier one (it was asked about as an unknown word)
  it.each([
    ['what about 2025?', '2025-'],
    ['and 2025?', '2025-'],
    ['how about march', '2025-03-'],
  ])('%j replaces the period of the previous events', (q, prefix) => {
    const r = f.ask('Which events are in Singapore in 2024?', q);
    expect(new Set(column(r, 'url'))).toEqual(
      f.oracle(`SELECT url FROM events WHERE country = 'Singapore' AND start_date LIKE '${prefix}%'`),
    );
  });

  // "that month" is the earlier turn's period where it stands; "outside X" after "in X" asks for the rest of the
  // earlier set (both together hold for nothing)
  it('"that month" and "outside Singapore" after the events in Singapore in a month', () => {
    const r = f.ask(
      'Which events are in Singapore in October 2024?',
      'And which ones that month are held outside Singapore?',
    );
    expect(new Set(column(r, 'url'))).toEqual(
      f.oracle(`SELECT url FROM events WHERE country IS NOT 'Singapore' AND start_date LIKE '2024-10-%'`),
    );
    const sponsors = f.ask(
      'Which events are in Singapore in October 2024?',
      'which companies sponsor events that month?',
    );
    expect(sql(sponsors)).toContain('start_date');
    const alone = f.ask('which companies sponsor events that month?');
    expect(alone.kind === 'clarify' && alone.clarification.question).toContain('names a period');
  });

  // follow-up commands on the earlier set: "narrow it down to" narrows as "only" does; "biggest first" is the order
  // (of the whole earlier set: a sort with no number is no top ten)
  it('"narrow it down to ..." and "sort them by ..., biggest first" operate on the earlier set', () => {
    const first = `Who works at ${companyName}?`;
    expect(sql(f.ask(first, 'narrow it down to the sales people'))).toBe(sql(f.ask(first, 'only the sales people')));
    const sorted = f.ask(
      'Which companies are headquartered in the United States?',
      'sort them by employee count, biggest first',
    );
    expect(sorted.kind === 'sql' && sorted.interpretation).toMatch(
      /^companies in United States \(headquarters\), sorted by size \(highest first/,
    );
  });

  it.each(['now find the marketing people at those companies', 'Who are the marketing contacts at these companies?'])(
    'pivot to people at the previous companies: %s',
    (q) => {
      const r = f.ask('Which companies are headquartered in the United States?', q);
      const oracle = f.oracle(
        `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE p.job_function = 'marketing' AND c.country = 'United States' AND p.email IS NOT NULL`,
      );
      expect(new Set(column(r, 'email').filter((e) => e !== null))).toEqual(oracle);
    },
  );

  it.each([
    'Just the sales people please, with their email addresses',
    'only the salespeople and their emails',
    'Only sales. Give me their e-mails',
  ])('narrow the previous people and add e-mails: %s', (q) => {
    const r = f.ask(`Who works at ${companyName}?`, q);
    const oracle = f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND p.job_function = 'sales' AND p.email IS NOT NULL`,
      companyName,
    );
    expect(new Set(column(r, 'email'))).toEqual(oracle);
  });

  // a word that is a noun or a verb after a swapping word is the noun ("what about partners": never a second link)
  it.each([
    'What about the partners?',
    'and the partners?',
    'the partners?',
    'what about partners',
    'same but partners',
  ])('swap the relation, keep the events: %s', (q) => {
    const event = String(
      f.db
        .prepare(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'partner'
      GROUP BY e.id HAVING (SELECT COUNT(*) FROM events x WHERE x.name = e.name) = 1 ORDER BY COUNT(*) DESC LIMIT 1`,
        )
        .pluck()
        .get(),
    );
    const r = f.ask(`Who is sponsoring ${event}?`, q);
    const oracle = f.oracle(
      `SELECT c.domain FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id WHERE e.name = ? AND p.relation = 'partner'`,
      event,
    );
    expect(new Set(column(r, 'domain'))).toEqual(oracle);
  });

  it('"And <name>?" swaps the named value', () => {
    const names = f.db
      .prepare(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id GROUP BY c.id
      HAVING (SELECT COUNT(*) FROM companies x WHERE lower(x.name) = lower(c.name)) = 1 ORDER BY COUNT(*) DESC LIMIT 2`,
      )
      .pluck()
      .all() as string[];
    const r = f.ask(`Which events is ${names[0] ?? ''} attending?`, `And ${names[1] ?? ''}?`);
    const oracle = f.oracle(
      'SELECT e.url FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id WHERE c.name = ?',
      names[1],
    );
    expect(new Set(column(r, 'url'))).toEqual(oracle);
  });

  it.each(['Who works there?', 'who is employed there?', 'and who works there'])(
    '"who works there" pivots to the people of the previous companies: %s',
    (q) => {
      const r = f.ask('Which companies are headquartered in the United States?', q);
      const oracle = f.oracle(
        `SELECT p.first_name || '|' || COALESCE(p.surname, '') FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = 'United States'`,
      );
      expect(
        new Set(
          r.kind === 'sql' ? r.rows.map((row) => `${String(row[1])}|${String((row[2] as string | null) ?? '')}`) : [],
        ),
      ).toEqual(oracle);
    },
  );

  /** "key=count" per row: the key column named, the count the last column. */
  const keyedCounts = (r: Asked, key: string): Set<string> => {
    if (r.kind !== 'sql') return new Set();
    const at = r.columns.indexOf(key);
    return new Set(r.rows.map((row) => `${String(row[at])}=${String(row[row.length - 1])}`));
  };

  it.each([
    'How many contacts are there at each of them?',
    'how many people work at each of those?',
    'number of contacts for each of these',
  ])('"each of them" counts per previous company, every one of them (zero included): %s', (q) => {
    const r = f.ask('Which companies are headquartered in the United States?', q);
    const oracle = f.db
      .prepare(
        `SELECT c.domain, (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) FROM companies c
         WHERE c.country = 'United States'`,
      )
      .raw(true)
      .all() as unknown[][];
    expect(keyedCounts(r, 'domain')).toEqual(new Set(oracle.map((o) => `${String(o[0])}=${String(o[1])}`)));
  });

  it.each(['How many sponsors does each of those have?', 'how many sponsors for each of them?'])(
    '"each of those" events: sponsors per previous event, every one of them (zero included): %s',
    (q) => {
      const r = f.ask('Which events are in Singapore?', q);
      const oracle = f.db
        .prepare(
          `SELECT e.url, (SELECT COUNT(DISTINCT p.company_id) FROM participations p WHERE p.event_id = e.id
           AND p.relation = 'sponsor') FROM events e WHERE e.country = 'Singapore'`,
        )
        .raw(true)
        .all() as unknown[][];
      expect(keyedCounts(r, 'url')).toEqual(new Set(oracle.map((o) => `${String(o[0])}=${String(o[1])}`)));
    },
  );

  it('"how many of them" counts the previous set', () => {
    const r = f.ask('Which companies are headquartered in the United States?', 'How many of them are there?');
    expect(column(r, 'count')[0]).toBe(
      f.db.prepare(`SELECT COUNT(*) FROM companies WHERE country = 'United States'`).pluck().get(),
    );
  });

  it('a new, self-contained question does not inherit filters', () => {
    const r = f.ask('What events are in Singapore?', 'Which companies are headquartered in the United States?');
    expect(sql(r)).not.toContain('"events"');
  });
});

describe('narrowing versus replacing a value (demo data)', () => {
  let f: Fixture;
  const first = 'Who are the sales people at companies in the United States?';
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    'which of those are marketing?',
    'Which of them work in marketing?',
    'only the marketing ones',
    'just the marketing people among them',
  ])('"which of those" / "only" narrows: both functions must hold (people whose title states both): %s', (q) => {
    const r = f.ask(first, q);
    const oracle = f.oracle(
      `SELECT p.id FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = 'United States'
         AND EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'sales')
         AND EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'marketing')`,
    );
    expect(r.kind === 'sql' && r.rows.length).toBe(oracle.size);
    expect(r.kind === 'sql' && r.interpretation).toMatch(
      /Sales.*narrowed to those whose job functions include Marketing|Marketing.*narrowed to those whose job functions include Sales/,
    );
  });

  it.each(['what about marketing?', 'How about the marketing people?', 'and marketing?', 'marketing instead'])(
    '"what about" / "and X?" / "instead" replaces the function: %s',
    (q) => {
      const r = f.ask(first, q);
      const oracle = f.oracle(
        `SELECT p.id FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = 'United States'
           AND EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'marketing')`,
      );
      expect(r.kind === 'sql' && r.rows.length).toBe(oracle.size);
      expect(r.kind === 'sql' && r.interpretation).not.toMatch(/Sales/);
    },
  );

  it.each(['what about marketing? only the ones in the US', 'how about marketing, just those in the United States'])(
    'a replacing follow-up with a pro-form after it still replaces the value it says: %s',
    (q) => {
      const r = f.ask(first, q);
      // the place after the pro-form is the people's own (the rows asked are people)
      const oracle = f.oracle(
        `SELECT p.id FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = 'United States'
           AND p.country = 'United States'
           AND EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'marketing')`,
      );
      expect(oracle.size).toBeGreaterThan(0);
      expect(r.kind === 'sql' && r.rows.length).toBe(oracle.size);
      expect(r.kind === 'sql' && r.interpretation).not.toMatch(/Sales|narrowed/);
    },
  );

  it.each(['which of those are directors?', 'only the directors', 'Which of them are director level?'])(
    'narrowing by another kind keeps the function: %s',
    (q) => {
      const r = f.ask(first, q);
      const oracle = f.oracle(
        `SELECT p.id FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = 'United States' AND p.job_function = 'sales' AND p.seniority = 'director'`,
      );
      expect(r.kind === 'sql' && r.rows.length).toBe(oracle.size);
    },
  );

  it.each(['which of these are in Germany?', 'only the ones in Germany'])(
    'narrowing a country is an intersection: %s',
    (q) => {
      const r = f.ask('Which companies are headquartered in the United States?', q);
      expect(r.kind === 'sql' && r.rows).toEqual([]);
    },
  );

  it.each(['and in Germany?', 'what about Germany?'])('swapping a country: %s', (q) => {
    const r = f.ask('Which companies are headquartered in the United States?', q);
    expect(new Set(column(r, 'domain'))).toEqual(f.oracle(`SELECT domain FROM companies WHERE country = 'Germany'`));
  });
});

describe('refusals (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    'Delete every company from the database',
    'please remove all the contacts',
    'Update the venue of every event to Suntec',
    'DROP TABLE people',
    'insert into events values (1)',
    'Add a new company called Acme',
    'Can you change the start date of all events to tomorrow?',
  ])('data changes are refused: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'refusal' && r.code).toBe('MODIFICATION_REQUEST');
  });

  it.each([
    ['sponsors of every event', 'great, pls delete the ones with no revenue info'],
    ['companies in Singapore', 'perfect. now delete those without a website'],
    ['people at the sponsors', 'ok erase the ones in sales'],
  ])('after %s, a turn asking to delete part of the list is a data change, refused: %s', (earlier, q) => {
    const r = f.ask(earlier, q);
    expect(r.kind === 'refusal' && r.code).toBe('MODIFICATION_REQUEST');
  });

  it('after a list, removing part of it edits the answer (no change to the data)', () => {
    const r = f.ask('companies in Singapore', 'great, remove the ones without a website');
    expect(r.kind).toBe('sql');
  });

  it.each([
    "What's the weather like in London?",
    'What is the share price of Google?',
    'Tell me a joke about conferences',
    'Who won the football match yesterday?',
  ])('questions outside the data are refused: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'refusal' && r.code).toBe('OUT_OF_SCOPE');
  });

  it.each([
    'Send an invitation email to all the sponsors of every event',
    'Email all the contacts in sales',
    'please call them',
    'Invite everyone at the sponsors to our booth',
  ])('actions outside the data (send, email, call, invite) are refused: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'refusal' && r.code).toBe('OUT_OF_SCOPE');
  });

  it.each([
    'Set the country of all events to Malaysia',
    'Mark all the sponsors as inactive',
    'set every venue to Suntec',
  ])('assignments to existing rows are refused: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'refusal' && r.code).toBe('MODIFICATION_REQUEST');
  });

  it.each([
    'Email addresses of the sales people',
    'contact details for marketing people in Singapore',
    'emails of people at the sponsors',
  ])('e-mail and contact nouns are still questions: %s', (q) => {
    expect(f.ask(q).kind).toBe('sql');
  });

  it.each(['Who is sponsoring Nonexistent Galactic Summit?', 'Which companies are exhibiting at Foo Bar Expo 2031?'])(
    'unknown names are reported, not guessed: %s',
    (q) => {
      const r = f.ask(q);
      expect(r.kind === 'refusal' && r.code).toBe('UNMAPPED');
      expect(r.kind === 'refusal' && r.message).toMatch(/Galactic|Foo Bar/);
    },
  );

  it.each(['Add their email addresses', 'show me the companies and add their domains'])(
    'read requests using such words are answered: %s',
    (q) => {
      expect(f.ask('Who works in sales?', q).kind).toBe('sql');
    },
  );

  it('a read question with a part the data does not hold is asked back, not refused as a change', () => {
    // events have no "updated" date: answering all events would answer a broader question
    expect(f.ask('Which events were updated recently?').kind).toBe('clarify');
  });

  it('the turn after a clarification continues the same question (leave the part out, or a typed reply)', () => {
    const dropped = f.ask('Which events were updated recently?', 'leave it out');
    expect(dropped.kind === 'sql' && dropped.interpretation).toBe('events');
    const typed = f.ask('How many events were updated recently?', 'I meant the ones that already took place');
    expect(typed.kind === 'sql' && typed.interpretation).toMatch(/^number of events that already took place/);
  });
});

describe.skipIf(!hasRealData)('follow-ups (real data)', () => {
  warnIfNoRealData('follow-ups');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('venue, then a year', () => {
    const r = f.ask('Which events take place at Marina Bay Sands?', 'just the ones happening in 2025');
    expect(new Set(column(r, 'event'))).toContain('ART SG');
    expect(new Set(column(r, 'event'))).not.toContain('BEX Asia');
  });

  it('company, then its sales people with e-mails', () => {
    const r = f.ask('Show me the people working at Zscaler', 'only the sales ones, and their email addresses');
    expect(new Set(column(r, 'email'))).toContain('clincoln@zscaler.com');
  });

  it.each(['which of those are marketing?', 'Which of them are in marketing?'])(
    'narrowing sales people to marketing is empty: %s',
    (q) => {
      const r = f.ask('Find sales people at companies attending Cleantech Forum Asia', q);
      expect(r.kind === 'sql' && r.rows).toEqual([]);
      expect(r.kind === 'sql' && r.interpretation).toContain('narrowed to those');
    },
  );

  it.each(['what about marketing?', 'how about the marketing people?'])('replacing sales by marketing: %s', (q) => {
    const r = f.ask('Find sales people at companies attending Cleantech Forum Asia', q);
    expect(column(r, 'full_name')).toEqual(['Susanna Zhang']);
  });
});

/**
 * A follow-up that changes one part (a relation, a place, a time, a function) keeps every other part of the earlier
 * turn, wherever that part sits in it (the companies' relation under people, the events' dates under companies):
 * the answer is the one the whole question asked at once gets. Questions of this test's own.
 */
describe.skipIf(!hasRealData)('a follow-up changing one part keeps the others (real data)', () => {
  warnIfNoRealData('follow-ups');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const names = (asked: ReturnType<Fixture['ask']>): Set<unknown> =>
    new Set(asked.kind === 'sql' ? asked.rows.map((r) => r[0]) : [asked.kind]);

  it.each([
    ['sales people at ahice sponsors in singapore', 'and the partners?', 'sales people at ahice partners in singapore'],
    ['marketing people at ahice sponsors', 'and at the partners?', 'marketing people at ahice partners'],
    [
      'sales people at ahice sponsors in singapore',
      'what about in malaysia',
      'sales people at ahice sponsors headquartered in malaysia',
    ],
    [
      'companies sponsoring events in singapore next month',
      'how about next quarter',
      'companies sponsoring events in singapore next quarter',
    ],
    [
      'sales people at ahice sponsors in singapore',
      'what about marketing?',
      'marketing people at ahice sponsors in singapore',
    ],
    ['events in singapore in october 2024', 'what about next quarter', 'events in singapore next quarter'],
    // a relation word after a determiner is the noun: the sponsors of those events, not the events with sponsors
    [
      'events in singapore in october 2024',
      'what about the sponsors?',
      'companies sponsoring events in singapore in october 2024',
    ],
    // a phrase restating the earlier request ("same thing", "ditto") swaps the name and adds what "ones" are said
    [
      'which companies are speaking at cloud expo asia',
      'same thing for cyber security world asia but only ones with over 1k employees',
      'companies speaking at cyber security world asia with more than 1000 employees',
    ],
    ['which companies are speaking at cloud expo asia', 'ditto for ahice', 'companies speaking at ahice'],
    ['events at suntec in 2024', 'what about 2025?', 'events at suntec in 2025'],
    // the earlier set read through a pro-form, then a company of its own: that company replaces the earlier one
    // (a person works at one company: both at once is nobody)
    ['marketing people at paypal', 'and the ones at siemens?', 'marketing people at siemens'],
    ['marketing people at paypal', 'what about those at siemens', 'marketing people at siemens'],
    ['marketing people at paypal', 'what about at siemens?', 'marketing people at siemens'],
  ])('%s, then %j: as %j', (first, followUp, whole) => {
    const expected = names(f.ask(whole));
    expect(expected.has('clarify') || expected.has('refusal')).toBe(false);
    expect(names(f.ask(first, followUp))).toEqual(expected);
  });

  it('a follow-up naming a noun of its own is a new set, not a swap inside the earlier one', () => {
    const r = f.ask('companies at ahice', 'what about events in october?');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^events/);
  });

  it('"only the ones at <another company>" still narrows the earlier set (both must hold)', () => {
    const r = f.ask('marketing people at paypal', 'only the ones at siemens');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/PayPal.*Siemens/);
  });

  it('"only the ones in the US" narrows the companies asked, not the events they sponsor', () => {
    const r = f.ask('companies sponsoring events in singapore next month', 'only the ones in the US');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^companies in United States/);
  });
});
