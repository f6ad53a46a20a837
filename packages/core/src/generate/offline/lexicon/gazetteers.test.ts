import { COUNTRIES, SUBDIVISIONS, VENUES } from '@musaeid/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../testkit';
import { COUNTRY_WORDS, REGION_WORDS } from './countryWords';
import { STATE_WORDS } from './stateWords';
import { VENUE_GROUPS } from './venueWords';

function countryOf(word: string): string[] {
  return COUNTRY_WORDS.filter((c) => c.aliases.includes(word)).map((c) => c.name);
}

describe('the place vocabulary is the gazetteer of @musaeid/db', () => {
  it('has every ISO country, under the canonical names the derivations store', () => {
    expect(COUNTRY_WORDS.map((c) => c.name).sort()).toEqual(COUNTRIES.map((c) => c.name).sort());
  });

  it.each([
    ['australia', 'Australia'],
    ['australian', 'Australia'],
    ['australians', 'Australia'],
    ['aussie', 'Australia'],
    ['aussies', 'Australia'],
    ['oz', 'Australia'],
    ['the states', 'United States'],
    ['american', 'United States'],
    ['americans', 'United States'],
    ['usa', 'United States'],
    ['brits', 'United Kingdom'],
    ['british', 'United Kingdom'],
    ['uk', 'United Kingdom'],
    ['sg', 'Singapore'],
    ['singaporean', 'Singapore'],
    ['kiwis', 'New Zealand'],
    ['filipinos', 'Philippines'],
    ['emiratis', 'United Arab Emirates'],
    ['dutch', 'Netherlands'],
    ['holland', 'Netherlands'],
    ['the netherlands', 'Netherlands'],
    ['germans', 'Germany'],
  ])('%s names %s', (word, country) => {
    expect(countryOf(word)).toEqual([country]);
  });

  it('a name that is also a state names no country (Georgia is asked about through the state)', () => {
    expect(countryOf('georgia')).toEqual([]);
    expect(STATE_WORDS.some(([name]) => name === 'Georgia')).toBe(true);
  });

  it('a state named like a city is read with "State"', () => {
    expect(STATE_WORDS.find(([, code]) => code === 'NY')?.[0]).toBe('New York State');
    expect(STATE_WORDS.length).toBe(SUBDIVISIONS.length);
  });

  it.each([
    ['southeast asia', 'Singapore'],
    ['apac', 'Australia'],
    ['europe', 'France'],
    ['north america', 'Canada'],
  ])('the region %s includes %s', (phrase, country) => {
    expect(REGION_WORDS.find((r) => r.phrase === phrase)?.countries).toContain(country);
  });

  it('venue groups come from the venue gazetteer', () => {
    const mbs = VENUE_GROUPS.find((g) => g.label === 'Marina Bay Sands');
    expect(mbs?.aliases).toEqual(expect.arrayContaining(['marina bay sands', 'sands expo', 'mbs']));
    expect(VENUE_GROUPS.length).toBe(new Set(VENUES.map((v) => v.group ?? v.name)).size);
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('country words end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('gazetteers');
  });
  afterAll(() => f?.close());

  it.each([
    ['aussie companies', 'companies in Australia'],
    ['australian firms', 'companies in Australia'],
    ['companies based in oz', 'companies in Australia'],
    ['american companies', 'companies in the United States'],
    ['companies in the states', 'companies in the United States'],
    ['people in sg', 'people in Singapore'],
    ['singaporean people', 'people in Singapore'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    expect(sql(f.ask(q))).toBe(sql(f.ask(same)));
  });
});
