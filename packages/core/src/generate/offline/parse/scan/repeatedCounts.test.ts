import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../../testkit';

warnIfNoRealData('repeated counts');

/** The rows of an answer as label -> number (the first column and the last). */
function counts(asked: Asked): Map<string, number> {
  if (asked.kind !== 'sql') throw new Error(`expected SQL, got ${asked.kind}`);
  return new Map(asked.rows.map((r) => [String(r[0]), Number(r[r.length - 1])]));
}

/**
 * "how many X in A and how many in B" asks two counts: one row per value (the second count read as one count
 * narrowed both values together: two periods ANDed, no event). "Events in both <period> and <period>" holds for no
 * event (an event starts once): asked about, never an empty AND.
 */
describe.runIf(hasRealData)('two counts joined by "and how many" (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const eventsIn = (where: string, ...params: unknown[]): number =>
    f.db
      .prepare(`SELECT COUNT(DISTINCT lower(name)) FROM events WHERE ${where}`)
      .pluck()
      .get(...params) as number;

  it('two periods: a count per period', () => {
    const asked = f.ask('how many events in q4 2024 and how many in q1 2025');
    const q4 = eventsIn(`start_date BETWEEN '2024-10-01' AND '2024-12-31'`);
    const q1 = eventsIn(`start_date BETWEEN '2025-01-01' AND '2025-03-31'`);
    expect(q4 + q1).toBeGreaterThan(0);
    expect([...counts(asked).values()].sort()).toEqual([q4, q1].filter((n) => n > 0).sort());
  });

  it('two countries, the noun and a copula said again: a count per country', () => {
    const asked = f.ask('how many events are in Singapore, and how many events are in Malaysia?');
    const rows = counts(asked);
    expect(rows.get('Singapore')).toBe(eventsIn('country = ?', 'Singapore'));
    expect([...rows.keys()].every((k) => k === 'Singapore' || k === 'Malaysia')).toBe(true);
  });

  it('another relation noun counted again: a count per relation, as the contrast "X vs Y" gives', () => {
    const asked = f.ask('how many sponsors does Commodity Trading Week APAC have and how many exhibitors');
    const contrast = f.ask('how many sponsors vs exhibitors at Commodity Trading Week APAC');
    expect(counts(contrast).size).toBeGreaterThan(0);
    expect(counts(asked)).toEqual(counts(contrast));
  });

  it('two levels or two functions of the people counted: a count per value, as the contrast gives', () => {
    // read as one count, the levels were their union's total and the functions (the noun said again) were ANDed
    for (const [asked, contrast] of [
      ['how many directors and how many VPs work at Google', 'directors vs VPs at Google'],
      [
        'how many sales people and how many marketing people at Amazon Web Services',
        'sales vs marketing people at Amazon Web Services',
      ],
    ] as const) {
      const expected = counts(f.ask(contrast));
      expect(expected.size).toBe(2);
      expect(counts(f.ask(asked))).toEqual(expected);
    }
  });

  it('relation nouns listed after "how many" are a count per relation', () => {
    const asked = f.ask(
      'Summarise the relations present for Commodity Trading Week APAC: how many sponsors, partners, exhibitors, experts and associates?',
    );
    const expected = new Map(
      (
        f.db
          .prepare(
            `SELECT p.relation, COUNT(DISTINCT c.name) FROM participations p JOIN companies c ON c.id = p.company_id
             JOIN events e ON e.id = p.event_id WHERE e.name = 'Commodity Trading Week APAC' GROUP BY p.relation`,
          )
          .raw(true)
          .all() as [string, number][]
      ).map(([r, n]) => [r, n]),
    );
    expect(counts(asked)).toEqual(expected);
  });

  it('"events in both <year> and <year>" is asked about, offering either year', () => {
    const asked = f.ask('events in both 2024 and 2025');
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.question).toContain('starts once');
    expect(asked.clarification.options.map((o) => o.label)).toContain('events starting in 2024 or 2025');
  });
});
