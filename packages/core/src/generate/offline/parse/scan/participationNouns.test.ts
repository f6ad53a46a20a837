import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, realFixture, type Fixture } from '../../testkit';

/**
 * A relation noun before a noun of the place held ("speaker slots", "exhibitor booths", "sponsor spots", "speaker
 * appearances") is one participation of that relation: counted by rows (blind28 b076 asked back "slots"), with or
 * without "across all events", and the relation is never dropped from the count.
 */
function participationNouns(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const rows = (relation: string): number =>
    Number([...f.oracle(`SELECT count(*) FROM participations WHERE relation = ?`, relation)][0]);
  const counted = (q: string): number => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return asked.kind === 'sql' ? Number(asked.rows[0]?.[0]) : NaN;
  };

  it.each([
    ['total speaker slots across all events?', 'speaker'],
    ['how many speaker appearances in total', 'speaker'],
    ['number of exhibitor booths', 'exhibitor'],
    ['how many sponsor spots are there across all events', 'sponsor'],
    ['total sponsorships across all events', 'sponsor'],
    ['how many sponsorship slots are there', 'sponsor'],
  ])('%s', (q, relation) => {
    expect(counted(q)).toBe(rows(relation));
  });

  it('a named event keeps its participations of the relation', () => {
    const [event] = f.oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
       GROUP BY e.name ORDER BY count(*) DESC, e.name LIMIT 1`,
    );
    const expected = Number(
      [
        ...f.oracle(
          `SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id
           WHERE p.relation = 'sponsor' AND e.name = ?`,
          event,
        ),
      ][0],
    );
    expect(counted(`how many sponsor spots at ${String(event)}`)).toBe(expected);
  });
}

describe('nouns of a participation (demo data)', () => participationNouns(demoFixture));
describe.skipIf(!hasRealData)('nouns of a participation (real data)', () => participationNouns(realFixture));
