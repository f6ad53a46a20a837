import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, interpretationOf } from '../../testkit';

/** A role given again after "like / aka" restates the role said before it: no second condition. */
describe('restated roles (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['sales people at %C, like account managers', 'sales people at %C'],
    ['key account managers at %C, aka KAMs', 'key account managers at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toBe(read(same.replace('%C', company)));
  });
});

/** A level of the seniority ladder restating a vaguer level it is no part of says which level was meant. */
describe('a seniority restated after "like" (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['anyone senior at %C - like director level or above?', 'anyone director level or above at %C'],
    ['someone senior at %C, like a VP', 'a VP at %C'],
  ])('%s reads as "%s"', (q, same) => {
    // the restating level was dropped as an example of "senior": the Senior code (other people) was answered
    const company = busiestCompany(fixture());
    const expected = read(same.replace('%C', company));
    expect(expected).not.toMatch(/Senior/);
    expect(read(q.replace('%C', company))).toBe(expected);
  });

  it('a level restating one that holds it adds nothing', () => {
    const company = busiestCompany(fixture());
    expect(read(`VPs and above at ${company}, like a VP`)).toBe(read(`VPs and above at ${company}`));
  });
});

/** Titles of the function said with them are members of its people: the function's people, no second condition. */
describe('titles restating a job function (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['account executives / sales reps at %C', 'sales reps at %C'],
    ['sales reps or account executives at %C', 'sales reps at %C'],
    ['sales people at %C - AEs, BDRs and SDRs', 'sales people at %C'],
  ])('%s reads as "%s"', (q, same) => {
    // the titles were a condition beside the function (sales AND account executive): narrower than asked
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toBe(read(same.replace('%C', company)));
  });

  it('a title of another function stays a condition of its own', () => {
    const company = busiestCompany(fixture());
    expect(read(`sales people at ${company} - CTOs`)).toMatch(/CTO/);
  });
});
