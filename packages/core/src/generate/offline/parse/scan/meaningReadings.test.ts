import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, type Fixture } from '../../testkit';

// Readings the data supports that are not words of a value: exact counts of linked rows, ordering verbs, unit
// phrases, a verb's relation in a ranking, and a name standing where an event is meant.
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('semantic readings on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('meaningReadings');
  });
  afterAll(() => f?.close());

  const first = (q: string): Set<unknown> => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    return new Set(asked?.kind === 'sql' ? column(asked, asked.columns[0] ?? '') : []);
  };

  it.each([
    ['companies that took part in only one event', '= 1'],
    ['companies at exactly 2 events', '= 2'],
    ['companies present at multiple events', '> 1'],
    ['companies at several events', '> 1'],
  ])('%s: a count of the events each company takes part in', (question, test) => {
    if (!f) return;
    expect(first(question)).toEqual(
      f.oracle(
        // a company's events under any row of its name, each event once by name (compile/identity.ts)
        `SELECT c.name FROM companies c WHERE (SELECT COUNT(DISTINCT lower(e.name)) FROM participations pa
         JOIN events e ON e.id = pa.event_id JOIN companies x ON x.id = pa.company_id WHERE x.name = c.name) ${test}`,
      ),
    );
  });

  it('"which company sponsors the most events" counts sponsorships only, and says so', () => {
    if (!f) return;
    const asked = f.ask('which company sponsors the most events?');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/as sponsor/);
    const top = f.oracle(
      "WITH n AS (SELECT company_id, COUNT(DISTINCT event_id) AS k FROM participations WHERE relation = 'sponsor' GROUP BY company_id) SELECT c.name FROM n JOIN companies c ON c.id = n.company_id WHERE n.k = (SELECT MAX(k) FROM n)",
    );
    expect(new Set(column(asked, asked.columns[0] ?? ''))).toEqual(top);
  });

  it('"rank" is read with the ranking it asks for, and asked about when there is none', () => {
    if (!f) return;
    const asked = f.ask('rank the 3 events with the most sponsors');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).toContain('top 3');
    expect(f.ask('rank the events').kind).not.toBe('sql');
  });

  it('"in days" after a length is its unit, not a word of the events', () => {
    if (!f) return;
    const asked = f.ask('what is the average length, in days, of the events in 2024?');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toContain('mentioning');
  });
});

describe.runIf(hasRealData)('a name standing where an event is meant, on real data', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('a company name that is also an event word: the event after "companies at", the company after "contacts at"', () => {
    if (!f) return;
    const word = (
      f.db
        .prepare(
          "SELECT lower(c.name) AS w FROM companies c JOIN events e ON lower(e.name) LIKE lower(c.name) || ' %' WHERE c.name NOT LIKE '% %' LIMIT 1",
        )
        .get() as { w: string } | undefined
    )?.w;
    if (!word) return;
    const asEvent = f.ask(`which companies are at ${word}`);
    expect(asEvent.kind).toBe('sql');
    if (asEvent.kind === 'sql') expect(asEvent.interpretation).toMatch(/in events named/);
    const asCompany = f.ask(`contacts at ${word}`);
    expect(asCompany.kind).toBe('sql');
    if (asCompany.kind === 'sql') expect(asCompany.interpretation).toMatch(/working at companies named/);
  });
});

describe('quantifiers and groupings over events, on demo data', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  it.each(['companies at every event in Singapore', 'companies sponsoring all the events in 2025'])(
    '%s: "every" is asked about, never read as "some"',
    (question) => {
      if (!f) return;
      expect(f.ask(question).kind).toBe('clarify');
    },
  );

  it.each(['role breakdown at X', 'breakdown of relation types at X pls'])(
    '"%s" counts the companies at X by relation',
    (q) => {
      if (!f) return;
      const ev = f.db
        .prepare(
          'SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 1',
        )
        .get() as { name: string } | undefined;
      if (!ev) return;
      const asked = f.ask(q.replace('X', ev.name));
      expect(asked.kind).toBe('sql');
      if (asked.kind !== 'sql') return;
      // counted on the companies' participations in X (their relations at other events are not counted)
      expect(asked.interpretation).toMatch(/^company-event participations .* counted by relation/);
    },
  );
});
