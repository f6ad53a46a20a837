import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, interpretationOf } from '../../testkit';

/** "<kind> and other <noun>": the kind is among the noun's rows, no condition of its own nor "other events". */
describe('a kind and others of its rows (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['banks and other companies sponsoring events', 'companies sponsoring events'],
    ['sales people and other people at %C', 'people at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toBe(read(same.replace('%C', company)));
  });

  // the noun "other" governs may have modifiers of its own: the kind is among the modified noun's rows
  it.each([
    ['insurers and other finance companies sponsoring events', 'finance companies sponsoring events'],
    ['hotels and other hospitality businesses at events', 'hospitality businesses at events'],
    ['airlines and other aviation-industry firms exhibiting at events', 'aviation industry firms exhibiting at events'],
    ['pharma makers and other healthcare companies', 'healthcare companies'],
    ['recruiters and other hr people at %C', 'hr people at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    const reading = read(q.replace('%C', company));
    expect(reading).toBe(read(same.replace('%C', company)));
    expect(reading).not.toMatch(/other than/);
  });

  // a kind no reader places is said to be among the noun's rows all the same: never asked back, no condition
  it.each([
    ['carriers and other aviation companies sponsoring events', 'aviation companies sponsoring events'],
    ['hauliers and other transportation firms', 'transportation firms'],
    ['couriers and other companies exhibiting at events', 'companies exhibiting at events'],
    ['which stockbrokers and other finance companies sponsor events', 'which finance companies sponsor events'],
  ])('%s reads as "%s"', (q, same) => {
    const reading = read(q);
    expect(reading).toBe(read(same));
    expect(reading).toMatch(/^companies/);
  });
});
