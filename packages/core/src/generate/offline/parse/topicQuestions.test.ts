import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstColumnNames, realFixture, type Fixture } from '../testkit';

/**
 * A topic, then the question about it ("<topic> - any directors there?", "<topic>: which companies exhibit
 * there?"): the clause after the break names what is asked, the topic scopes it, and "there" points at the topic.
 * Questions of this test's own, over the real data, against oracle queries.
 */
describe.skipIf(!hasRealData)('a topic, then the question (real data)', () => {
  warnIfNoRealData('topicQuestions');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  /** The event with the most companies of one relation, and that relation. */
  const busiestRelation = (): { event: string; relation: string } => {
    const row = f.db
      .prepare(
        `SELECT e.name AS event, p.relation FROM participations p JOIN events e ON e.id = p.event_id
         GROUP BY e.name, p.relation ORDER BY count(*) DESC, e.name LIMIT 1`,
      )
      .get() as { event: string; relation: string };
    return row;
  };

  const peopleOf = (event: string, relation: string, where: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE ${where} AND p.company_id IN (SELECT pa.company_id FROM
       participations pa JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = ?)`,
      event,
      relation,
    );

  it.each([
    '{E} {R} cos - any directors there?',
    '{E} {R}s: any directors?',
    '{E} {R}s - are there any directors?',
    '{E} {R}s - which directors work there?',
    // a slash before a question word breaks the clauses as a dash does
    '{E} {R}s / any directors there?',
    '{E} {R}s | any directors there?',
    // no question word: the clause placing its rows "there", or asking what the topic has ("their")
    '{E} {R}s - directors there?',
    '{E} {R}s / their directors?',
  ])('the question after the break names the rows asked: %s', (template) => {
    const { event, relation } = busiestRelation();
    const r = f.ask(template.replace('{E}', event).replace('{R}', relation));
    expect(new Set(firstColumnNames(r))).toEqual(peopleOf(event, relation, `p.seniority = 'director'`));
  });

  it.each(['{E} - which companies {V} there?', 'the {E} event: who {V}s there?'])(
    '"there" points at the topic said before the question: %s',
    (template) => {
      const { event, relation } = busiestRelation();
      const verb = relation === 'exhibitor' ? 'exhibit' : relation;
      const r = f.ask(template.replace('{E}', event).replace('{V}', verb));
      const oracle = f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e
         ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = ?`,
        event,
        relation,
      );
      expect(new Set(firstColumnNames(r))).toEqual(oracle);
    },
  );

  it.each([
    'events in singapore in october 2024: which ones have sponsors?',
    'events in singapore in october 2024, which of them have sponsors?',
  ])('a pronoun asked stands for the topic before it: %s', (q) => {
    const oracle = f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
         AND e.start_date BETWEEN '2024-10-01' AND '2024-10-31' AND e.id IN (SELECT id FROM events WHERE country = 'Singapore')`,
    );
    expect(oracle.size).toBeGreaterThan(0);
    expect(new Set(firstColumnNames(f.ask(q)))).toEqual(oracle);
  });

  it('a subject line\'s "re:" leads the topic', () => {
    const { event, relation } = busiestRelation();
    expect(firstColumnNames(f.ask(`re: ${event} - which companies are ${relation}s?`))).toEqual(
      firstColumnNames(f.ask(`which companies are ${relation}s of ${event}?`)),
    );
  });

  it('"<frame> on <event> - which companies are <relation>s there?": the relation at the topic\'s event', () => {
    const { event, relation } = busiestRelation();
    expect(
      new Set(
        firstColumnNames(
          f.ask(`my boss wants a list of what we have on ${event} - which companies are ${relation}s there?`),
        ),
      ),
    ).toEqual(new Set(firstColumnNames(f.ask(`which companies are ${relation}s of ${event}?`))));
  });

  // an event is no person: "who" after its name opens the question, typed without a break
  it.each(["{E} who's going", '{E} whos attending', "{E} who'll be there"])(
    'an event named, then "who ...": its companies: %s',
    (template) => {
      const { event } = busiestRelation();
      const oracle = f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e
         ON e.id = pa.event_id WHERE e.name = ?`,
        event,
      );
      expect(new Set(firstColumnNames(f.ask(template.replace('{E}', event.toLowerCase()))))).toEqual(oracle);
    },
  );

  it('"who" after a noun of people or companies stays a relative pronoun', () => {
    const { event, relation } = busiestRelation();
    expect(new Set(firstColumnNames(f.ask(`people at ${event} ${relation}s who are in marketing`)))).toEqual(
      peopleOf(
        event,
        relation,
        `EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'marketing')`,
      ),
    );
  });

  it('"there" with nothing to point at is still asked about', () => {
    expect(f.ask('which companies exhibit there?').kind).toBe('clarify');
  });

  it('a theme never reaches back over the break: "<topic> - anyone in marketing?"', () => {
    const { event, relation } = busiestRelation();
    const r = f.ask(`${event} ${relation}s - anyone in marketing?`);
    const oracle = peopleOf(
      event,
      relation,
      `EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.job_function = 'marketing')`,
    );
    expect(new Set(firstColumnNames(r))).toEqual(oracle);
  });
});
