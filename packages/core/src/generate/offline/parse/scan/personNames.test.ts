import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

/** A first name or surname asked for is a condition on the people's own names, checked against the data. */
describe('people by first name or surname (demo data)', () => {
  let f: Fixture;
  let first = '';
  let surname = '';
  beforeAll(async () => {
    f = await demoFixture();
    // the demo's names are generated: a first name that is no surname, and a surname that is no first name
    [first = ''] = [
      ...f.oracle(
        `SELECT first_name FROM people WHERE lower(first_name) NOT IN (SELECT lower(surname) FROM people WHERE surname IS NOT NULL)
         GROUP BY first_name ORDER BY count(*) DESC, first_name LIMIT 1`,
      ),
    ] as string[];
    [surname = ''] = [
      ...f.oracle(
        `SELECT surname FROM people WHERE surname IS NOT NULL AND lower(surname) NOT IN (SELECT lower(first_name) FROM people)
         GROUP BY surname ORDER BY count(*) DESC, surname LIMIT 1`,
      ),
    ] as string[];
  });
  afterAll(() => f.close());

  const names = (q: string): Set<unknown> => new Set(column(f.ask(q), 'full_name'));
  const oracle = (where: string, value: string): Set<unknown> =>
    f.oracle(`SELECT full_name FROM people WHERE lower(${where}) = lower(?)`, value);

  it.each(['people named X', 'contacts whose first name is X', 'anyone called X', 'people with the first name X'])(
    '%s: the people with that first name',
    (q) => {
      expect(first).not.toBe('');
      expect(names(q.replace('X', first.toLowerCase()))).toEqual(oracle('first_name', first));
    },
  );

  it.each(['people with the surname X', 'contacts whose last name is X', 'people named X'])(
    '%s: the people with that surname',
    (q) => {
      expect(surname).not.toBe('');
      expect(names(q.replace('X', surname.toLowerCase()))).toEqual(oracle('surname', surname));
    },
  );

  it('the interpretation says which part of the name', () => {
    const asked = f.ask(`anyone called ${first}`);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toBe(`people whose first name is ${first}`);
  });

  it('a word that is no name of the data is asked about, not dropped', () => {
    expect(f.ask('people named zorblaxian').kind).toBe('clarify');
  });
});
