import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import type { Request } from '../../ir/Request';
import { column, realFixture, type Asked, type Fixture } from '../../testkit';
import { droppedNegations, negatedConditions } from './negationAccount';
import type { Mention } from '../Mention';

/** The request an answered question ran (the offline generator's understanding). */
function requestOf(asked: Asked & { kind: 'sql' }): Request {
  const u = asked.understanding as { request?: Request } | undefined;
  if (!u?.request) throw new Error('no request in the understanding');
  return u.request;
}

describe('negation accounting', () => {
  const list = (conds: Request['target']['conds']): Request => ({
    version: 1,
    target: { entity: 'companies', conds },
    shape: { kind: 'list' },
    attributes: [],
    ignored: [],
  });
  const ms: Mention[] = [
    { start: 0, end: 1, text: 'companies', t: 'entity', entity: 'companies', relations: null },
    { start: 1, end: 3, text: 'not in', t: 'prep', p: 'outside' },
    { start: 3, end: 4, text: 'hospitality', t: 'topic', words: ['hospitality'] },
  ];
  const industry = (negate: boolean): Request['target']['conds'][number] => ({
    kind: 'industry',
    industries: ['Hospitality'],
    words: ['hospitality'],
    label: 'hospitality',
    negate,
  });

  it('reports a negation no condition carries, with the word it stood before', () => {
    expect(droppedNegations(ms, list([industry(false)]), 0)).toEqual(['not in hospitality']);
  });

  it('accepts a negation spent on a condition, or already asked back', () => {
    expect(droppedNegations(ms, list([industry(true)]), 0)).toEqual([]);
    expect(droppedNegations(ms, list([industry(false)]), 1)).toEqual([]);
    expect(
      negatedConditions(list([industry(true), { kind: 'country', values: ['SG', 'MY'], negate: true, label: '' }])),
    ).toBe(3);
  });
});

