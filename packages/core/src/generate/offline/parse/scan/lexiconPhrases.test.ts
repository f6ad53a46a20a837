import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoScanner, IN_ONE_RELATION_NOT_ANOTHER_SQL, realFixture, type Fixture } from '../../testkit';

describe('a relation word that is verb or noun is the verb where only a verb can stand', () => {
  const { fixture } = demoScanner();
  const names = (q: string): Set<unknown> => new Set(column(fixture().ask(q), 'company'));

  it.each([
    'companies that partner at events but never sponsor any',
    'companies that partner at events but do not sponsor any',
    "companies that partner at events but don't sponsor",
  ])('%s: the partners that sponsor nothing (the companies are the subject of both verbs)', (q) => {
    expect(names(q)).toEqual(fixture().oracle(IN_ONE_RELATION_NOT_ANOTHER_SQL, 'partner', 'sponsor'));
  });

  it('a plural after the negation stays the noun: "companies that are not sponsors"', () => {
    const asked = fixture().ask('companies that are not sponsors');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('not sponsors of events');
  });
});

describe.runIf(hasRealData)(
  'a plural relation word after "the <name>" is the noun the name modifies (real data)',
  () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await realFixture();
    });
    afterAll(() => f.close());

    it.each([['show me the AHICE sponsors'], ['all the AHICE sponsors, their total revenue']])(
      '%s: the companies sponsoring the event',
      (q) => {
        const asked = f.ask(q);
        expect(asked.kind === 'sql' && asked.interpretation).toMatch(
          /companies that are sponsors of events named AHICE/,
        );
      },
    );

    it.each([
      ['which AHICE sponsor has the most employees', /^companies that are sponsors of events named AHICE/],
      ['what OSEA exhibitors have the highest revenue', /^companies that are exhibitors of events named OSEA/],
    ])('%s: after "which / what" the name modifies the noun asked for', (q, reading) => {
      // read as the verb ("AHICE sponsors ..."), the events were ranked by revenue: refused
      const asked = f.ask(q);
      expect(asked.kind === 'sql' && asked.interpretation).toMatch(reading);
    });

    it('a bare verb after "does the <name>" stays the verb', () => {
      const asked = f.ask('which events does the Marriott sponsor');
      expect(asked.kind === 'sql' && asked.interpretation).toMatch(
        /^events with sponsors among companies named Marriott/,
      );
    });
  },
);
