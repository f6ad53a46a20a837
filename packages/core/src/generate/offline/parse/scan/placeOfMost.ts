/**
 * "Where are people most often based?", "where do most attendees come from", "where are most events held": "where"
 * asked of most of a set is the place most of its rows have, a grouping by country with the winner (ties kept), the
 * same as "which country do most X come from". The place is the country of the rows asked about: a person's own
 * country, a company's headquarters, an event's location (the compiler's country of each entity).
 * "Where is X held" (nothing said of most) stays the location shown, and "where are the events with the most
 * sponsors" (a ranking word said after "with"/"have") ranks the events and shows where they are.
 */
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';

/** Words before a ranking word that make it the measure of the rows ("with the most sponsors"), not a quantifier. */
const MEASURE_OPENERS: ReadonlySet<string> = new Set(['with', 'have', 'has', 'having', 'had']);

export function readPlaceOfMost(mentions: Mention[], tokens: readonly Token[]): void {
  const where = mentions.findIndex(
    (m) => m.t === 'attribute' && m.attr === 'location' && m.text.toLowerCase() === 'where',
  );
  const at = mentions[where];
  if (!at || mentions.some((m) => m.t === 'dimension')) return;
  // "most events", "most of the speakers", "based most often": a quantifier of the set, not "the most" of a measure
  const most = mentions.find(
    (m) =>
      m.t === 'most' &&
      m.order === 'desc' &&
      m.start > at.start &&
      !/^the\b/i.test(m.text) &&
      !MEASURE_OPENERS.has(tokens[m.start - 1]?.norm ?? ''),
  );
  if (!most) return;
  mentions[where] = { start: at.start, end: at.end, text: at.text, t: 'dimension', dim: 'country' };
}
