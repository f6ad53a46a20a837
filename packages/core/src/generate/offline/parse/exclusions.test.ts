import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture, interpretationOf } from '../testkit';

/** Exclusions said as an aside: the main set minus the excluded one, never the excluded words on another node. */
describe('exclusions stated in parentheses or as an aside (demo data)', () => {
  let f: Fixture;
  let eventName = '';
  beforeAll(async () => {
    f = await demoFixture();
    // an event with both sponsors and partners, so "partners at X (not sponsors)" is scoped to X
    const row = f.db
      .prepare(
        `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id GROUP BY e.id
         HAVING SUM(p.relation = 'sponsor') > 0 AND SUM(p.relation = 'partner') > 0 ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { name: string };
    eventName = row.name;
  });
  afterAll(() => f.close());
  const read = (...qs: string[]): string => {
    return interpretationOf(f, ...qs);
  };
  const companies = (q: string): Set<unknown> => new Set(column(f.ask(q), 'company'));
  const withRelation = (relation: string, event?: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE p.relation = ?${event ? ' AND e.name = ?' : ''}`,
      ...(event ? [relation, event] : [relation]),
    );
  const minus = (a: Set<unknown>, b: Set<unknown>): Set<unknown> => new Set([...a].filter((x) => !b.has(x)));

  it.each([
    'exhibitors, excluding the ones that also sponsor',
    'exhibitors that are not sponsors',
    'which companies exhibit at events (not sponsors)',
    'exhibitors, sponsors excluded',
    'exhibitors but not sponsors',
  ])('%s: the exhibitors minus the sponsors', (q) => {
    // the excluded companies by name (compile/identity.ts), as the interpretation says
    expect(read(q)).toBe(
      'companies that are exhibitors of events, excluding companies that are sponsors of events (each company by name, over all its rows)',
    );
    expect(companies(q)).toEqual(minus(withRelation('exhibitor'), withRelation('sponsor')));
  });

  it('a relation excluded with no event of its own is at the main clause event', () => {
    for (const q of [
      `which partners are there at ${eventName} (not sponsors)`,
      `partners at ${eventName}, excluding sponsors`,
    ])
      expect(companies(q)).toEqual(minus(withRelation('partner', eventName), withRelation('sponsor', eventName)));
    // the parenthetical before the rest of the clause: what follows stays with the main clause
    expect(read(`list the partners (but not the sponsors) of ${eventName}`)).toBe(
      `companies that are partners of events named ${eventName}, excluding companies that are sponsors of events named ${eventName} (each company by name, over all its rows)`,
    );
  });

  it('a list of exclusions in parentheses, each with its own "not", leaves out any of them (never dropped)', () => {
    // a comma made it an example list, dropped: the excluded rows were answered
    const q = `partners of ${eventName} (not sponsors, not exhibitors)`;
    const left = minus(
      minus(withRelation('partner', eventName), withRelation('sponsor', eventName)),
      withRelation('exhibitor', eventName),
    );
    expect(companies(q)).toEqual(left);
    const emails = (question: string): Set<unknown> => new Set(column(f.ask(question), 'email'));
    const leaders = f.oracle(
      `SELECT p.email FROM people p WHERE p.seniority IN ('vp', 'head')
       AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'sales')`,
    );
    expect(leaders.size).toBeGreaterThan(0);
    expect(emails('sales leaders (not directors, not c-suite)')).toEqual(leaders);
  });

  it('an event closing the message is the place of both relations contrasted', () => {
    // it was the excluded relation's only: every partner of any event not sponsoring the named one (broader)
    for (const q of [
      `partners but not sponsors at ${eventName}`,
      `partners rather than sponsors at ${eventName}`,
      `partners as opposed to sponsors at ${eventName}`,
    ])
      expect(companies(q)).toEqual(minus(withRelation('partner', eventName), withRelation('sponsor', eventName)));
    // a main clause of any relation keeps its own reading: companies at any event, not at the named one
    expect(read(`companies at events but not at ${eventName}`)).toMatch(
      /^companies taking part \(any relation\) in events, not/,
    );
  });

  it('a contrast names what the asked rows are not, as "but not" does', () => {
    expect(read(`sales people instead of marketing at companies at ${eventName}`)).toBe(
      read(`sales people but not marketing at companies at ${eventName}`),
    );
  });

  it.each([
    'at {E}, who is not a sponsor?',
    'at {E} who isnt a sponsor',
    "at {E}, which companies aren't sponsors",
    'which companies are at {E} without being sponsors?',
    'companies at {E} that are not sponsors',
  ])('a denied relation is said of the companies at the place named: %s', (q) => {
    // a fronted "at X" read after its clause was the object of the denied relation only (every company of the data
    // that is not a sponsor of X), "who" after the event's name a relative clause of the event (events without
    // sponsors), and "without being sponsors" the events' sponsors denied: 0 rows
    const atEvent = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = ?`,
      eventName,
    );
    const expected = minus(atEvent, withRelation('sponsor', eventName));
    expect(expected.size).toBeGreaterThan(0);
    expect(companies(q.replace('{E}', eventName))).toEqual(expected);
  });

  it('a fronted place before a clause with no denial stays the object of its relation', () => {
    expect(companies(`at ${eventName}, which companies are sponsors?`)).toEqual(withRelation('sponsor', eventName));
  });

  it.each([
    [
      'leaving out those in Germany, which companies sponsor events?',
      /^companies that are sponsors of events, excluding companies in Germany/,
    ],
    ['sponsors - leave out the German ones', /^companies that are sponsors of events, excluding companies in Germany/],
    [
      'Not counting partners, how many companies take part in events?',
      /^number of companies .*excluding companies that are partners/,
    ],
    // a leading exclusion typed with no comma ends where the question word begins (blind39 o044: refused)
    ['other than those in Germany which companies sponsor events', /^companies that are sponsors of events, excluding/],
    ['apart from the sponsors which companies attend the most events', /excluding companies that are sponsors/],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  // a universal pronoun ranges over the kind its exception names: the sponsors are companies, so "everyone" is every
  // company at the event; "but" after the pronoun is the exception's marker
  it.each([
    '{E} - everyone except sponsors and partners',
    'everybody at {E} but the sponsors and the partners',
    'everyone at {E} other than sponsors or partners',
  ])('%s: the companies there minus the excepted relations', (template) => {
    const q = template.replace('{E}', eventName);
    const atEvent = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e
       ON e.id = p.event_id WHERE e.name = ?`,
      eventName,
    );
    const excepted = new Set([...withRelation('sponsor', eventName), ...withRelation('partner', eventName)]);
    expect(companies(q)).toEqual(minus(atEvent, excepted));
  });

  it('a universal pronoun excepting people stays people', () => {
    expect(read(`everyone at ${eventName} except the marketing people`)).toMatch(/^people .*excluding people/);
  });

  it('an excluded clause that cannot be read as a set of the same rows is asked back, never dropped', () => {
    const asked = f.ask('events in Singapore (not the 2025 ones)');
    expect(asked.kind).not.toBe('sql');
  });

  it.each([
    'sponsors of %E, leave out government agencies',
    'sponsors of %E without government agencies',
    'sponsors of %E but no government agencies',
    'sponsors of %E, excluding government',
    'sponsors of %E but not the government agencies',
  ])('%s: the sponsors minus the government ones, never a theme nor events having other companies', (q) => {
    const government = f.oracle(
      `SELECT c.name FROM companies c JOIN company_industries ci ON ci.company_id = c.id WHERE ci.industry LIKE '%Government%'`,
    );
    const asked = q.replace('%E', eventName);
    expect(read(asked)).toContain('excluding companies in the');
    expect(companies(asked)).toEqual(minus(withRelation('sponsor', eventName), government));
  });

  it('a part left out in a clause of its own that names nothing is asked back, never dropped', () => {
    expect(f.ask(`sponsors of ${eventName}, excluding wumbescent`).kind).toBe('clarify');
  });
  it.each([
    ['sponsor', 'but not', 'speak at', 'sponsor', 'speaker'],
    ['speak at', 'but not', 'sponsor', 'speaker', 'sponsor'],
    // a bare negation after the main verb contrasts the same way (read as a negated link: any company's events)
    ['sponsor', ', not', 'speak at', 'sponsor', 'speaker'],
    ['sponsor', "but doesn't", 'speak at', 'sponsor', 'speaker'],
    ['speak at', 'and does not', 'sponsor', 'speaker', 'sponsor'],
  ])(
    '"which events does <company> %s %s %s": its events of the one relation minus those of the other',
    (verb, negation, negated, kept, left) => {
      const eventsOf = (relation: string, company: string): Set<unknown> =>
        f.oracle(
          `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
         WHERE p.relation = ? AND c.name = ?`,
          relation,
          company,
        );
      // a company with events of both relations, so the contrast leaves some out
      const row = f.db
        .prepare(
          `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id GROUP BY c.id
         HAVING SUM(p.relation = ?) > 0 AND SUM(p.relation = ?) > 0 ORDER BY COUNT(*) DESC LIMIT 1`,
        )
        .get(kept, left) as { name: string } | undefined;
      expect(row).toBeDefined();
      const company = row?.name ?? '';
      const expected = minus(eventsOf(kept, company), eventsOf(left, company));
      const asked = f.ask(
        `which events does ${company} ${verb}${negation.startsWith(',') ? '' : ' '}${negation} ${negated}`,
      );
      expect(asked.kind === 'sql' && asked.interpretation).toMatch(/excluding events/);
      expect(new Set(column(asked, 'event'))).toEqual(expected);
    },
  );
  it.each(['(not just speaking at)', ', not only speaking at', 'and not merely speak at'])(
    '"which events does <company> sponsor %s": an additive focus leaves nothing out (its sponsored events, spoken at or not)',
    (aside) => {
      const row = f.db
        .prepare(
          `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id GROUP BY c.id
         HAVING SUM(p.relation = 'sponsor') > 0 AND SUM(p.relation = 'speaker') > 0 ORDER BY COUNT(*) DESC LIMIT 1`,
        )
        .get() as { name: string } | undefined;
      expect(row).toBeDefined();
      const company = row?.name ?? '';
      const sponsored = f.oracle(
        `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
         WHERE p.relation = 'sponsor' AND c.name = ?`,
        company,
      );
      const asked = f.ask(`which events does ${company} sponsor${aside.startsWith(',') ? '' : ' '}${aside}`);
      expect(asked.kind === 'sql' && asked.interpretation).not.toMatch(/excluding|without/);
      expect(new Set(column(asked, 'event'))).toEqual(sponsored);
    },
  );
});
