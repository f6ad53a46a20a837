import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, interpretationOf } from '../../testkit';
import { kindsNamedBy } from './kindNouns';

/** The kinds a general noun names, from its WordNet senses (words of this test's own). */
describe('kindsNamedBy', () => {
  it.each([
    ['role', 'role'],
    ['position', 'role'],
    ['post', 'role'],
    ['jobs', 'role'],
    ['venue', 'venue'],
    ['site', 'venue'],
    ['gathering', 'event'],
    ['firm', 'company'],
  ])('%s names a %s', (word, kind) => {
    expect([...kindsNamedBy(word)]).toContain(kind);
  });

  it('never a narrower noun, nor a word that narrows the answer', () => {
    // a vacancy is a kind of post, a directorship one post: they say more than a job title does
    for (const word of ['vacancy', 'directorship', 'former', 'left', 'nearby', 'neighbourhood', 'cancelled'])
      expect([...kindsNamedBy(word)], word).toEqual([]);
  });
});

/** A general noun beside a mention of the kind it names adds no condition (demo data). */
describe('restating general nouns (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['contacts at %C who hold the chief executive officer role', 'contacts at %C who are chief executive officer'],
    ['who holds the CFO post at %C', 'who is CFO at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    const expected = read(same.replace('%C', company));
    expect(expected).not.toBe('clarify');
    expect(read(q.replace('%C', company))).toBe(expected);
  });

  it.each([
    ['people at %C in a marketing director position', /Director/],
    ['people at %C whose job is sales manager', /Manager/],
  ])('%s is read with the role only', (q, role) => {
    const company = busiestCompany(fixture());
    expect(read(q.replace('%C', company))).toMatch(role);
  });

  it('asks about a narrower noun beside a title', () => {
    const company = busiestCompany(fixture());
    expect(read(`people at ${company} in CTO vacancies`)).toBe('clarify');
  });
});
