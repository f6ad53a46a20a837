import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, SEASONS } from '../../lexicon/timeWords';
import { demoScanner } from '../../testkit';

/**
 * A period restated after a break is one window (demo data): each season with its own months set out after it, in
 * every way of writing a range and of setting it off, runs the SQL of the season alone; months that widen the
 * period are the window the user set out; months that overlap it in no year stay a second condition.
 */
describe('a period restated after a break (demo data)', () => {
  const demo = demoScanner();
  const run = (q: string): { sql: string; params: readonly unknown[]; interpretation: string } => {
    const asked = demo.fixture().ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return { sql: asked.sql, params: asked.params, interpretation: asked.interpretation };
  };
  const short = (month: number): string => (MONTH_NAMES[month - 1] ?? '').slice(0, 3).toLowerCase();
  const joins = ['-', '–', ' - ', ' to ', ' thru ', ' through '];
  const breaks: readonly ((inner: string) => string)[] = [(x) => ` (${x})`, (x) => `, ${x}`, (x) => `: ${x}`];

  for (const [season, [first, last]] of Object.entries(SEASONS))
    it(`"${season} events" restated with its months runs as "${season} events"`, () => {
      const alone = run(`${season} events`);
      for (const join of joins)
        for (const set of breaks) {
          const q = `${season} events${set(`${short(first)}${join}${short(last)}`)}`;
          const restated = run(q);
          expect({ sql: restated.sql, params: restated.params }, q).toEqual({ sql: alone.sql, params: alone.params });
        }
    });

  it('months that widen the period are the window set out, in the period’s year', () => {
    expect(run('winter events (nov-feb)').params).toEqual(run('events from nov to feb').params);
    expect(run('events in q1 (dec-mar)').params).toEqual(run('events from dec 2024 to mar 2025').params);
  });

  it('months inside a period with its year narrow it', () => {
    expect(run('events in 2025 (mar-may)').params).toEqual(run('events from march 2025 to may 2025').params);
  });

  it('months that overlap the period in no year stay a second condition', () => {
    expect(run('events in december (jun-aug)').interpretation).toContain('both must hold');
  });
});
