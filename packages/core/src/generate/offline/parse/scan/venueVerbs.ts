/**
 * "events hosted at Suntec", "the conferences held in Marina Bay Sands": hosting or holding *at* a place names the
 * event's venue, not its organiser. The participle is then read as part of the place phrase (the preposition and
 * the venue carry the meaning); "hosted by Google" keeps the organiser relation.
 */
import type { ScanState } from './ScanState';

const VENUE_PARTICIPLES: ReadonlySet<string> = new Set(['hosted', 'held', 'hosting', 'staged', 'housed']);
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
}
