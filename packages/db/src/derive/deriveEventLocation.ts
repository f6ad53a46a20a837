import { countryByCode } from './countries';
import { findPlaces, placeNamed, placeTokens, type PlaceMention } from './findPlaces';
import { COUNTRY_TLDS } from './lexicon/urlHints';
import { normalizeCountry } from './normalizeCountry';
import { cleanText } from './text';

export type LocationSource = 'venue' | 'country' | 'name' | 'description' | 'url';

export interface EventLocationInput {
  readonly name?: string | null;
  readonly venue?: string | null;
  /** event_country as given. */
  readonly country?: string | null;
  readonly description?: string | null;
  readonly url?: string | null;
}

export interface EventLocation {
  readonly city: string | null;
  /** Canonical English country name. */
  readonly country: string | null;
  readonly countryCode: string | null;
  /** Which field decided the country (in priority order venue > country > name > description > url). */
  readonly source: LocationSource | null;
}

const UNKNOWN: EventLocation = { city: null, country: null, countryCode: null, source: null };
/** Countries that are a single city: the city is known as soon as the country is. */
const CITY_STATES: Readonly<Record<string, string>> = { SG: 'Singapore', HK: 'Hong Kong', MO: 'Macao', MC: 'Monaco' };

/**
 * Derives an event's city and country from its fields, strongest signal first:
 *  1. venue: a gazetteer venue (Marina Bay Sands, Sands Expo, Suntec, Singapore EXPO, ...), else a city /
 *     country named in the venue field ('Niagra Falls, Canada', 'Dubai', 'Carlton Hotel Singapore');
 *     a gazetteer venue or a city in the venue wins over a conflicting event_country (an MBS venue with
 *     event_country 'Australia' is in Singapore), a bare country word in a venue name does not;
 *  2. event_country, normalised ('Maryland, USA' -> United States);
 *  3. a venue / city / country named in the event name ('MBA Fair in Singapore');
 *  4. the description, only when it places the event ('in Baltimore, Maryland, USA', 'held at ...') and
 *     names one country;
 *  5. the URL: a country TLD ('.sg', '.com.sg') or a place in the path or host ('/singapore/').
 * The city is filled from the venue, or from a city of the same country named in the venue, name or
 * description. Unknown stays unknown (all nulls).
 *
 * @example deriveEventLocation({ venue: 'Marina Bay Sands', country: 'Australia' })
 * // { city: 'Singapore', country: 'Singapore', countryCode: 'SG', source: 'venue' }
 */
export function deriveEventLocation(input: EventLocationInput): EventLocation {
  const venueMentions = findPlaces(cleanText(input.venue), 'field');
  const nameMentions = findPlaces(cleanText(input.name), 'text');
  const descMentions = placingMentions(cleanText(input.description));
  const cityHints = [...venueMentions, ...nameMentions, ...descMentions];

  const fromVenue = bestMention(venueMentions);
  const fromCountry = normalizeCountry(input.country);
  // A known venue or a city in the venue field wins over event_country; a bare country or state word
  // inside a venue name ('China Square Central') does not.
  const venueIsStrong = fromVenue !== null && (fromVenue.kind === 'venue' || fromVenue.kind === 'city');
  if (fromVenue && (venueIsStrong || !fromCountry || fromCountry.code === fromVenue.countryCode)) {
    return located(fromVenue.countryCode, fromVenue.city, 'venue', cityHints);
  }
  if (fromCountry) return located(fromCountry.code, null, 'country', cityHints);

  const fromName = bestMention(nameMentions);
  if (fromName) return located(fromName.countryCode, fromName.city, 'name', cityHints);

  const descCountries = new Set(descMentions.map((m) => m.countryCode));
  const fromDesc = descCountries.size === 1 ? bestMention(descMentions) : null;
  if (fromDesc) return located(fromDesc.countryCode, fromDesc.city, 'description', cityHints);

  const fromUrl = urlCountry(cleanText(input.url));
  if (fromUrl) return located(fromUrl.code, fromUrl.city, 'url', cityHints);

  return UNKNOWN;
}

function located(
  code: string,
  city: string | null,
  source: LocationSource,
  hints: readonly PlaceMention[],
): EventLocation {
  const country = countryByCode(code);
  if (!country) return UNKNOWN;
  const cityState = CITY_STATES[country.code];
  const hinted = hints.find((h) => h.city !== null && h.countryCode === country.code)?.city ?? null;
  return { city: cityState ?? city ?? hinted, country: country.name, countryCode: country.code, source };
}

/** The most specific mention: a venue, then a city, then a country, then a subdivision. */
function bestMention(ms: readonly PlaceMention[]): PlaceMention | null {
  for (const kind of ['venue', 'city', 'country', 'subdivision'] as const) {
    const m = ms.find((x) => x.kind === kind);
    if (m) return m;
  }
  return null;
}

/**
 * Mentions in a description that say where the event IS ('in Baltimore, Maryland, USA', 'at Suntec',
 * 'held in Dubai'), not places it talks about ("Unlocking China's Potential", "Unis from UK, Australia").
 */
function placingMentions(description: string | null): PlaceMention[] {
  if (!description) return [];
  const tokens = placeTokens(description);
  return findPlaces(description, 'text').filter((m) => {
    if (m.kind === 'venue') return true;
    // the words before the mention: 'in', 'at', 'held in', or 'in <City>,' before a country / state
    const before = tokens.slice(Math.max(0, m.index - 4), m.index).map((t) => t.word);
    const prev = before[before.length - 1];
    if (prev === 'in' || prev === 'at') return true;
    return (
      before.slice(-3).includes('in') &&
      m.kind !== 'city' &&
      before.length > 0 &&
      /^[A-Z]/.test(tokens[m.index - 1]?.orig ?? '')
    );
  });
}

function urlCountry(url: string | null): { code: string; city: string | null } | null {
  if (!url) return null;
  let host = '';
  let path = '';
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`);
    host = u.hostname.toLowerCase();
    path = decodeURIComponent(u.pathname).toLowerCase();
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  const byTld = COUNTRY_TLDS[tld];
  if (byTld) return { code: byTld, city: null };
  // A place named as a whole path segment or host label ('/events/asia/singapore', 'singapore.example.com').
  const words = [...path.split(/[/_.#?]+/), ...host.split('.')].filter((w) => w.length > 2);
  for (const w of words) {
    const hit = placeNamed(w.replace(/-/g, ' '));
    if (hit && hit.kind !== 'subdivision') return { code: hit.countryCode, city: hit.city };
  }
  return null;
}
