import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

/**
 * "in any role" after a verb of taking part in any relation says what the verb says: answered as it stands. After a
 * verb of one relation it contradicts the verb and is asked about. "how many different companies" counts the
 * companies (each once), never companies at events "different" from the one named.
 */
describe.skipIf(!hasRealData)('"in any role" (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const event = 'Worldchefs Congress & Expo 2024';

  it('how many different companies are involved in an event in any role: every relation, each name once', () => {
    const [expected] = f.oracle(
      `SELECT COUNT(DISTINCT lower(c.name)) FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name = ?`,
      event,
    );
    const asked = f.ask(`How many different companies are involved in ${event} in any role?`);
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(asked.rows[0]).toContain(expected);
  });

  it('after a verb of one relation the words are asked about, never dropped', () => {
    expect(f.ask(`which companies sponsor ${event} in any role`).kind).not.toBe('sql');
  });
});
