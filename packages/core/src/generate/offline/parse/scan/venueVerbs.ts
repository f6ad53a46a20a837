/**
 * "events hosted at Suntec", "the conferences held in Marina Bay Sands": hosting or holding *at* a place names the
 * event's venue, not its organiser. The participle is then read as part of the place phrase (the preposition and
 * the venue carry the meaning); "hosted by Google" keeps the organiser relation. Likewise a venue as the subject
 * ("which venue hosts the most events", "Suntec holds ..."): the venue holds the events, nobody organises them; and
 * so does a city or a country ("what city hosts the most events", "does Singapore host ..."). "(is / are) home to"
 * after such a subject is one more verb of holding ("which countries are home to the most companies": the companies
 * based there, "Singapore is home to how many sponsors").
 */
import type { ScanState } from './ScanState';

const VENUE_PARTICIPLES: ReadonlySet<string> = new Set(['hosted', 'held', 'hosting', 'staged', 'housed']);
/** The verbs a venue, as their subject, holds events with. */
const VENUE_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'hosts',
  'host',
  'hosted',
  'holds',
  'hold',
  'hosting',
  'stages',
]);
/** Nouns naming a place that holds events (a venue, a city, a country). */
const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'venue',
  'venues',
  'place',
  'places',
  'location',
  'locations',
  'city',
  'cities',
  'country',
  'countries',
  'nation',
  'nations',
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'on']);
/** How far a "by <company>" may follow and still make the participle the organiser relation. */
const BY_SPAN = 6;

export function readVenueVerbs(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (s.claimed[i] || !VENUE_PARTICIPLES.has(w[i] ?? '') || !PLACE_PREPOSITIONS.has(w[i + 1] ?? '')) continue;
    if (w.slice(i + 2, i + 2 + BY_SPAN).includes('by')) continue;
    s.claimed[i] = true;
  }
  for (let i = 1; i < w.length; i++) {
    // "(are) home to": the phrase stands for the verb, its copula before it, and the subject before that
    const homeTo = w[i] === 'home' && w[i + 1] === 'to' && !s.claimed[i + 1];
    if (homeTo) {
      const at = COPULAS.has(w[i - 1] ?? '') && !s.claimed[i - 1] ? i - 1 : i;
      if (at > 0 && holdingSubject(s, at)) for (let k = at; k < i + 2; k++) s.claimed[k] = true;
      continue;
    }
    if (s.claimed[i] || !VENUE_SUBJECT_VERBS.has(w[i] ?? '')) continue;
    if (holdingSubject(s, i) && !w.slice(i + 1, i + 1 + BY_SPAN).includes('by')) s.claimed[i] = true;
  }
}

/** A place that holds things stands right before token i: a venue / city / country noun, or a place named there. */
function holdingSubject(s: ScanState, i: number): boolean {
  const { w } = s;
  // the venue's name right before the verb ("does Suntec host"), up to four words ("Marina Bay Sands holds")
  const named = [1, 2, 3, 4].some((n) => {
    const before = w.slice(i - n, i).join(' ');
    return i - n >= 0 && (s.index.venues.has(before) || s.index.cities.has(before) || s.index.countries.has(before));
  });
  return VENUE_NOUNS.has(w[i - 1] ?? '') || named || s.mentions.some((m) => m.t === 'venue' && m.end === i);
}
