import { matchVenue } from './findPlaces';
import { cleanText } from './text';

/**
 * The venue an event is at, one name per venue complex: the venue gazetteer's name for the complex the venue field
 * names (its `group`, else the venue's own name), so the listings' many spellings of one place are one venue
 * ("Sands Expo & Convention Centre, Singapore", "Level B2, Marina Bay Sands" and "Marina Bay Sands Expo and Convention
 * Centre" are all "Marina Bay Sands"); a venue the gazetteer does not know stays as published. Null without a venue.
 *
 * @example deriveVenueGroup('Sands Expo & Convention Centre, Singapore') // 'Marina Bay Sands'
 * @example deriveVenueGroup('Hall 3') // 'Hall 3'
 */
export function deriveVenueGroup(venue: string | null | undefined): string | null {
  const published = cleanText(venue);
  if (!published) return null;
  const known = matchVenue(published);
  return known ? (known.group ?? known.name) : published;
}
