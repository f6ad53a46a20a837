/**
 * Modifiers that used to attach wrongly or be dropped: size adjectives (`sizeAdjectives`), "hosted at <venue>"
 * (`venueVerbs`), indefinite objects of a relation verb (`indefiniteObjects`) and "then" typed for "than" before a
 * duration (`scanQuantity`). Each is checked on the rows it returns, against an oracle query on the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

describe('modifier phrases (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const rows = (q: string, name: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return new Set(column(asked, name));
  };
  const interpretation = (q: string): string => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return asked.kind === 'sql' ? asked.interpretation : '';
  };

  it.each([
    ['small firms', 'employees_max <= 50'],
    ['smaller cos', 'employees_max <= 50'],
    ['big companies', 'employees_min > 1000'],
    ['larger businesses', 'employees_min > 1000'],
    ['mid sized companies', 'employees_min >= 51 AND employees_max <= 1000'],
    ['enterprise companies', 'employees_min > 1000'],
    // every noun of companies takes the adjective (the noun was lost with it: "big corporates" became events)
    ['big corporates', 'employees_min > 1000'],
    ['small startups', 'employees_max <= 50'],
  ])('a size adjective is a condition on the stated size, never an industry: %s', (q, where) => {
    expect(rows(q, 'domain')).toEqual(f.oracle(`SELECT domain FROM companies WHERE ${where}`));
    expect(interpretation(q)).not.toMatch(/industry/);
  });

  it('numbers stated with the adjective are the condition ("smaller cos (under 50 staff)")', () => {
    const q = 'smaller cos (under 50 staff)';
    expect(rows(q, 'domain')).toEqual(f.oracle(`SELECT domain FROM companies WHERE employees_max < 50`));
    expect(interpretation(q)).toMatch(/employees < 50/);
    expect(interpretation('larger firms with 5k+ employees')).toMatch(/employees >= 5000$/);
    expect(interpretation('big corporates (10k+ staff) sponsoring anything')).toMatch(
      /^companies with employees >= 10000/,
    );
    // a comma grouping the thousands is no list of examples: the parenthetical is kept, and is the condition
    expect(interpretation('enterprise-size companies (10,001+ employees)')).toMatch(/employees >= 10001$/);
  });

  it.each(['events longer then 2 days', 'events longer than 2 days', 'events lasting more then 2 days'])(
    '"then" after a comparative is "than": %s',
    (q) => {
      expect(rows(q, 'url')).toEqual(f.oracle(`SELECT url FROM events WHERE duration_days > 2`));
    },
  );

  it('"shorter then N days" is an upper bound on the duration', () => {
    expect(rows('conferences shorter then 3 days', 'url')).toEqual(
      f.oracle(`SELECT url FROM events WHERE duration_days < 3`),
    );
  });

  it.each([
    'events hosted at Marina Bay Sands',
    'events held at Marina Bay Sands',
    'which events are hosted in Marina Bay Sands',
  ])('"hosted / held at <venue>" is the venue, not the organiser: %s', (q) => {
    expect(interpretation(q)).not.toMatch(/organi[sz]er/);
    expect(interpretation(q)).toMatch(/Marina Bay Sands/);
  });

  it('"hosted by <company>" stays the organiser', () => {
    const [organiser] = f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.relation = 'organizer'`,
    );
    expect(interpretation(`events hosted by ${String(organiser)}`)).toMatch(/organi[sz]er/);
  });

  it.each(['companies sponsoring stuff', 'which cos r sponsoring anything', 'companies that are sponsoring things'])(
    'an indefinite object of a relation verb is the events: %s',
    (q) => {
      expect(interpretation(q)).toMatch(/sponsors of events/);
      expect(rows(q, 'domain')).toEqual(
        f.oracle(
          `SELECT c.domain FROM companies c WHERE c.id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
        ),
      );
    },
  );

  const emails = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`);
  const sponsorCompany = `c.id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`;

  it.each(['people at companies sponsoring events, but outside the states', 'people at sponsors; not in the US'])(
    'a place after a clause break is where the people asked for are: %s',
    (q) => {
      // people whose country is known and is not the US (a NULL country is not known to be elsewhere)
      expect(rows(q, 'email')).toEqual(emails(`${sponsorCompany} AND p.country <> 'United States'`));
    },
  );

  it.each(['people at sponsors', 'contacts working for sponsors'])(
    'a relation noun under people is companies in that relation to some event: %s',
    (q) => {
      expect(rows(q, 'email')).toEqual(emails(sponsorCompany));
    },
  );

  it.each([
    ['events over 2 days long', 'duration_days > 2'],
    ['conferences at least 3 days long', 'duration_days >= 3'],
    ['events lasting 2 days or more', 'duration_days >= 2'],
    ['events that run 3 days or less', 'duration_days <= 3'],
    ['events no longer than 2 days', 'duration_days <= 2'],
  ])('a duration bound in other words: %s', (q, where) => {
    expect(rows(q, 'url')).toEqual(f.oracle(`SELECT url FROM events WHERE ${where}`));
  });
});
