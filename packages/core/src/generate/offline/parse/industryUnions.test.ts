import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, type Asked, type Fixture } from '../testkit';

warnIfNoRealData('industry unions');

const interpretation = (r: Asked): string => (r.kind === 'sql' ? r.interpretation : `${r.kind}`);

/**
 * Two industries of one company noun joined by "or" are a union, whatever the frame ("are X or in Y", "in X or Y",
 * "X or Y companies"), as two countries or two themes are; they were ANDed ("narrowed to those ..., both must hold":
 * no company) or described as one literal industry. A plural noun of a kind of company (WordNet's "insurance company"
 * for "insurers") names its industry, and a relative clause "that are <industry>" after a company noun describes the
 * companies, never their events' themes.
 */
describe.runIf(hasRealData)('industry unions (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const companiesIn = (like: string[], relation?: string): string[] =>
    [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN company_industries i ON i.company_id = c.id
         WHERE (${like.map(() => 'lower(i.industry) LIKE ?').join(' OR ')})
         ${relation ? 'AND c.id IN (SELECT company_id FROM participations WHERE relation = ?)' : ''}`,
        ...like,
        ...(relation ? [relation] : []),
      ),
    ]
      .map(String)
      .sort();

  it('"are X or in Y" after a relation noun is either industry', () => {
    const asked = f.ask('which sponsors are banks or in financial services');
    const expected = companiesIn(['%banking%', '%financial services%'], 'sponsor');
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(asked)).toEqual(expected);
    expect(interpretation(asked)).not.toContain('both must hold');
  });

  it('"in X or Y" is described as either industry, not one literal name', () => {
    const asked = f.ask('companies in banking or financial services');
    expect(firstColumnNames(asked)).toEqual(companiesIn(['%banking%', '%financial services%']));
    expect(interpretation(asked)).toContain('"banking" or "financial services"');
  });

  it('an alternative opened by its own preposition ("or in the food industry") is still an industry', () => {
    const asked = f.ask('companies in hospitality or in the food industry');
    expect(interpretation(asked)).toContain('"hospitality" or "food" industry');
    expect(interpretation(asked)).not.toContain('tagged');
    // ... but a filler word that is the industry's own ("IT services") stays
    expect(interpretation(f.ask('companies in software or IT services'))).toContain('"it services"');
  });

  it('"that are <industry nouns>" after a relation noun is the companies\' industry (insurers: insurance)', () => {
    const asked = f.ask('sponsors that are banks or insurers');
    // industries headed by the word ("Health Insurance Law" is law, not an insurer)
    const expected = companiesIn(['%banking', '%insurance', '%insurance services'], 'sponsor');
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(asked)).toEqual(expected);
    expect(interpretation(asked)).not.toContain('tagged');
  });

  it.each([
    ['companies sponsoring events in the next 6 months that are in telecoms', '%telecom%', 'sponsor'],
    ['companies sponsoring events in the next 6 months which are in software', '%software%', 'sponsor'],
  ])("%s: the clause after the verb's events describes the companies", (q, like, relation) => {
    const asked = f.ask(q);
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN company_industries i ON i.company_id = c.id
         JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE lower(i.industry) LIKE ? AND p.relation = ? AND e.start_date BETWEEN '2024-07-15' AND '2025-01-15'`,
        like,
        relation,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(asked)).toEqual(expected);
  });
});
