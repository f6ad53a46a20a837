import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_WORDS } from '../lexicon/countryWords';
import { realFixture, type Fixture } from '../testkit';
import { demonymNounPlural, demonymNouns, namesPeopleOfCountry } from './demonymNouns';

describe('people nouns of countries, from WordNet', () => {
  it.each([
    ['danes', 'Denmark'],
    ['spaniards', 'Spain'],
    ['swedes', 'Sweden'],
    ['finns', 'Finland'],
    ['poles', 'Poland'],
    ['greeks', 'Greece'],
    ['netherlanders', 'Netherlands'],
    ['irishmen', 'Ireland'],
    ['monegasques', 'Monaco'],
    ['tajiks', 'Tajikistan'],
  ])('%s are the people of %s', (noun, country) => {
    expect(demonymNouns().get(noun)).toBe(country);
  });

  it('derives many countries, every one a country of the gazetteer', () => {
    const countries = new Set(demonymNouns().values());
    expect(countries.size).toBeGreaterThan(30);
    const gazetteer = new Set(COUNTRY_WORDS.map((c) => c.name));
    for (const c of countries) expect(gazetteer.has(c)).toBe(true);
  });

  it('leaves out a noun that also names other people, and a group living in a place', () => {
    // "Hindu" is also an adherent of Hinduism; "Chewa" a member of a Bantu people of Malawi
    expect(demonymNouns().has('hindus')).toBe(false);
    expect(demonymNouns().has('chewas')).toBe(false);
  });

  it('plurals: regular, -man, and nouns that are their own plural', () => {
    expect(demonymNounPlural('dane')).toBe('danes');
    expect(demonymNounPlural('irishman')).toBe('irishmen');
    expect(demonymNounPlural('swiss')).toBeNull();
    expect(demonymNounPlural('japanese')).toBeNull();
  });

  it('the gazetteer demonyms in the plural, or after "the" when they are their own plural, name people too', () => {
    for (const w of ['filipinos', 'kiwis', 'aussies', 'brits', 'the dutch', 'the french', 'the swiss', 'Danes'])
      expect(namesPeopleOfCountry(w)).toBe(true);
    for (const w of ['danish', 'dutch', 'french', 'sweden']) expect(namesPeopleOfCountry(w)).toBe(false);
  });
});

/**
 * A demonym noun in a question is the people of that country, in the data or not: a country the data holds no
 * people of is an answer with no rows, never the question with the word dropped (which answered everyone).
 */
describe.skipIf(!hasRealData)('demonyms as the people of a country (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 180_000);
  afterAll(() => f.close());

  const peopleIn = (country: string): Set<unknown> =>
    f.oracle(`SELECT full_name FROM people WHERE country = ?`, country);

  it.each([
    ['list the danes', 'Denmark'],
    ['spaniards in our contacts', 'Spain'],
    ['show me the swedes', 'Sweden'],
    ['the dutch', 'Netherlands'],
    ['the french', 'France'],
    ['filipinos', 'Philippines'],
    ['kiwis', 'New Zealand'],
    ['aussies', 'Australia'],
    ['brits', 'United Kingdom'],
    ['poles', 'Poland'],
    ['finns', 'Finland'],
    ['greeks', 'Greece'],
  ])('%s: the people in %s', (q, country) => {
    const expected = peopleIn(country);
    expect(expected.size).toBeGreaterThan(0);
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    const names = asked.columns.indexOf('person') >= 0 ? asked.columns.indexOf('person') : 0;
    expect(new Set(asked.rows.map((r) => r[names]))).toEqual(expected);
  });

  it('the people of countries absent from the data: no rows or a question back, never everyone', () => {
    const absent = [...new Set(demonymNouns().values())].filter((c) => peopleIn(c).size === 0);
    expect(absent.length).toBeGreaterThan(5);
    const nounOf = new Map([...demonymNouns()].map(([noun, country]) => [country, noun]));
    for (const country of absent) {
      const asked = f.ask(`list the ${nounOf.get(country) ?? ''}`);
      if (asked.kind === 'sql') {
        expect(asked.interpretation).toContain(country);
        expect(asked.rows).toEqual([]);
      } else expect(asked.kind).toBe('clarify');
    }
  });

  it('people noun with a clause: swedes at sponsors are people in Sweden, not Swedish companies', () => {
    const asked = f.ask('swedes at companies sponsoring events');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people in Sweden/);
  });
});
