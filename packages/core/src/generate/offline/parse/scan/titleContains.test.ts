import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, sql, type Fixture } from '../../testkit';
import { titleWordForms } from './titleContains';

describe('titleWordForms', () => {
  it('a short form and its expansion match each other both ways', () => {
    expect(titleWordForms('vp')).toEqual(['vp', 'vice president']);
    expect(titleWordForms('vice president')).toEqual(['vp', 'vice president']);
    expect(titleWordForms('md')).toEqual(['md', 'managing director']);
  });
  it('a chief title keeps its vocabulary forms: acronym and full form', () => {
    expect(titleWordForms('cfo')).toEqual(['cfo', 'chief financial officer']);
  });
  it('a vocabulary word asked for in a title keeps only the forms that say or spell out the word', () => {
    // the role "founders" also reads "founding"; "founder in their title" is the word itself
    expect(titleWordForms('founder')).toEqual(['founder', 'co founder', 'cofounder']);
    expect(titleWordForms('ceo')).toContain('chief executive officer');
  });
  it('any other word is looked for as typed', () => {
    expect(titleWordForms('engineer')).toEqual(['engineer']);
  });
});

describe('a word asked for inside titles, over the demo data', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const emails = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email').filter((e) => e !== null));
  // the word as a whole word of the title, whatever punctuation surrounds it ("Director, Sales")
  const titled = (word: string): Set<unknown> => {
    const rows = f.db.prepare('SELECT email, job_title FROM people WHERE email IS NOT NULL').all() as {
      email: string;
      job_title: string | null;
    }[];
    return new Set(rows.filter((r) => new RegExp(`\\b${word}\\b`, 'i').test(r.job_title ?? '')).map((r) => r.email));
  };

  it.each([
    ['which people hold a director title', 'director'],
    ['contacts having a manager title', 'manager'],
    ['people with director in their title', 'director'],
    ['ppl with manager in there title', 'manager'],
    // typed without a determiner: not a column to show, the word to find
    ['ppl w/ director in title', 'director'],
  ])('%s: exactly the people whose title holds the word', (q, word) => {
    const expected = titled(word);
    expect(expected.size).toBeGreaterThan(0);
    expect(emails(q)).toEqual(expected);
  });
});

describe('a level of several words held as a title', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  // "vp level" is in no job title: read as words of the title, "how many people hold a VP-level title" counted none
  it.each([
    ['how many people hold a VP-level title', 'how many VPs are there'],
    ['people with a director level title', 'directors'],
    ['contacts having a c-suite title', 'c-suite contacts'],
  ])('"%s" is the level, as "%s" is', (q, plain) => {
    expect(sql(f.ask(q))).toBe(sql(f.ask(plain)));
  });
});
