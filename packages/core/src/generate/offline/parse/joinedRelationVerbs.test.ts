import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import type { Node } from '../ir/Request';
import { column, realFixture, type Fixture } from '../testkit';
import { previousRequest } from '../understanding';

/**
 * Two relation verbs joined by "and"/"or" share their subject: "companies that sponsor and partner" keeps both
 * relations, read as "sponsor and exhibit" is (the sponsors or exhibitors). Read as a noun, the second word became
 * the first verb's object ("companies that sponsor partners") and "sponsor" was lost.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('a relation word joined right after a relation verb is a verb');

describe.runIf(hasRealData)('a relation word joined right after a relation verb is a verb (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const companies = (q: string): Set<unknown> => new Set(column(f.ask(q), 'company'));
  const withRelations = (...relations: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id
       WHERE p.relation IN (${relations.map(() => '?').join(', ')})`,
      ...relations,
    );

  it('keeps both relations of "sponsor and partner" / "sponsor or partner"', () => {
    const both = withRelations('sponsor', 'partner');
    // the sponsors are not all partners: a reading that loses "sponsor" differs
    expect(both).not.toEqual(withRelations('partner'));
    for (const q of ['which companies sponsor and partner', 'which companies sponsor or partner'])
      expect(companies(q), q).toEqual(both);
    expect(companies('which companies sponsor and exhibit')).toEqual(withRelations('sponsor', 'exhibitor'));
  });

  /**
   * The companies holding every relation given, each at some event (one link per relation), by name: Hilton Grand
   * Vacations is a partner under one domain and a sponsor under the other, one company (compile/identity.ts).
   */
  const withEach = (...relations: string[]): Set<unknown> =>
    f.oracle(
      `SELECT c.name FROM companies c WHERE ${relations
        .map(
          () =>
            'c.name IN (SELECT x.name FROM companies x JOIN participations p ON p.company_id = x.id WHERE p.relation = ?)',
        )
        .join(' AND ')}`,
      ...relations,
    );

  /** Whether a condition links a node to a node of its own kind (a relation nested twice: companies of companies). */
  const nestsOwnKind = (node: Node): boolean =>
    node.conds.some((c) => c.kind === 'link' && (c.node.entity === node.entity || nestsOwnKind(c.node)));

  it.each([
    ['companies that both sponsor and partner', 'sponsor', 'partner'],
    ['which companies both sponsor and speak', 'sponsor', 'speaker'],
    ['companies that are both sponsors and partners', 'sponsor', 'partner'],
    ['companies who are both sponsors and speakers', 'sponsor', 'speaker'],
    ['which companies are sponsors as well as partners', 'sponsor', 'partner'],
  ])('"both" (or "as well as") between relation words needs each, one link apiece: %s', (q, a, b) => {
    const each = withEach(a, b);
    // the intersection is a real restriction of the union here
    expect(each.size).toBeGreaterThan(0);
    expect(each.size).toBeLessThan(withRelations(a, b).size);
    expect(companies(q)).toEqual(each);
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`expected SQL for ${q}`);
    const request = previousRequest([
      { question: q, sql: null, interpretation: null, understanding: asked.understanding },
    ]);
    expect(request && nestsOwnKind(request.target)).toBe(false);
    expect(request?.target.conds).toHaveLength(2);
  });

  it('"events with both sponsors and exhibitors" are the events having each', () => {
    const asked = f.ask('events with both sponsors and exhibitors');
    const expected = f.oracle(
      `SELECT e.name FROM events e WHERE e.id IN (SELECT event_id FROM participations WHERE relation = 'sponsor')
       AND e.id IN (SELECT event_id FROM participations WHERE relation = 'exhibitor')`,
    );
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });

  it('reads "partnered" as the verb of "sponsored"', () => {
    expect(companies('companies that sponsored and partnered at events')).toEqual(withRelations('sponsor', 'partner'));
  });

  it('keeps the noun of a named event', () => {
    const asked = f.ask('partners of worldchefs');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/partners of events named Worldchefs/);
  });
});
