import { describe, expect, it } from 'vitest';
import { demoWithCompany } from '../../../testkit';

/** A name right after a noun of its kind ("companies named X") is that noun's: one node, described once. */
describe('a name given to the noun before it (demo data)', () => {
  const demo = demoWithCompany();

  const understood = (q: string): string => {
    const asked = demo.f.ask(q);
    return asked.kind === 'sql' ? asked.interpretation : asked.kind;
  };

  it.each(['people at companies named X', 'people at the company X', 'people at companies called X'])(
    '%s: the people of that company, the company said once',
    (q) => {
      expect(understood(q.replace('X', demo.company))).toBe(`people working at companies named ${demo.company}`);
    },
  );

  it('names listed with commas are one list, as with "or" (a person works at one of them)', () => {
    const names = [...demo.f.oracle('SELECT name FROM companies GROUP BY name ORDER BY count(*) DESC, name LIMIT 3')].map(
      String,
    );
    const [a = '', b = '', c = ''] = names;
    expect(understood(`people at ${a}, ${b}, ${c}`)).toBe(understood(`people at ${a} or ${b} or ${c}`));
    expect(understood(`people at ${a}, ${b} and ${c}`)).toContain(`named ${a} or ${b} or ${c}`);
  });
});
