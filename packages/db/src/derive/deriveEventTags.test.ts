import { describe, expect, it } from 'vitest';
import { deriveEventTags, EVENT_TAGS } from './deriveEventTags';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('EVENT_TAGS', () => {
  it('is a closed vocabulary with unique ids, labels and descriptions', () => {
    const ids = EVENT_TAGS.map((t) => t.tag);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of EVENT_TAGS) {
      expect(t.tag).toMatch(/^[a-z][a-z_]*$/);
      expect(t.label.length).toBeGreaterThan(2);
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.keywords.length).toBeGreaterThan(0);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'oil_gas',
        'finance_banking',
        'food_beverage',
        'technology',
        'cybersecurity',
        'cloud',
        'ai_data',
        'ecommerce',
        'marketing',
        'healthcare_medical',
        'pharma_biotech',
        'aviation',
        'maritime_shipping',
        'energy',
        'commodities',
        'education',
        'real_estate_construction',
        'hospitality_travel',
        'retail',
        'beauty',
        'automotive',
        'logistics',
        'telecom',
        'manufacturing',
        'art_culture',
        'pets',
        'crypto_blockchain',
        'government',
        'sustainability',
      ]),
    );
  });
});

describe('deriveEventTags', () => {
  it.each([
    [{ name: 'Asia Oil & Gas Summit' }, ['oil_gas', 'energy']],
    [{ name: 'Digital Banking Forum' }, ['finance_banking']],
    [{ name: 'Fine Food Fair', description: 'Meet suppliers of food and beverages.' }, ['food_beverage']],
    [{ name: 'Cloud & Cyber Security Expo' }, ['technology', 'cybersecurity', 'cloud']],
    // a fair of a consumer-facing theme naming no trade audience is for the public
    [{ name: 'Pet Expo' }, ['pets', 'consumer']],
    [{ name: 'Pet Expo', description: 'A trade event for pet product buyers.' }, ['pets']],
    [{ name: 'Summer Fair', description: 'A consumer fair for the whole family.' }, ['consumer']],
    [
      { name: 'Commodity Week', description: 'The premier event for the commodity industry and commodity trading.' },
      // trading on a market is finance: "commodity trading" is both its commodities and finance
      ['energy', 'commodities', 'finance_banking'],
    ],
    [{ name: 'Forex Trading Summit' }, ['finance_banking']],
    // a trading card is no market
    [{ name: 'Trading Card Expo' }, []],
  ])('%j -> %j', (input, want) => {
    expect(deriveEventTags(input)).toEqual(want);
  });

  it('does not tag a theme mentioned only in passing', () => {
    // a long description whose first sentence sets the theme; a later single mention does not tag
    const description =
      'The leading conference for hotel owners and operators in Asia. The program included educational keynote speakers and panels on technology.';
    expect(deriveEventTags({ name: 'Hotel Investment Conference', description })).toEqual(
      expect.arrayContaining(['hospitality_travel']),
    );
    expect(deriveEventTags({ name: 'Hotel Conference', description })).not.toContain('education');
    expect(deriveEventTags({ name: 'Hotel Conference', description })).not.toContain('technology');
    // generic themes need the name or two mentions
    expect(
      deriveEventTags({
        name: 'Aviation Week',
        description: 'Business models. Technology. Sustainability. For the aviation industry.',
      }),
    ).toEqual(['aviation']);
    // common words are not themes
    expect(
      deriveEventTags({ name: 'Summit', description: 'For the sake of it, state-of-the-art talks on data mining.' }),
    ).toEqual([]);
  });

  it.each([
    // a broad theme's word heading a specific theme's in the name is that subject's technology / education
    [{ name: 'Asian Refining Technology Conference' }, ['oil_gas', 'energy']],
    [{ name: 'Pet Technology Expo' }, ['pets', 'consumer']],
    [{ name: 'Aviation Technology Forum' }, ['aviation']],
    // ... while the broad word alone, first, or coordinated with the specific one names the broad theme too
    [{ name: 'Technology Week Asia' }, ['technology']],
    [{ name: 'Space and Technology Convention' }, ['technology', 'space']],
    [{ name: 'Technology for Aviation Summit' }, ['technology', 'aviation']],
    // crypto is finance too
    [{ name: 'Crypto Expo' }, ['finance_banking', 'crypto_blockchain', 'technology']],
  ])('a broad word in the name: %j -> %j', (input, want) => {
    expect(deriveEventTags(input)).toEqual(want);
  });

  it('returns nothing for nothing', () => {
    expect(deriveEventTags({})).toEqual([]);
    expect(deriveEventTags({ name: null, description: null })).toEqual([]);
  });
});

