import { describe, expect, it } from 'vitest';
import { demoWithCompany, type Asked } from '../../testkit';

const rows = (a: Asked): string[] => (a.kind === 'sql' ? a.rows.map((r) => JSON.stringify(r)).sort() : [a.kind]);

/**
 * A noun of head count premodified by people's roles is the number of those people ("marketing headcount at X"): it
 * was read as the company's stated size and refused, people having none. Alone it stays the company's size.
 */
describe('a head count of a role (demo data)', () => {
  const demo = demoWithCompany();

  it.each([
    ['marketing headcount at {c}', 'how many marketing people at {c}'],
    ['the sales headcount at {c}?', 'how many sales people at {c}'],
    ['sales vs marketing headcount at {c}', 'how many sales vs marketing people at {c}'],
  ])('%s: as %s', (q, plain) => {
    const asked = demo.f.ask(q.replace('{c}', demo.company));
    expect(asked.kind).toBe('sql');
    expect(rows(asked)).toEqual(rows(demo.f.ask(plain.replace('{c}', demo.company))));
  });

  it("a head count with no role is the company's stated size", () => {
    const asked = demo.f.ask(`headcount at ${demo.company}`);
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/showing employees/);
  });
});
