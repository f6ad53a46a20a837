import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../../testkit';

/** The rows of an answer, sorted, so two wordings can be compared. */
function rows(r: Asked): string[] {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return r.rows.map((x) => JSON.stringify(x)).sort();
}

// Each reading is checked against a wording the parser already reads the same way, and against a wrong reading
// the answer must differ from (so a rewrite that did nothing fails).
describe.skipIf(!hasRealData)('answer shapes from how the question is joined (real data)', () => {
  warnIfNoRealData('answerShapes');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each(['contacts at Zscaler + Cloudflare combined', 'number of people at zscaler plus cloudflare'])(
    'a plus sign between names is a union: %s',
    (q) => {
      const union = f.ask(
        q.startsWith('number') ? 'number of people at zscaler or cloudflare' : 'contacts at Zscaler or Cloudflare',
      );
      expect(rows(f.ask(q))).toEqual(rows(union));
      expect(rows(union)).not.toEqual(
        rows(f.ask(q.startsWith('number') ? 'number of people at zscaler' : 'contacts at Zscaler')),
      );
    },
  );

  it.each([
    'cos that are at cloud expo asia AND cyber security world asia',
    'which companies attend Cloud Expo Asia AND Cyber Security World Asia',
  ])('a stressed AND between events is an intersection: %s', (q) => {
    const both = rows(f.ask('companies at both cloud expo asia and cyber security world asia'));
    expect(rows(f.ask(q))).toEqual(both);
    expect(rows(f.ask('companies at cloud expo asia or cyber security world asia')).length).toBeGreaterThan(
      both.length,
    );
  });

  it.each(['avg num of days for events at marina bay sands', 'average number of days of events at Marina Bay Sands'])(
    'days under an average are the duration: %s',
    (q) => {
      const r = f.ask(q);
      expect(rows(r)).toEqual(rows(f.ask('average length of events at marina bay sands')));
      expect(r.kind === 'sql' && r.interpretation).toMatch(/duration/);
    },
  );

  it('"avg days per event" is asked back, not answered as a grouping', () => {
    expect(f.ask('avg days per event in 2025').kind).toBe('clarify');
  });

  it.each([
    'num of companies by hq country, top 3',
    'number of companies by headquarters country top 3',
    'Rank the headquarters countries of the companies, top 3 with counts.',
    'top 3 hq countries of companies',
  ])('grouping by the headquarters country: %s', (q) => {
    expect(rows(f.ask(q))).toEqual(rows(f.ask('number of companies by country, top 3')));
  });

  it('a headquarters noun before "countries" is no theme of the companies', () => {
    const asked = f.ask('Rank the headquarters countries of Aviation Festival Asia 2025 companies, top 3 with counts.');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toBe(
      'companies taking part (any relation) in events named Aviation Festival Asia 2025, counted by country (each company name once), top 3',
    );
  });

  it.each([
    ['events with partners - which has the most?', 'the event with the most partners'],
    ['which has the most speakers', 'which event has the most speakers'],
  ])('a superlative whose measure is said elsewhere: %s', (q, plain) => {
    const r = f.ask(q);
    expect(rows(r)).toEqual(rows(f.ask(plain)));
    expect(r.kind === 'sql' && r.interpretation).toMatch(/ranked by number of/);
  });

  it.each([
    'Among the events that have companies listed, which one has the fewest?',
    'of the events with companies, which one has the fewest',
    'of the events that have any companies, which has the fewest',
  ])('the filter that names the measure still filters: %s', (q) => {
    // the events with at least one company, the fewest distinct companies (ties kept)
    const fewest = f.oracle(
      `WITH n AS (SELECT event_id, COUNT(DISTINCT company_id) AS c FROM participations GROUP BY event_id)
       SELECT e.url FROM events e JOIN n ON n.event_id = e.id WHERE n.c = (SELECT MIN(c) FROM n)`,
    );
    const r = f.ask(q);
    if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
    const url = r.columns.indexOf('url');
    expect(new Set(r.rows.map((x) => x[url]))).toEqual(fewest);
  });

  it.each([
    'Of the events that have sponsors, which has the fewest?',
    'among the events that have any sponsors, which one has the fewest',
  ])('the object of "have" is the measure, read as a noun: %s', (q) => {
    const fewest = f.oracle(
      `WITH n AS (SELECT event_id, COUNT(DISTINCT company_id) AS c FROM participations WHERE relation = 'sponsor' GROUP BY event_id)
       SELECT e.url FROM events e JOIN n ON n.event_id = e.id WHERE n.c = (SELECT MIN(c) FROM n)`,
    );
    const r = f.ask(q);
    if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
    const url = r.columns.indexOf('url');
    expect(new Set(r.rows.map((x) => x[url]))).toEqual(fewest);
  });

  it('a superlative that shapes nothing is asked back, never dropped', () => {
    expect(f.ask('Of the events in Singapore, which has the fewest?').kind).toBe('clarify');
  });
  it.each([
    ['which event runs for the most days?', 'which event is the longest?'],
    ['which event goes on the longest? like most days start to finish', 'which event is the longest?'],
    ['events in 2025 with the fewest days', 'the shortest events in 2025'],
    // a verb of extent (`extend`, WordNet) before the measure is its verb: no word left unread
    ['which conference spans the largest number of days?', 'which event is the longest?'],
    ['which expo stretches across the fewest days', 'which event is the shortest?'],
  ])('a count of days after most / fewest is the duration ranked: %s', (q, same) => {
    expect(rows(f.ask(q))).toEqual(rows(f.ask(same)));
  });

  it('events ranked on a column take each event once: "the top 3 longest events" are three events and their ties', () => {
    const r = f.ask('the top 3 longest events');
    if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
    const names = r.rows.map((x) => String(x[0]).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const [third] = [
      ...f.oracle(
        'SELECT d FROM (SELECT DISTINCT lower(name) AS n, duration_days AS d FROM events WHERE duration_days IS NOT NULL) ORDER BY d DESC LIMIT 1 OFFSET 2',
      ),
    ];
    const [tied] = [
      ...f.oracle(
        'SELECT COUNT(*) FROM (SELECT DISTINCT lower(name), duration_days FROM events WHERE duration_days >= ?)',
        third,
      ),
    ];
    expect(names).toHaveLength(Number(tied));
  });
});
