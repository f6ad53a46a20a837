import { describe, expect, it } from 'vitest';
import { column, demoScanner } from '../../testkit';

/** Companies with a participation of the first relation and none of the second, from the tables directly. */
const ORACLE = `SELECT c.name FROM companies c
  WHERE EXISTS (SELECT 1 FROM participations p WHERE p.company_id = c.id AND p.relation = ?)
    AND NOT EXISTS (SELECT 1 FROM participations p WHERE p.company_id = c.id AND p.relation = ?)`;

describe('a relation word that is verb or noun is the verb where only a verb can stand', () => {
  const { fixture } = demoScanner();
  const names = (q: string): Set<unknown> => new Set(column(fixture().ask(q), 'company'));

  it.each([
    'companies that partner at events but never sponsor any',
    'companies that partner at events but do not sponsor any',
    "companies that partner at events but don't sponsor",
  ])('%s: the partners that sponsor nothing (the companies are the subject of both verbs)', (q) => {
    expect(names(q)).toEqual(fixture().oracle(ORACLE, 'partner', 'sponsor'));
  });

  it('a plural after the negation stays the noun: "companies that are not sponsors"', () => {
    const asked = fixture().ask('companies that are not sponsors');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('not sponsors of events');
  });
});
