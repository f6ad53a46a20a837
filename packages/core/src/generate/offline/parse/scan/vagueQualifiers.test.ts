import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../../testkit';

describe('vague qualifiers against explicit figures on the same measure (demo data)', () => {
  const { fixture } = demoScanner();
  const interpretation = (q: string): string => {
    const r = fixture().ask(q);
    if (r.kind !== 'sql') throw new Error(`not answered: ${q}`);
    return r.interpretation;
  };

  it.each([
    ['smaller companies, say under 200 staff', 'employees < 200', 'small'],
    ['big companies with over 10000 employees', 'employees > 10000', 'large'],
    ['the smaller firms, like 100 staff or fewer', 'employees <= 100', 'small'],
    ['large firms with revenue over 1 billion', 'revenue (USD) > 1000000000', 'large'],
    ['older companies founded before 1980', 'founded year < 1980', 'old'],
    ['upcoming events in the next 3 months', '2024-07-15..2024-10-15', 'narrowed'],
    ['long events lasting more than 5 days', 'duration (days) > 5', 'long'],
    // an adverb of degree before a participle qualifier grades the participle's measure ("long" of age, not length)
    ['long-established firms, founded before 1950', 'founded year < 1950', 'long'],
  ])('%s: the figure is the one condition on its measure', (q, figure, vague) => {
    const said = interpretation(q);
    expect(said).toContain(figure);
    expect(said).not.toContain(vague);
  });

  it('a date qualifier that narrows a calendar period keeps both ("upcoming events in 2024": the rest of 2024)', () => {
    const r = fixture().ask('upcoming events in 2024');
    expect(r.kind).toBe('sql');
    if (r.kind === 'sql') expect(r.interpretation).toContain('both must hold');
  });

  it('"N employees or less": the bound after the unit is read', () => {
    expect(interpretation('companies with 200 employees or less')).toContain('employees <= 200');
  });

  it.each([
    'big events in singapore',
    'important sponsors of any event',
    'popular events next month',
    'recent events in singapore',
    'large conferences in 2025',
    'notable companies in germany',
    'local companies in germany',
  ])('%s: a qualifier no figure or column reads is asked about, never dropped', (q) => {
    const r = fixture().ask(q);
    expect(r.kind).toBe('clarify');
    if (r.kind === 'clarify') expect(r.clarification.part).toMatch(/big|important|popular|recent|large|notable|local/);
  });

  it('a qualifier of a company noun keeps the size band of the conventions', () => {
    expect(interpretation(`small companies at events`)).toContain('employees <= 50 (small)');
    const company = busiestCompany(fixture());
    expect(fixture().ask(`big vps at ${company}`).kind).toBe('clarify');
  });

  it.each([
    'not the big guys - companies exhibiting at events with under 500 staff',
    'small ones only: companies exhibiting at events with under 500 staff',
  ])('%s: a fronted gloss of the figure is no negation and no noun of its own', (q) => {
    expect(interpretation(q)).toBe('companies with employees < 500, that are exhibitors of events');
  });

  it('an adverb of degree before a qualifier with no figure on its measure is still asked about', () => {
    expect(fixture().ask('long-established companies in germany').kind).toBe('clarify');
  });

  it('a fronted gloss with no figure after it is asked about', () => {
    expect(fixture().ask('not the big guys - companies exhibiting at events').kind).toBe('clarify');
  });
});
