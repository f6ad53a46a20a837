import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, sql, type Fixture } from '../../testkit';
import { parenthesisedSpans } from './restatedValues';

describe('parenthesised spans over the tokens', () => {
  it.each([
    ['cybersecurity vendors (computer network security industry)', 6, [[2, 6]]],
    [
      'a (b) c (d e)',
      5,
      [
        [1, 2],
        [3, 5],
      ],
    ],
    ['no parentheses here', 3, []],
  ] as const)('%s', (text, n, spans) => {
    expect(parenthesisedSpans(text, n)).toEqual(spans);
  });
});

/**
 * A parenthetical naming the same kind of value as the noun phrase before it restates it: the parenthetical's value
 * alone ("cybersecurity vendors (computer & network security industry)" is that industry, not its intersection with
 * the cybersecurity theme); a parenthetical that adds ("(marketing too)") keeps both. Real data: the companies of the
 * Computer and Network Security industry, more than those also of the Cybersecurity one.
 */
describe.skipIf(!hasRealData)('a parenthetical restating a value (real data)', () => {
  warnIfNoRealData('restatedValues');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const industry = (...names: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c WHERE ${names
        .map(() => 'EXISTS (SELECT 1 FROM company_industries i WHERE i.company_id = c.id AND i.industry = ?)')
        .join(' AND ')}`,
      ...names,
    );

  it('the industry in parentheses replaces the theme word before the noun', () => {
    const expected = industry('Computer and Network Security');
    expect(expected.size).toBeGreaterThan(industry('Computer and Network Security', 'Cybersecurity').size);
    const asked = f.ask('cybersecurity vendors (computer & network security industry)');
    expect(new Set(column(asked, 'company'))).toEqual(expected);
  });

  it('an event named again in parentheses is one mention: one link to it, not two', () => {
    const once = f.ask('companies at the space convention that are in the states');
    const twice = f.ask('companies at the space convention (gstc) that are in the states');
    expect(twice.kind === 'sql' && twice.interpretation).toBe(once.kind === 'sql' && once.interpretation);
    expect(new Set(column(twice, 'company'))).toEqual(new Set(column(once, 'company')));
    expect(column(once, 'company').length).toBeGreaterThan(0);
  });

  it('another event in parentheses stays a second name', () => {
    const asked = f.ask('sponsors at ahice (seamless asia)');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/AHICE[^]*Seamless Asia/);
  });

  it('"(by industry)" after a theme and its noun says the theme is an industry, no grouping; after a plain noun it groups', () => {
    const asked = f.ask('security vendors (by industry)');
    expect(asked.kind === 'sql' ? asked.understanding : null).toMatchObject({ request: { shape: { kind: 'list' } } });
    expect(sql(asked)).toMatch(/company_industries/);
    // an adverb of emphasis before the predicate is no word of the theme ("are actually security vendors")
    const stressed = f.ask('which companies are actually security vendors (by industry)?');
    expect(new Set(column(stressed, 'company'))).toEqual(new Set(column(asked, 'company')));
    const grouped = f.ask('list the companies (by industry)');
    expect(grouped.kind === 'sql' ? grouped.understanding : null).toMatchObject({
      request: { shape: { kind: 'group', dimension: 'industry' } },
    });
  });

  it('"by <field>" ending a predicate "are <theme> <noun>" says the theme\'s field; a count or a plain list groups', () => {
    const plain = f.ask('which companies are security vendors?');
    const judged = f.ask('which companies are really security vendors by industry?');
    expect(judged.kind === 'sql' ? judged.understanding : null).toMatchObject({ request: { shape: { kind: 'list' } } });
    expect(new Set(column(judged, 'company'))).toEqual(new Set(column(plain, 'company')));
    const counted = f.ask('how many companies are security vendors by industry?');
    expect(counted.kind === 'sql' ? counted.understanding : null).toMatchObject({
      request: { shape: { kind: 'group', dimension: 'industry' } },
    });
    const listed = f.ask('list the security vendors by industry');
    expect(listed.kind === 'sql' ? listed.understanding : null).toMatchObject({
      request: { shape: { kind: 'group', dimension: 'industry' } },
    });
  });

  // "German companies (by company address)": how the place is judged, never a grouping by company with the address
  it('"(by <field>)" after a place and its noun says how the place is judged, no grouping', () => {
    const asked = f.ask('Which German companies (by company address) take part in any event?');
    expect(asked.kind === 'sql' ? asked.understanding : null).toMatchObject({ request: { shape: { kind: 'list' } } });
    expect(asked.kind === 'sql' ? asked.interpretation : '').toContain('Germany');
  });

  it('a parenthetical that adds keeps both values', () => {
    const asked = f.ask('sales people (marketing too)');
    expect(sql(asked)).toMatch(/job_function/);
    expect(asked.kind === 'sql' && asked.params).toEqual(expect.arrayContaining(['sales', 'marketing']));
  });
});
