import { describe, expect, it } from 'vitest';
import { column, demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('a relation noun before a noun of companies is one set: the companies in that relation (demo data)', () => {
  const demo = demoScanner();

  /** For each relation, the event with the most companies in it and the companies holding it there. */
  const cases = (): { relation: string; event: string; expected: Set<unknown> }[] => {
    const f = demo.fixture();
    return ['sponsor', 'speaker', 'exhibitor', 'partner'].flatMap((relation) => {
      const [event] = [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = ?
           GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
          relation,
        ),
      ];
      if (typeof event !== 'string') return [];
      const expected = f.oracle(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE p.relation = ? AND e.name = ?`,
        relation,
        event,
      );
      return [{ relation, event, expected }];
    });
  };

  it('"who are the <relation> companies at X" is the companies in that relation at X, not in it anywhere', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(1);
    for (const { relation, event, expected } of all) {
      const asked = demo.fixture().ask(`who are the ${relation} companies at ${event}`);
      expect(new Set(column(asked, 'company')), relation).toEqual(expected);
    }
  });

  it('reads the two nouns as one mention with the relation', () => {
    const { mentions } = scanMentions('speaker firms at the biggest show', demo.index(), '2024-07-15');
    const nouns = mentions.filter((m) => m.t === 'entity');
    expect(nouns).toHaveLength(1);
    expect(nouns[0]).toMatchObject({ entity: 'companies', relations: ['speaker'], text: 'speaker firms' });
  });
});