warnIfNoRealData('deriveEventTags');
describe.skipIf(!hasRealData)('deriveEventTags on the real events', () => {
  /** Hand-checked expectations for a sample of the real events: tags that must be there / must not. */
  const EXPECTED: Record<string, { has: string[]; not?: string[] }> = {
    'Asian Downstream Summit': { has: ['oil_gas', 'energy'] },
    // "Refining Technology": the technology of oil refining, not a technology event
    'Asian Refining Technology Conference': { has: ['oil_gas', 'energy'], not: ['technology'] },
    'OSEA 2024': { has: ['oil_gas', 'energy'] },
    // commodity trading is trading on markets: finance as well (question writers count it among finance events)
    'Commodity Trading Week APAC': { has: ['commodities', 'energy', 'finance_banking'] },
    'Seamless Asia 2025': { has: ['finance_banking', 'ecommerce'] },
    'Accounting & Business Show Asia 2024': { has: ['finance_banking'] },
    'Traders Fair Singapore': { has: ['finance_banking'], not: ['education'] },
    '11th Middle East Insurance Industry Awards 2024': { has: ['insurance'] },
    // crypto assets and their markets are finance (fintech)
    'Blockchain Festival Asia 2025': { has: ['crypto_blockchain', 'finance_banking'] },
    'World Food Fair': { has: ['food_beverage'] },
    // a consumer-facing theme with no trade audience named: a show for the public
    'Yummy Food Expo 2024': { has: ['food_beverage', 'consumer'] },
    // "a trade event where buyers and suppliers ...": no consumer show, though its theme is food
    'Seafood Expo Asia': { has: ['food_beverage'], not: ['consumer'] },
    'Sake Meguri 2024': { has: ['food_beverage'] },
    'Worldchefs Congress & Expo 2024': { has: ['food_beverage'], not: ['consumer'] },
    'GFSI Conference': { has: ['food_beverage'] },
    'FHA-Food & Beverage': { has: ['food_beverage'] },
    'Food Japan 2024': { has: ['food_beverage'], not: ['technology'] },
    'Cyber Security World Asia': { has: ['cybersecurity', 'technology'] },
    'Cyber Security Summit Singapore': { has: ['cybersecurity', 'technology'] },
    'Cloud Expo Asia Singapore 2024': { has: ['cloud', 'technology'] },
    'Big Data & AI World Asia': { has: ['ai_data', 'technology'] },
    'eCommerce Expo Asia': { has: ['ecommerce'] },
    'Apidays Singapore': { has: ['technology'] },
    BeautyAsia: { has: ['beauty'] },
    'SG Pet Festival 2024': { has: ['pets', 'consumer'] },
    'ART SG': { has: ['art_culture'] },
    'AFA Creators Super Fest 2024': { has: ['art_culture', 'consumer'] },
    'Aviation Festival Asia 2025': { has: ['aviation'], not: ['sustainability', 'consumer'] },
    'MEDICAL FAIR ASIA': { has: ['healthcare_medical'] },
    "2nd Edition of Global Conference on Gynecology & Women's Health": { has: ['healthcare_medical'] },
    'ISPE Singapore Conference & Exhibition 2024': { has: ['pharma_biotech', 'manufacturing'] },
    'International Conference and Exhibition on Pharmaceutics and Drug Delivery Systems': { has: ['pharma_biotech'] },
    '9th BioLogistics World Asia 2025': { has: ['pharma_biotech', 'logistics'] },
    'TOC Asia': { has: ['maritime_shipping'] },
    'CeMAT Southeast Asia': { has: ['logistics'] },
    '6th International Conference on Supply Chain Management (ICSCM2025)': { has: ['logistics'] },
    'EDUtech_Asia 2024': { has: ['education'] },
    'World University Expo @ SUNTEC': { has: ['education'] },
    "MBA and Master's Fair in Singapore": { has: ['education'] },
    'The Meetings Show Asia Pacific': { has: ['hospitality_travel'], not: ['education'] },
    'ITB Asia': { has: ['hospitality_travel'] },
    'AHICE South East Asia': { has: ['hospitality_travel'], not: ['education'] },
    'Submarine Networks World 2024': { has: ['telecom'] },
    'DigiMarCon Asia Pacific 2024-Digital Marketing Conference & Exhibition': { has: ['marketing'] },
    '#DMWF Asia': { has: ['marketing'] },
    'The MarTech Summit Asia': { has: ['marketing'] },
    'BEX Asia': { has: ['real_estate_construction'] },
    'Architecture & Building Services (ABS) 2024': { has: ['real_estate_construction'] },
    'Geo Connect Asia': { has: ['real_estate_construction'] },
    'Cleantech Forum Asia': { has: ['sustainability', 'energy'] },
    'UTECH Southeast Asia': { has: ['manufacturing', 'chemicals'] },
    'Industrial Transformation ASIA-PACIFIC 2024': { has: ['manufacturing'] },
    'LTA-UITP Singapore International Transport Congress & Exhibition 2024': { has: ['transport'] },
    // "Space and Technology": two themes coordinated, both named
    'Global Space and Technology Convention 2025': { has: ['space', 'technology'] },
    'ISS World Asia': { has: ['government', 'cybersecurity'] },
    'The Big Furniture Fair 2024': { has: ['home_furniture'] },
    'Home Inspirations 2024': { has: ['home_furniture'] },
    'FIND-Design Fair Asia': { has: ['home_furniture'] },
    'The Business Show Asia': { has: ['business_entrepreneurship'] },
  };
  /** Only these events are about oil & gas / finance & banking (insurance and trading on markets count as finance). */
  const OIL_GAS = ['Asian Downstream Summit', 'Asian Refining Technology Conference', 'OSEA 2024'];
  const FINANCE = [
    'Seamless Asia 2025',
    'Accounting & Business Show Asia 2024',
    'Traders Fair Singapore',
    '11th Middle East Insurance Industry Awards 2024',
    'Blockchain Festival Asia 2025',
    'Commodity Trading Week APAC',
  ];

  it('tags the real events as checked by hand', () => {
    const rows = readRealCsv('event_info.csv');
    const seen = new Set<string>();
    for (const r of rows) {
      const name = col(r, 'event_name');
      const tags = deriveEventTags({ name, description: col(r, 'event_description') });
      const want = EXPECTED[name];
      if (want) {
        seen.add(name);
        expect(tags, name).toEqual(expect.arrayContaining(want.has));
        for (const t of want.not ?? []) expect(tags, name).not.toContain(t);
      }
      expect(tags.includes('oil_gas'), name).toBe(OIL_GAS.includes(name));
      expect(tags.includes('finance_banking'), name).toBe(FINANCE.includes(name));
    }
    expect([...Object.keys(EXPECTED)].filter((n) => !seen.has(n))).toEqual([]);
  });
});
