import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';
import { addedClause } from './addedClauses';
import { pointedFragment } from './pointedFragments';

/**
 * A clause added to a request to say which of its rows are wanted: a narrowing, the speaker's aim, a negated want.
 * Sentences of this test's own, not from an evaluation set.
 */
describe('addedClause restates a clause keeping or leaving out a part of the rows', () => {
  it.each([
    // the speaker's aim: the object is the part wanted
    ['we want to target fintechs', 'aim', 'only fintechs'],
    ["we're targeting software companies", 'aim', 'only software companies'],
    ['we are looking for insurance companies', 'aim', 'only insurance companies'],
    ['only interested in the airlines', 'aim', 'only the airlines'],
    ['interested in hotels only', 'aim', 'only hotels'],
    ['my team is focused on banks', 'aim', 'only banks'],
    ["we're after logistics firms", 'aim', 'only logistics firms'],
    // a verb of plain wanting under a focus adverb
    ['we only want the sales folks', 'aim', 'only the sales folks'],
    ['i just need the directors', 'aim', 'only the directors'],
    // a negated want, "not" before a part, "no" before a noun
    ["I don't need the chefs", 'unwanted', 'excluding the chefs'],
    ['not interested in startups', 'unwanted', 'excluding startups'],
    ['not the american ones', 'unwanted', 'excluding the american ones'],
    ['no engineers pls', 'unwanted', 'excluding engineers'],
    // a focus adverb before or after the part
    ['only germany', 'narrow', 'only germany'],
    ['but just the banks', 'narrow', 'only the banks'],
    ['the US ones only', 'narrow', 'only the US ones'],
    ['only japan', 'narrow', 'only japan'],
    ['only marketing', 'narrow', 'only marketing'],
  ])('%j', (clause, kind, restated) => {
    expect(addedClause(clause)).toMatchObject({ kind, restated });
  });

  it.each([
    // the whole of the rows, a field of them or the form of the answer: the speaker's purpose or a request
    'we want to meet them',
    "i'm after their emails",
    'we want to target them',
    'i just need a list',
    // a verb after the focus adverb opens a request
    'just tell me the sponsors',
    'only count the sponsors',
    // plain wanting with no focus: a purpose ("need to") or a field asked, never a narrowing
    'we need the directors',
    'we want to reach out before the show',
    // a time after "after", a negated condition after "not"
    'after march',
    'not in 2025',
    // a contrast of two readings, read in place
    'not the whole marketing team, just the directors',
  ])('%j keeps or leaves out nothing', (clause) => {
    expect(addedClause(clause)).toBeNull();
  });
});

describe('indifference, a verb of reaching buyers and a verb of passing over (sentences of this test)', () => {
  it.each([
    // a choice left free restricts nothing: never a negated want
    'we dont care about sponsors',
    "doesn't matter which country",
    'not too fussed about the venue',
    'whatever industry',
    'no matter the date',
    'honestly i dont really mind the exhibitors',
    // a noun of minding after "no"
    'no preference on location',
    'no particular preference re the dates',
    'no strong preference about the industry',
    'no preferences for which country',
    'ok no real preference on the venue',
  ])('%j is indifference, no part of the rows', (clause) => {
    expect(addedClause(clause)).toBeNull();
  });

  it.each([
    ["we're trying to reach hospitals", 'only hospitals'],
    ['we want to approach the caterers', 'only the caterers'],
    ['i want to pitch to airlines', 'only airlines'],
    ["we'd like to contact the insurers", 'only the insurers'],
    ['hoping to connect with logistics firms', 'only logistics firms'],
    ['our client is trying to reach out to banks', 'only banks'],
  ])('%j: the buyers reached are the part wanted', (clause, restated) => {
    expect(addedClause(clause)).toMatchObject({ kind: 'aim', restated });
  });

  it.each([
    // alone a verb of reaching opens a request or names no aim
    'contact details',
    'meeting rooms',
    'reach hospitals',
    // a particle after it makes another verb (WordNet's "reach out", "meet up")
    'we want to meet up in march',
    // the whole of the rows
    'we are trying to reach them',
    // what the speaker's company does is its context, not an aim
    'we sell to hospitals',
    'we work with airlines',
  ])('%j names no buyers', (clause) => {
    expect(addedClause(clause)).toBeNull();
  });

  it.each([
    ['skip the airlines', 'excluding the airlines'],
    ['leave out the banks', 'excluding the banks'],
    ['pls ignore the ones in march', 'excluding the ones in march'],
    ['forget about the government agencies', 'excluding the government agencies'],
    ['but omit the startups', 'excluding the startups'],
  ])('%j leaves a part out', (clause, restated) => {
    expect(addedClause(clause)).toMatchObject({ kind: 'unwanted', restated });
  });

  it.each(['skip them', 'ignore their emails', 'skip it'])('%j leaves out no part', (clause) => {
    expect(addedClause(clause)).toBeNull();
  });
});

