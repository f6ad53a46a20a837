import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../../testkit';

/** "<kind> and other <noun>": the kind is among the noun's rows, no condition of its own nor "other events". */
describe('a kind and others of its rows (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    const asked = fixture().ask(q);
    return asked.kind === 'sql' ? asked.interpretation : asked.kind;
  };

  it.each([
    ['banks and other companies sponsoring events', 'companies sponsoring events'],
    ['sales people and other people at %C', 'people at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toBe(read(same.replace('%C', company)));
  });
});
