import { VENUES, type VenueEntry } from './lexicon/venues';
import { matchVenue } from './findPlaces';
import { cleanText } from './text';

/** The venue whose own web site lists the event (`VenueEntry.sites`: the host or one of its sub-hosts). */
function venueOfSite(url: string | null): VenueEntry | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return VENUES.find((v) => (v.sites ?? []).some((site) => host === site || host.endsWith(`.${site}`))) ?? null;
}

/**
 * The venue an event is at, one name per venue complex: the venue gazetteer's name for the complex the venue field
 * names (its `group`, else the venue's own name), so the listings' many spellings of one place are one venue
 * ("Sands Expo & Convention Centre, Singapore", "Level B2, Marina Bay Sands" and "Marina Bay Sands Expo and Convention
 * Centre" are all "Marina Bay Sands"). A venue field the gazetteer does not know (a room, a hall, the city) names the
 * complex whose own web site lists the event (the event's URL on singaporeexpo.com.sg: Singapore EXPO), else stays as
 * published. Null without a venue and without such a URL.
 *
 * @example deriveVenueGroup('Sands Expo & Convention Centre, Singapore') // 'Marina Bay Sands'
 * @example deriveVenueGroup('Hall 3') // 'Hall 3'
 * @example deriveVenueGroup('Hall 3', 'https://www.singaporeexpo.com.sg/sg/what-s-on/x') // 'Singapore EXPO'
 */
export function deriveVenueGroup(venue: string | null | undefined, url?: string | null): string | null {
  const published = cleanText(venue);
  const known = published ? matchVenue(published) : null;
  if (known) return known.group ?? known.name;
  const site = venueOfSite(cleanText(url));
  if (site) return site.group ?? site.name;
  return published || null;
}
