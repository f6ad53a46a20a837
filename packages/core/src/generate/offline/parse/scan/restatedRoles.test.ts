import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../../testkit';

/** A role given again after "like / aka" restates the role said before it: no second condition. */
describe('restated roles (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    const asked = fixture().ask(q);
    return asked.kind === 'sql' ? asked.interpretation : asked.kind;
  };

  it.each([
    ['sales people at %C, like account managers', 'sales people at %C'],
    ['key account managers at %C, aka KAMs', 'key account managers at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toBe(read(same.replace('%C', company)));
  });
});
