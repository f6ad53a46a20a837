import { describe, expect, it } from 'vitest';
import { deriveEventLocation } from './deriveEventLocation';
import { matchVenue } from './findPlaces';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

const SG = { city: 'Singapore', country: 'Singapore', countryCode: 'SG' };

describe('deriveEventLocation', () => {
  it.each([
    [{ venue: 'Marina Bay Sands' }, { ...SG, source: 'venue' }],
    [
      { venue: 'Marina Bay Sands Expo and Convention Centre', country: 'Australia' },
      { ...SG, source: 'venue' },
    ],
    [{ venue: 'Level B2, Marina Bay Sands' }, { ...SG, source: 'venue' }],
    [{ venue: 'Sands Expo & Convention Centre, Singapore' }, { ...SG, source: 'venue' }],
    [{ venue: 'SUNTEC Convention Centre' }, { ...SG, source: 'venue' }],
    [{ venue: 'The Suntec Centre, Singapore' }, { ...SG, source: 'venue' }],
    [{ venue: 'Singapore EXPO' }, { ...SG, source: 'venue' }],
    [{ venue: 'Singapore Expo Hall 4' }, { ...SG, source: 'venue' }],
    [{ venue: 'Raffles City Convention Centre' }, { ...SG, source: 'venue' }],
    [{ venue: 'Pan Pacific Singapore' }, { ...SG, source: 'venue' }],
    [{ venue: 'Singapore' }, { ...SG, source: 'venue' }],
    [{ venue: 'Carlton Hotel Singapore' }, { ...SG, source: 'venue' }],
    [
      { venue: 'Niagra Falls, Canada' },
      { city: 'Niagara Falls', country: 'Canada', countryCode: 'CA', source: 'venue' },
    ],
    [
      { venue: 'Dubai', country: 'United Arab Emirates' },
      { city: 'Dubai', country: 'United Arab Emirates', countryCode: 'AE', source: 'venue' },
    ],
    [
      { venue: 'Canton Fair Complex, Guangzhou' },
      { city: 'Guangzhou', country: 'China', countryCode: 'CN', source: 'venue' },
    ],
    [
      {
        venue: 'Best Western Plus Hotel & Conference Center',
        country: 'Maryland, USA',
        description:
          'The conference takes place during October 17-19, 2024, in Baltimore, Maryland, USA, and virtually.',
      },
      { city: 'Baltimore', country: 'United States', countryCode: 'US', source: 'country' },
    ],
    [
      { venue: 'Hall 3', country: 'Singapore' },
      { ...SG, source: 'country' },
    ],
    [
      { venue: 'Hosei University', country: 'Japan' },
      { city: 'Tokyo', country: 'Japan', countryCode: 'JP', source: 'venue' },
    ],
    [{ name: "MBA and Master's Fair in Singapore" }, { ...SG, source: 'name' }],
    [{ name: 'World University Expo @ SUNTEC' }, { ...SG, source: 'name' }],
    [
      { name: 'Expo', description: 'The next event will be held in Singapore from September 4-6.' },
      { ...SG, source: 'description' },
    ],
    [
      { name: 'Sake Meguri 2024', venue: 'Peridot 201-202', url: 'https://www.singaporeexpo.com.sg/sg/whats-on/sake' },
      { ...SG, source: 'url' },
    ],
    [
      { name: 'Summit', url: 'https://example.com/events/asia/singapore' },
      { ...SG, source: 'url' },
    ],
    [
      { venue: 'Victoria Concert Hall', url: 'https://example.sg/' },
      { ...SG, source: 'url' },
    ],
    [
      { venue: 'China Square Central', country: 'Singapore' },
      { ...SG, source: 'country' },
    ],
    [{ venue: 'India International Centre' }, { city: null, country: 'India', countryCode: 'IN', source: 'venue' }],
  ])('%j', (input, want) => {
    expect(deriveEventLocation(input)).toEqual(want);
  });

  it.each([
    [
      {
        name: 'GFSI Conference',
        description:
          'The annual rendezvous for everyone involved in advancing food safety and consumer trust worldwide.',
        url: 'https://mygfsi.com/events/gfsi-conference/',
      },
    ],
    [{ name: 'Awards', description: 'Theme: "Unlocking China’s Potential, Resilience and Power"' }],
    [{ name: 'Expo', description: 'Meet universities from UK, Australia, Switzerland, USA & NZ.' }],
    [{ name: 'Tech Summit', url: 'https://summit.io/' }],
    [{}],
  ])('unknown stays unknown: %j', (input) => {
    expect(deriveEventLocation(input)).toEqual({ city: null, country: null, countryCode: null, source: null });
  });

  it('a passing mention of a country in the name is not read as the place when the venue says otherwise', () => {
    expect(deriveEventLocation({ name: 'ZAK Salaam India Expo', venue: 'Singapore Expo' }).countryCode).toBe('SG');
    expect(deriveEventLocation({ name: 'Food Japan 2024', venue: 'Suntec Singapore' }).countryCode).toBe('SG');
  });

  it('matchVenue names the gazetteer venue and its group', () => {
    expect(matchVenue('Sands Expo and Convention Centre')?.group).toBe('Marina Bay Sands');
    expect(matchVenue('Suntec Singapore Exhibition and Convention Centre')?.group).toBe('Suntec');
    expect(matchVenue('Hall 3')).toBeNull();
  });
});

warnIfNoRealData('deriveEventLocation');
describe.skipIf(!hasRealData)('deriveEventLocation on all real events', () => {
  /** Where the data says each event is; events not listed are in Singapore. */
  const ELSEWHERE: Record<string, string | null> = {
    "2nd Edition of Global Conference on Gynecology & Women's Health": 'US',
    '2024 IEEE International Conference on Multimedia and Expo': 'CA',
    '11th Middle East Insurance Industry Awards 2024': 'AE',
    'Process Innovation Asia-Pacific': 'CN',
    '6th International Conference on Supply Chain Management (ICSCM2025)': 'JP',
    // no venue, country, place in the name or description, nor a country URL
    'FHA-Food & Beverage': null,
    'GFSI Conference': null,
    'ISS World Asia': null,
  };

  it('places every event where its fields say', () => {
    const rows = readRealCsv('event_info.csv');
    expect(rows.length).toBe(72);
    for (const r of rows) {
      const name = col(r, 'event_name');
      const loc = deriveEventLocation({
        name,
        venue: col(r, 'event_venue'),
        country: col(r, 'event_country'),
        description: col(r, 'event_description'),
        url: col(r, 'event_url'),
      });
      const want = name in ELSEWHERE ? ELSEWHERE[name] : 'SG';
      expect(loc.countryCode, name).toBe(want);
      if (want === 'SG') expect(loc.city, name).toBe('Singapore');
      if (want !== null) expect(loc.source, name).not.toBeNull();
    }
  });

  it('puts every Marina Bay Sands / Sands Expo, Suntec and Singapore EXPO event in Singapore, from the venue', () => {
    const venues = readRealCsv('event_info.csv').filter((r) =>
      /marina bay sands|sands expo|suntec|singapore expo/i.test(col(r, 'event_venue')),
    );
    expect(venues.length).toBeGreaterThan(40);
    for (const r of venues) {
      const loc = deriveEventLocation({
        name: col(r, 'event_name'),
        venue: col(r, 'event_venue'),
        country: col(r, 'event_country'),
        description: col(r, 'event_description'),
        url: col(r, 'event_url'),
      });
      expect(loc, col(r, 'event_name')).toEqual({ ...SG, source: 'venue' });
    }
  });
});
