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
});
