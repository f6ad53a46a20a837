import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, sql, type Fixture } from '../../testkit';

/**
 * "X only, not Y" of the companies taking part in one event: the negated relation nouns name what "only" leaves out
 * at that event, no further condition (sentences of this test's own, on the demo data's busiest event of each kind).
 */
describe('relation nouns negated after "<relation> only" at one event (demo data)', () => {
  let f: Fixture | null = null;
  /** A demo event with companies in both relations, by name. */
  let eventWith = (_a: string, _b: string): string => '';
  beforeAll(async () => {
    f = await demoFixture();
    const fx = f;
    eventWith = (a, b) =>
      String(
        [
          ...fx.oracle(
            `SELECT e.name FROM events e WHERE EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.relation = ?)
               AND EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.relation = ?)
             ORDER BY (SELECT COUNT(*) FROM participations p WHERE p.event_id = e.id) DESC, e.name`,
            a,
            b,
          ),
        ][0],
      );
  });
  afterAll(() => f?.close());

  it.each([
    ['partner', 'sponsor', (e: string) => `who is partnering with ${e}? partners only pls, not the sponsors`],
    [
      'exhibitor',
      'sponsor',
      (e: string) => `which companies exhibit at ${e} - exhibitors only, not sponsors or partners`,
    ],
    ['sponsor', 'exhibitor', (e: string) => `the companies sponsoring ${e}? sponsors only, not the exhibitors`],
  ])('"%s only, not %s" asks what the relation kept alone asks', (a, b, say) => {
    if (!f) return;
    const e = eventWith(a, b);
    const q = say(e);
    const same = q.replace(/,? not .*$/, '');
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(same)));
    // every company named holds the relation kept at that event
    const held = f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE p.relation = ? AND e.name = ?`,
      a,
      e,
    );
    const names = firstColumnNames(asked, q);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(held.has(n), n).toBe(true);
  });

  it('with no event named, "partners only, not sponsors" still leaves the sponsors out', () => {
    if (!f) return;
    const asked = f.ask('which companies are partners only, not sponsors?');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/without sponsors|not .*sponsors/);
  });

  it('a negated relation noun that is no other relation is not released ("partners only, not partners")', () => {
    if (!f) return;
    const e = eventWith('partner', 'sponsor');
    const asked = f.ask(`who is partnering with ${e}? partners only, not partners`);
    expect(sql(asked)).not.toBe(sql(f.ask(`who is partnering with ${e}? partners only`)));
  });
});