describe('a message split at an added clause', () => {
  it.each([
    ['which companies sponsor X? we want to target fintechs', 'which companies sponsor X', 'only fintechs'],
    ['events in europe - only germany', 'events in europe', 'only germany'],
    ['companies at X, just the banks', 'companies at X', 'only the banks'],
    ['people at X sponsors. I dont need the engineers', 'people at X sponsors', 'excluding the engineers'],
    // a clause opened by "but", "oh" or "actually" with no punctuation before it
    ['sponsors of X but only the banks', 'sponsors of X', 'only the banks'],
    ['events in japan oh and only 2025', 'events in japan', 'only 2025'],
    ['events in 2025 actually just germany', 'events in 2025', 'only germany'],
    ['exhibitors at X but we are looking for caterers', 'exhibitors at X', 'only caterers'],
    ['speakers at X but skip the professors', 'speakers at X', 'excluding the professors'],
    // a loose group of the rows after "not" is a part of them, as "the ones in germany" is
    ['sales people, not the germany lot', 'sales people', 'excluding the germany lot'],
    ['speakers at X, not the academic types', 'speakers at X', 'excluding the academic types'],
  ])('%j', (text, first, fragment) => {
    expect(pointedFragment(text)).toEqual({ first, fragment, pointer: 'added' });
  });

  it.each([
    // "but not" is a contrast read in place
    'marketing people in singapore but not the directors',
    // a pointer back at the rows keeps the clause in the sentence
    'events in singapore but only those in march',
    // "actually" inside the question, no added clause after it
    'which events actually happened in march',
    // indifference after a break
    'events in singapore? we dont care about sponsors or partners',
    'events in singapore - no matter the date',
    // "not" before a quantity ("a lot of") is no group of the rows
    'events in asia, not a lot of them',
  ])('%j is not split at an added clause', (text) => {
    expect(pointedFragment(text)?.pointer ?? null).not.toBe('added');
  });
});

describe.skipIf(!hasRealData)('added clauses say which rows of the request are wanted (real data)', () => {
  warnIfNoRealData('addedClauses');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const names = (q: string, ...history: string[]): Set<unknown> => {
    const r = f.ask(...history, q);
    expect(r.kind).toBe('sql');
    return new Set(column(r, 'company'));
  };
  const sponsorsWhere = (where: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name = 'Aviation Festival Asia 2025' AND pa.relation = 'sponsor'
       AND ${where}`,
    );

  it.each([
    'which companies sponsor aviation festival asia? we are looking for insurance companies',
    'sponsors of aviation festival asia - we only care about insurance companies',
    'who sponsors aviation festival asia? interested in insurance companies only',
  ])('%j: the aim narrows the companies asked, never the events', (q) => {
    const all = sponsorsWhere('1 = 1');
    const insurers = names('only insurance companies', 'sponsors of aviation festival asia');
    expect(insurers.has('Chubb')).toBe(true);
    expect(insurers.size).toBeLessThan(all.size);
    expect(names(q)).toEqual(insurers);
  });

  it.each([
    'sponsors of aviation festival asia - not the american ones',
    'sponsors of aviation festival asia. no US ones',
  ])('%j: the companies asked minus a part of them', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'sql' && r.interpretation).toMatch(/excluding companies in United States/);
    expect(new Set(column(r, 'company'))).toEqual(sponsorsWhere(`(c.country IS NULL OR c.country <> 'United States')`));
  });

  it('"- only japan" after a region keeps the place said after it, never a union of the two', () => {
    const r = f.ask('events in asia - only japan');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Japan/);
    expect(r.kind === 'sql' && r.interpretation).not.toMatch(/ or Japan/);
    expect(new Set(column(r, 'country'))).toEqual(new Set(['Japan']));
  });

  it('a negated want after a people question leaves out those people, never their companies', () => {
    const q = 'people at aviation festival asia sponsors. we dont need engineers';
    const r = f.ask(q);
    expect(r.kind === 'sql' && r.interpretation).toMatch(/excluding people whose job functions include Engineering/);
    expect(r.kind === 'sql' && r.sql).toEqual(
      (f.ask('people at aviation festival asia sponsors', 'excluding engineers') as { sql: string }).sql,
    );
  });

  it.each([
    'sponsors of aviation festival asia but only the insurance companies',
    "which companies sponsor aviation festival asia? we're trying to reach insurance companies",
    'sponsors of aviation festival asia - actually just insurance companies',
    'sponsors of aviation festival asia oh and only insurance companies',
    'which companies sponsor aviation festival asia? i want to pitch to insurance companies',
  ])('%j: the added clause narrows the companies asked', (q) => {
    expect(names(q)).toEqual(names('only insurance companies', 'sponsors of aviation festival asia'));
  });

  it.each([
    'sponsors of aviation festival asia - skip the insurance companies',
    'sponsors of aviation festival asia, leave out the insurance companies',
    'sponsors of aviation festival asia. no insurance companies pls',
  ])('%j: the companies asked minus the ones passed over', (q) => {
    const without = names('excluding insurance companies', 'sponsors of aviation festival asia');
    expect(without.has('Chubb')).toBe(false);
    expect(names(q)).toEqual(without);
  });

  it.each([
    'events in singapore - only 2025',
    'events in singapore, just 2025',
    'events in singapore oh and only 2025',
  ])('%j: a bare year after a focus adverb is the year', (q) => {
    const r = f.ask(q);
    const same = f.ask('events in singapore in 2025');
    expect(r.kind === 'sql' && r.rows).toEqual(same.kind === 'sql' && same.rows);
  });

  it('indifference after a break is no condition', () => {
    const plain = f.ask('events in singapore');
    for (const q of ['events in singapore - not too fussed about sponsors', 'events in singapore. whatever industry']) {
      const r = f.ask(q);
      expect(r.kind === 'sql' && r.rows, q).toEqual(plain.kind === 'sql' && plain.rows);
    }
  });

  it('the aim said as a follow-up of its own is the same narrowing', () => {
    expect(names('we want to target insurance companies', 'which companies sponsor aviation festival asia?')).toEqual(
      names('only insurance companies', 'sponsors of aviation festival asia'),
    );
  });
});
