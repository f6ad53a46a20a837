import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../testkit';

/** A period left out of the window asked for (as-of 2024-07-15), on the demo data. */
describe('a period left out at one end of a window cuts it', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const startingBetween = (from: string, to: string): Set<unknown> =>
    f.oracle('SELECT name FROM events WHERE start_date BETWEEN ? AND ?', from, to);

  it.each([
    ['events in the next 12 months, not the 2025 ones', '2024-07-15', '2024-12-31'],
    ["which events are coming up in the next year? don't need the 2025 stuff yet", '2024-07-15', '2024-12-31'],
    ['conferences over the coming 12 months - skip the 2025 ones', '2024-07-15', '2024-12-31'],
    ['shows in 2025, leaving out q1', '2025-04-01', '2025-12-31'],
    ['events next year excluding the h2 2025 ones', '2025-01-01', '2025-06-30'],
    ['events in the next year but no 2024 ones please', '2025-01-01', '2025-07-15'],
    ['summits between now and end of march, excluding 2025', '2024-07-15', '2024-12-31'],
  ])('%s -> [%s, %s]', (q, from, to) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(new Set(column(asked, 'event'))).toEqual(startingBetween(from, to));
    expect(asked.kind === 'sql' ? asked.interpretation : '').toContain(`${from}..${to}`);
  });

  it('a period sharing no day with the window is left as said (it leaves out no row of it)', () => {
    const asked = f.ask('events in 2025, not the 2023 ones');
    if (asked.kind === 'sql')
      expect(new Set(column(asked, 'event'))).toEqual(startingBetween('2025-01-01', '2025-12-31'));
    else expect(asked.kind).toBe('clarify');
  });

  it('a period inside the window is never read as cutting an end of it', () => {
    const asked = f.ask('events in 2025 except the march ones');
    const everyDay = startingBetween('2025-01-01', '2025-12-31');
    if (asked.kind === 'sql') expect(new Set(column(asked, 'event'))).not.toEqual(everyDay);
  });
});
