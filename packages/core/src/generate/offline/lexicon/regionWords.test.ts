import { describe, expect, it } from 'vitest';
import { COUNTRY_WORDS, REGION_WORDS } from './countryWords';

/** The countries a region phrase names, or undefined when the phrase names no region. */
const region = (phrase: string): readonly string[] | undefined =>
  REGION_WORDS.find((r) => r.phrase === phrase)?.countries;

describe('regions as questions name them', () => {
  it.each([
    // the commercial groupings
    ['emea', ['Germany', 'United Arab Emirates', 'South Africa']],
    ['nordics', ['Sweden', 'Finland', 'Iceland']],
    ['dach', ['Germany', 'Austria', 'Switzerland']],
    ['benelux', ['Belgium', 'Netherlands', 'Luxembourg']],
    ['gcc', ['United Arab Emirates', 'Saudi Arabia', 'Qatar']],
    ['gulf', ['Kuwait', 'Oman', 'Bahrain']],
    ['anz', ['Australia', 'New Zealand']],
    ['the americas', ['Brazil', 'Canada', 'United States']],
    // short forms typed for a region's own phrase
    ['asia pac', ['Singapore', 'Japan']],
    ['se asia', ['Vietnam', 'Singapore']],
    ['n america', ['Canada']],
    // "region" after the phrase
    ['dach region', ['Germany']],
    ['asia pacific region', ['Australia']],
    // the adjective of the region's last word
    ['european', ['France']],
    ['asian', ['Japan']],
    ['southeast asian', ['Thailand']],
    ['middle eastern', ['Jordan']],
    ['latin american', ['Chile']],
    ['north american', ['Mexico']],
  ])('%s names %j among its countries', (phrase, countries) => {
    for (const c of countries) expect(region(phrase)).toContain(c);
  });

  it('a region keeps to its own countries (the Nordics are not Germany, Scandinavia not Finland)', () => {
    expect(region('nordics')).not.toContain('Germany');
    expect(region('scandinavia')).not.toContain('Finland');
    expect(region('gcc')).not.toContain('Iran');
  });

  it('a derived form never takes over a way a country is named ("american" stays the United States)', () => {
    const countryKeys = new Set(COUNTRY_WORDS.flatMap((c) => [c.name.toLowerCase(), ...c.aliases]));
    for (const r of REGION_WORDS) expect(countryKeys.has(r.phrase)).toBe(false);
    expect(region('american')).toBeUndefined();
  });

  it('a phrase joining regions with "and" has no adjective', () => {
    expect(REGION_WORDS.some((r) => r.phrase.endsWith('african') && r.phrase.includes(' and '))).toBe(false);
  });
});
