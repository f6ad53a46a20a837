import { describe, expect, it } from 'vitest';
import { demoWithCompany } from '../testkit';

/** A named company's employees are its stated size; its people in the data are rows (demo data). */
describe('stated size or people rows of one company', () => {
  const demo = demoWithCompany();
  const read = (q: string): string => {
    const asked = demo.f.ask(q.replace('X', demo.company));
    return asked.kind === 'sql' ? asked.interpretation : asked.kind;
  };

  it.each([
    'how many employees does X have',
    'how many staff does X have',
    'number of staff at X',
    'how many people does X employ',
    "what's the workforce of X",
    'X team size',
  ])('%s is the stated size', (q) => {
    expect(read(q)).toBe(`companies named ${demo.company}; showing employees`);
  });

  it.each([
    'how many people do we have at X',
    'how many contacts at X',
    'how many employees of X are in our database',
    'how many sales people does X have',
  ])('%s counts the people rows', (q) => {
    expect(read(q)).toMatch(/^number of people/);
  });
});