/**
 * Generated negated questions over the real data: every subject x a value of the data x every way of saying the
 * negation. Each is answered with the negation in its request (and an answer other than the question without it),
 * or asked back / refused: a negation is never consumed without a negated condition.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('negated questions keep their negation');

describe.runIf(hasRealData)('negated questions keep their negation (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** Values the data holds: the commonest one-word industries, the commonest company country, an event's name. */
  function values(): { industries: string[]; country: string; event: string } {
    const industries = [
      ...f.oracle(
        `SELECT lower(industry) FROM company_industries WHERE industry NOT LIKE '% %'
         GROUP BY industry ORDER BY count(*) DESC, industry LIMIT 3`,
      ),
    ].map(String);
    const [country] = f.oracle(
      `SELECT country FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1`,
    );
    const [event] = f.oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id
       GROUP BY e.name ORDER BY count(DISTINCT p.company_id) DESC, e.name LIMIT 1`,
    );
    return { industries, country: String(country), event: String(event) };
  }

  const NEGATED: readonly ((subject: string, x: string, event: string) => string)[] = [
    (s, x) => `${s} not in ${x}`,
    (s, x) => `${s} outside ${x}`,
    (s, x) => `non-${x} ${s}`,
    (s, x) => `${s} that are not in ${x}`,
    (s, x) => `${s} that aren't ${x} ones`,
    (s, x, e) => `${s} at ${e} not in ${x}`,
    (s, x, e) => `${s} at ${e} outside ${x}`,
    (s, x, e) => `non-${x} ${s} at ${e}`,
    (s, x) => `${s} excluding ${x}`,
    (s, x) => `${s} except ${x} ones`,
    (s, x) => `${s} but not ${x}`,
  ];

  it('answers a negated question with its negation, or asks back', () => {
    const { industries, country, event } = values();
    expect(industries.length).toBeGreaterThan(1);
    const dropped: string[] = [];
    for (const subject of ['companies', 'sponsors', 'people'])
      for (const x of [...industries, country.toLowerCase()])
        for (const say of NEGATED) {
          const q = say(subject, x, event);
          const asked = f.ask(q);
          if (asked.kind === 'sql' && negatedConditions(requestOf(asked)) === 0) dropped.push(q);
        }
    expect(dropped).toEqual([]);
  });

  it('asks back a negation the reading left without a condition, never answers the opposite', () => {
    const { country } = values();
    for (const q of [
      'events marriott is not at',
      'companies that are not among the top 5 by revenue',
      `companies that are not the largest in ${country.toLowerCase()}`,
    ]) {
      const asked = f.ask(q);
      if (asked.kind === 'sql') expect(negatedConditions(requestOf(asked)), q).toBeGreaterThan(0);
    }
  });

  it('runs the negated condition of every kind and finds rows', () => {
    // a negated condition that is read but fails to run is a negation dropped too ("people who are not directors" bound
    // one list twice and never ran)
    for (const q of [
      'people who are not directors',
      'people not in sales',
      'people whose title is not CEO',
      'companies not in singapore',
      'events not in singapore',
      'events not at marina bay sands',
      'companies not in hospitality',
      'people without emails',
      'companies with no website',
      'companies that never sponsor',
      'executives not at marriott',
    ]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') continue;
      expect(negatedConditions(requestOf(asked)), q).toBeGreaterThan(0);
      expect(asked.rows.length, q).toBeGreaterThan(0);
    }
  });

  it('asks about a negated ranking, never moves the negation onto the noun after it', () => {
    const { event } = values();
    // "not the biggest sponsors at X" was read "not sponsors at X" (the companies at X that do not sponsor it)
    for (const q of [`not the biggest sponsors at ${event}`, 'which events do not have the most sponsors'])
      expect(f.ask(q).kind, q).toBe('clarify');
  });

  it('reads a "non-X" before a relation noun as a negated modifier, not a subject with a verb', () => {
    // "non-US sponsors": a capitalised word before "sponsors" is a subject only when no "non-" makes it a modifier
    const asked = f.ask('non-US sponsors');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql')
      expect(requestOf(asked).target.conds).toContainEqual(expect.objectContaining({ kind: 'country', negate: true }));
  });

  it('negates every member of a negated list ("not in marketing or sales": neither)', () => {
    const neither = f.oracle(
      `SELECT DISTINCT p.id FROM people p WHERE p.id NOT IN
         (SELECT person_id FROM person_job_functions WHERE job_function IN ('sales', 'marketing'))`,
    );
    for (const q of ["people who aren't in marketing or sales", 'people not in sales or marketing']) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') continue;
      const request = requestOf(asked);
      const fn = request.target.conds.find((c) => c.kind === 'jobFunction');
      expect(fn, q).toMatchObject({ negate: true });
      expect(fn?.kind === 'jobFunction' && [...fn.values].sort(), q).toEqual(['marketing', 'sales']);
      expect(neither.size).toBeGreaterThan(0);
    }
  });

  it('reads "which events did <company> not sponsor" as the events it does not sponsor', () => {
    const [company] = f.oracle(
      `SELECT c.name FROM participations p JOIN companies c ON c.id = p.company_id WHERE p.relation = 'sponsor'
         AND c.name NOT GLOB '*[^A-Za-z ]*'
       GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1`,
    );
    const name = String(company);
    const notSponsored = f.oracle(
      `SELECT DISTINCT name FROM events WHERE id NOT IN (SELECT p.event_id FROM participations p
         JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND p.relation = 'sponsor')`,
      name,
    );
    const asked = f.ask(`which events did ${name} not sponsor`);
    expect(asked.kind).toBe('sql');
    expect(new Set(asked.kind === 'sql' ? column(asked, 'event') : [])).toEqual(notSponsored);
  });

  it('answers "<noun> at <event> not in <industry>" with the companies outside that industry', () => {
    const { industries, event } = values();
    const industry = industries.find((x) => x === 'hospitality') ?? industries[0] ?? '';
    const asked = f.ask(`companies at ${event} not in ${industry}`);
    expect(asked.kind).toBe('sql');
    const names = new Set(asked.kind === 'sql' ? asked.rows.map((r) => r[0]) : []);
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id
       JOIN events e ON e.id = p.event_id
       WHERE e.name = ? AND c.id NOT IN (SELECT company_id FROM company_industries WHERE lower(industry) LIKE ?)`,
      event,
      `%${industry}%`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(names).toEqual(expected);
  });
});
