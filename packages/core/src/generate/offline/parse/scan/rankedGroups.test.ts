import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../../testkit';

warnIfNoRealData('groupings named by a column noun, ranked');

/** The rows of a grouping as "group -> number", in order. */
function groups(r: Asked): [unknown, unknown][] {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return r.rows.map((row) => [row[0], row[1]]);
}

/**
 * "Rank the relation types by how many company-event records each has": a grouping named by its column noun (the
 * kinds of a link, "types / kinds / sorts of participation", built from the link nouns and the kind nouns in
 * `lexicon/dimensionWords.ts`), counted per group and ranked. "company-event records" are the rows linking a company
 * and an event (`rowNouns.ts`: the participations), not companies grouped by event; an ordering verb before the
 * dimension ("rank industries by ...") is no theme word (`topics.ts`).
 */
describe.runIf(hasRealData)('groupings named by a column noun, ranked (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const byRelation = (): [unknown, unknown][] =>
    f.db
      .prepare(`SELECT relation, COUNT(*) AS n FROM participations GROUP BY relation ORDER BY n DESC`)
      .raw(true)
      .all() as [unknown, unknown][];

  it.each([
    'Rank the relation types by how many company-event records each has.',
    'rank relation types by number of company event records',
    'rank kinds of participation by number of records',
    'number of participations by kind of relationship',
    'how many event-company rows per type of relation',
  ])('%s: each relation with its number of participations, most first', (q) => {
    expect(groups(f.ask(q))).toEqual(byRelation());
  });

  it('"company-event records" alone are the participations counted', () => {
    const asked = f.ask('how many company-event records are there');
    expect(asked.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(
      f.db.prepare('SELECT COUNT(*) FROM participations').pluck().get(),
    );
  });

  it.each(['rank industries by number of companies', 'ranked industries by how many companies each has'])(
    '%s: the ordering verb is no theme word',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind).toBe('sql');
      const top = groups(asked)[0];
      expect(top?.[0]).toBe(
        f.db
          .prepare(
            `SELECT industry FROM company_industries GROUP BY industry ORDER BY COUNT(DISTINCT company_id) DESC LIMIT 1`,
          )
          .pluck()
          .get(),
      );
    },
  );
});

/**
 * "which country has the most companies ...? Give the count.": a count asked after the superlative asks the top
 * group's number (its row shows it), so the superlative still keeps one group; before, the count word lifted the
 * limit and every group was listed. A count said before the superlative is left as it was.
 */
describe.runIf(hasRealData)('a count asked after a superlative grouping (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The top group (country, companies by name) of companies taking part in events, the US left out when asked. */
  const topCountry = (withoutUs: boolean): [unknown, unknown][] =>
    f.db
      .prepare(
        `SELECT country, COUNT(DISTINCT name) AS n FROM companies WHERE country IS NOT NULL
         ${withoutUs ? `AND country <> 'United States'` : ''}
         AND id IN (SELECT company_id FROM participations) GROUP BY country ORDER BY n DESC LIMIT 1`,
      )
      .raw(true)
      .all() as [unknown, unknown][];

  it.each([
    ['which country has the most companies attending events? Give the count.', false],
    ['Apart from the US, which country has the most companies at events? how many?', true],
    ['what country has the most participating companies, and the number?', false],
  ] as const)('%s', (q, withoutUs) => {
    expect(groups(f.ask(q))).toEqual(topCountry(withoutUs));
  });
});
