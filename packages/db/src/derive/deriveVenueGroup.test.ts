import { describe, expect, it } from 'vitest';

import { deriveVenueGroup } from './deriveVenueGroup';

describe('deriveVenueGroup (one name per venue complex)', () => {
  // spellings the real listings use for the same three complexes
  it.each([
    ['Marina Bay Sands', 'Marina Bay Sands'],
    ['Sands Expo & Convention Centre, Singapore', 'Marina Bay Sands'],
    ['Sands Expo and Convention Centre', 'Marina Bay Sands'],
    ['Level B2, Marina Bay Sands', 'Marina Bay Sands'],
    ['Marina Bay Sands Singapore Convention Centre, Level 1, Hall A, B & C', 'Marina Bay Sands'],
    ['Singapore EXPO', 'Singapore EXPO'],
    ['Singapore Expo Hall 4', 'Singapore EXPO'],
    ['SUNTEC Convention Centre', 'Suntec'],
    ['The Suntec Centre, Singapore', 'Suntec'],
    ['Carlton Hotel Singapore', 'Carlton Hotel Singapore'],
  ])('%s -> %s', (venue, group) => {
    expect(deriveVenueGroup(venue)).toBe(group);
  });

  it('keeps a venue the gazetteer does not know as published, and a city named as the venue too', () => {
    expect(deriveVenueGroup('  Hall 3 ')).toBe('Hall 3');
    expect(deriveVenueGroup('Singapore')).toBe('Singapore');
  });

  it('is null without a venue', () => {
    expect(deriveVenueGroup(null)).toBeNull();
    expect(deriveVenueGroup('   ')).toBeNull();
  });

  it("reads the complex from the venue's own web site when the venue field names only a room, the city or nothing", () => {
    const listed = 'https://www.singaporeexpo.com.sg/sg/what-s-on/events-expo/Some-Fair-2024';
    expect(deriveVenueGroup('Hall 3', listed)).toBe('Singapore EXPO');
    expect(deriveVenueGroup('Singapore', listed)).toBe('Singapore EXPO');
    expect(deriveVenueGroup(null, 'singaporeexpo.com.sg/events')).toBe('Singapore EXPO');
    expect(deriveVenueGroup('Level 4', 'https://events.marinabaysands.com/x')).toBe('Marina Bay Sands');
    // a venue the field names wins over the site that lists it; a site that is no venue's changes nothing
    expect(deriveVenueGroup('Suntec Centre', listed)).toBe('Suntec');
    expect(deriveVenueGroup('Hall 3', 'https://www.someorganiser.com/singaporeexpo.com.sg')).toBe('Hall 3');
    expect(deriveVenueGroup('Hall 3', 'https://notsingaporeexpo.com.sg/x')).toBe('Hall 3');
    expect(deriveVenueGroup(null, 'not a url at all')).toBeNull();
  });
});
