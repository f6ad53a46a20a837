import { describe, expect, it } from 'vitest';
import { demoScanner, type Fixture } from '../../testkit';
import { scanMentions } from '../scanMentions';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

interface Described {
  name: string;
  /** The month it starts in, a bare month the question names (the next one to come from as-of). */
  month: string;
  /** Another month: a description saying it does not fit. */
  otherMonth: string;
  /** A one-word theme label of its tags, and one of a tag it lacks (that other events carry). */
  theme: string;
  otherTheme: string;
}

/**
 * A demo event starting within a year from as-of (so a bare month names its start), filed under a theme of one word
 * (the demo's names are generated: looked up, never typed in here).
 */
function describedEvent(f: Fixture): Described {
  const row = f.db
    .prepare(
      `SELECT e.name, e.start_date AS start, t.label AS theme,
         (SELECT o.label FROM tags o WHERE o.label NOT LIKE '% %' AND o.label NOT LIKE '%&%'
            AND o.tag NOT IN (SELECT tag FROM event_tags WHERE event_id = e.id)
            AND o.tag IN (SELECT tag FROM event_tags) ORDER BY o.tag LIMIT 1) AS otherTheme
       FROM events e JOIN event_tags et ON et.event_id = e.id JOIN tags t ON t.tag = et.tag
       WHERE e.start_date BETWEEN '2024-07-20' AND '2025-06-30' AND t.label NOT LIKE '% %' AND t.label NOT LIKE '%&%'
         AND (SELECT count(*) FROM events x WHERE x.name = e.name) = 1
       ORDER BY e.start_date LIMIT 1`,
    )
    .get() as { name: string; start: string; theme: string; otherTheme: string };
  const m = Number(row.start.slice(5, 7)) - 1;
  return {
    name: row.name,
    month: MONTHS[m] ?? '',
    otherMonth: MONTHS[(m + 3) % 12] ?? '',
    theme: row.theme.toLowerCase(),
    otherTheme: row.otherTheme.toLowerCase(),
  };
}

const sqlOf = (asked: ReturnType<Fixture['ask']>): string | null => (asked.kind === 'sql' ? asked.sql : null);

describe('a description set off after an event name (demo data)', () => {
  const demo = demoScanner();

  it('that fits the event (its theme, its month) restates it: the same question as the name alone, said to fit', () => {
    const f = demo.fixture();
    const e = describedEvent(f);
    const plain = f.ask(`which companies sponsor ${e.name}?`);
    for (const q of [
      `which companies sponsor ${e.name} (the ${e.theme} thing in ${e.month})?`,
      `which companies sponsor ${e.name} - the ${e.theme} event`,
    ]) {
      const asked = f.ask(q);
      expect(sqlOf(asked), q).toBe(sqlOf(plain));
      expect(asked.kind === 'sql' && asked.interpretation, q).toContain('it fits');
    }
  });

  it('reads no word of the description as a condition or an unread word', () => {
    const e = describedEvent(demo.fixture());
    const scan = scanMentions(`sponsors of ${e.name} (the ${e.theme} thing in ${e.month})`, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.map((m) => m.t)).not.toContain('cond');
    expect(scan.mentions.map((m) => m.t)).not.toContain('topic');
  });

  it.each([
    ['a month the event does not start in', (e: Described) => `the ${e.theme} thing in ${e.otherMonth}`],
    ['a theme the event is not filed under', (e: Described) => `the ${e.otherTheme} thing`],
  ])('that does not fit (%s) is asked about, offering the event named', (_, description) => {
    const f = demo.fixture();
    const e = describedEvent(f);
    const asked = f.ask(`which companies sponsor ${e.name} (${description(e)})?`);
    expect(asked.kind).toBe('clarify');
    expect(asked.kind === 'clarify' && asked.clarification.question).toContain(e.name);
  });
});
