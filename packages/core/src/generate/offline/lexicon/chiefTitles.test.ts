import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, realFixture, sql, type Fixture } from '../testkit';

warnIfNoRealData('chief officer acronyms');

/**
 * The conventions' C-suite titles: "ceo" is the title CEO or Chief Executive Officer (the official dev set's
 * definition), and each functional acronym likewise its "Chief ... Officer" expansion, never a longer word that
 * holds the letters ("coo" in "Coordinator") nor someone working for one ("Executive Assistant to CFO"). The oracle
 * reads the titles in TypeScript, word by word, not through the engine's own patterns.
 */
describe.runIf(hasRealData)('chief officer acronyms find their expansions (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** Someone working for the officer, or their deputy ("CFO and Deputy CEO" is a CFO, not a CEO). */
  const forSomeone = (abbr: string, word: string): RegExp =>
    new RegExp(
      `\\b(?:assistant|advis[eo]r|ea|pa|office of the|chief of staff)\\b|\\bdeputy (?:${abbr}|chief ${word} officer)\\b`,
      'i',
    );

  it.each([
    ['ceo', 'executive'],
    ['cfo', 'financial'],
    ['cto', 'technology'],
    ['coo', 'operating'],
    ['cmo', 'marketing'],
  ])('"%ss" are the titles saying the acronym or "chief %s officer"', (abbr, word) => {
    const says = new RegExp(`(?<![a-z])(?:${abbr}|chief ${word} officer)(?![a-z])`, 'i');
    const titles = f.db.prepare('SELECT job_title FROM people WHERE job_title IS NOT NULL').pluck().all() as string[];
    const expected = new Set(titles.filter((t) => says.test(t.replace(/-/g, ' ')) && !forSomeone(abbr, word).test(t)));
    // the expansion is what most of the data holds: the acronym alone would miss it
    expect([...expected].filter((t) => !new RegExp(`\\b${abbr}\\b`, 'i').test(t)).length).toBeGreaterThan(0);
    const asked = f.ask(`list the ${abbr}s`);
    expect(new Set(column(asked, 'job_title').map(String))).toEqual(expected);
  });

  it.each([
    ["cto's in singapore", 'ctos in singapore'],
    [
      "emails of the ceo's of companies at aviation festival asia 2025",
      'emails of the ceos of companies at aviation festival asia 2025',
    ],
    ["vp's of engineering", 'vps of engineering'],
  ])('an apostrophe plural of a title\'s initials is its plural: "%s" asks what "%s" asks', (q, same) => {
    expect(sql(f.ask(q))).toBe(sql(f.ask(same)));
  });
});

/** A placeholder in the slot of "chief ... officer" is any chief officer: the C-level, as "cxo" says (demo data). */
describe('"chief x officer": a placeholder for the title word (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['chief x officers at companies in germany', 'cxos at companies in germany'],
    ['any chief something officer in marketing?', 'any cxo in marketing?'],
  ])('"%s" asks what "%s" asks', (q, same) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(same)));
  });

  it('a real word in the slot is no placeholder', () => {
    expect(sql(f.ask('chief revenue officers'))).not.toBe(sql(f.ask('cxos')));
  });
});
