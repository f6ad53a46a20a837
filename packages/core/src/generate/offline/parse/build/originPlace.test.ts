import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';

/**
 * "From <place>" after a noun of companies or people is that noun's place even when an event stands between them
 * (demo data): "<noun> at <event> from <country>" runs as "<noun> from <country> at <event>", for each noun and for
 * a list of places; an event's own place stays "in".
 */
describe('"from <place>" after an event is the place of the companies or people asked for', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): { sql: string; params: readonly unknown[] } => {
    const a = demo.fixture().ask(q);
    if (a.kind !== 'sql') throw new Error(`${q}: ${a.kind}`);
    return { sql: a.sql, params: a.params };
  };
  const names = (): { event: string; country: string; other: string } => {
    const f = demo.fixture();
    const [event] = f.oracle(`SELECT name FROM events ORDER BY id LIMIT 1`);
    const countries = [
      ...f.oracle(
        `SELECT country FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 2`,
      ),
    ];
    return { event: String(event), country: String(countries[0]), other: String(countries[1]) };
  };

  for (const noun of ['companies', 'firms', 'sponsors', 'exhibitors', 'people', 'contacts'])
    it(`"${noun} at <event> from <country>" is where the ${noun} are`, () => {
      const { event, country, other } = names();
      expect(sqlOf(`${noun} at ${event} from ${country}`)).toEqual(sqlOf(`${noun} from ${country} at ${event}`));
      expect(sqlOf(`${noun} at ${event} from ${country} or ${other}`)).toEqual(
        sqlOf(`${noun} from ${country} or ${other} at ${event}`),
      );
    });

  it('events "from" a place and companies at events "in" a place keep the events’ place', () => {
    const { country } = names();
    expect(sqlOf(`events from ${country}`)).toEqual(sqlOf(`events in ${country}`));
    expect(sqlOf(`companies at events in ${country}`).sql).toContain('"e3"."country"');
  });
});
