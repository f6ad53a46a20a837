/**
 * A contrast rejecting the broader reading of what was just chosen ("the marketing ones, not general tech", "only
 * fintech - not generic finance stuff"): "not" + a word of generality ("general", "generic", "broad") + a field closing
 * the clause, after the rows chosen by a narrower word ("the marketing ones", "only X"). The user says the specific
 * field is meant instead of the wider one it may be taken for; leaving the wider field's rows out would also take
 * away rows of the specific one filed under both (a marketing-tech event tagged technology). No condition: its words
 * are released. A plain contrast ("the hotel ones not the airline ones") names another field and stays an exclusion.
 */
import type { ScanState } from './ScanState';
import { releaseClause } from '../socialClauses';
import { FILLER_WORDS } from '../../lexicon/fillerWords';

/** Words of generality: the field after them is taken at its widest. */
const GENERALITY: ReadonlySet<string> = new Set(['general', 'generic', 'broad', 'broader', 'generalist', 'wider']);
/** Words closing the rejected field ("not general tech stuff", "not generic finance ones"). */
const CLOSERS: ReadonlySet<string> = new Set(['ones', 'one', 'stuff', 'things', 'events']);
/** Mentions naming the chosen rows before the contrast. */
const CHOSEN: ReadonlySet<string> = new Set(['anaphor', 'topic', 'function', 'entity']);

/** Releases the contrasts rejecting a broader reading (see the file's comment); returns the token indices released. */
export function releaseBroaderContrasts(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  for (let k = 1; k + 2 <= w.length; k++) {
    if (w[k] !== 'not' || !GENERALITY.has(w[k + 1] ?? '')) continue;
    // the chosen rows right before ("the marketing ones not ..."), maybe across a break
    if (!mentions.some((m) => m.end === k && CHOSEN.has(m.t))) continue;
    // the rejected field runs to the clause's end: a few words, closed by a break or the message's end
    let end = k + 2;
    while (end < w.length && !s.breaks.has(end) && end - k <= 5) end++;
    if (end < w.length && !s.breaks.has(end)) continue;
    const field = w.slice(k + 2, end).filter((x) => !CLOSERS.has(x) && !FILLER_WORDS.has(x));
    if (field.length === 0 || field.length > 2) continue;
    releaseClause(s, [k, end], released);
  }
  return released;
}

/**
 * "which events are in 2025? only the marketing ones", "I only care about the marketing ones": a job function's word
 * premodifying "ones" whose rows are events (the message asks for events, and for no people) names the events' field,
 * a theme, never the people of a job function (read so, it made "events with marketing people" a condition nobody
 * asked). Rewritten to the theme of the same words.
 */
export function readEventOnesThemes(s: ScanState): void {
  const { mentions } = s;
  const asksEvents = mentions.some((m) => m.t === 'entity' && m.entity === 'events');
  const asksPeople = mentions.some(
    (m) => (m.t === 'entity' && m.entity !== 'events') || m.t === 'who' || m.t === 'seniority' || m.t === 'title',
  );
  if (!asksEvents || asksPeople) return;
  mentions.forEach((m, i) => {
    if (m.t !== 'function' || m.noun) return;
    const ones = mentions.find((x) => x.t === 'anaphor' && x.start === m.end && /^ones?$/i.test(x.text));
    if (!ones) return;
    const words = s.w.slice(m.start, m.end);
    mentions.splice(i, 1, { start: m.start, end: m.end, text: m.text, t: 'topic', words });
  });
}

/** Question words opening a reading the user rejects ("not how many contacts we have"). */
const READING_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'which', 'who', 'whom']);

/**
 * "how big are they? not how many contacts we have, their actual size": "not" + an embedded question up to the
 * clause's end names the reading the user does NOT mean, beside a clause asking a measure of its own (an attribute
 * read outside it): it chooses that measure, and asks nothing itself (read as a count of people, it made "not
 * employing people" a condition). Its words are released. With no measure asked elsewhere it stays (asked back).
 */
export function releaseRejectedReadings(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  for (let k = 0; k + 1 < w.length; k++) {
    if (w[k] !== 'not' || !READING_OPENERS.has(w[k + 1] ?? '')) continue;
    if (k > 0 && !s.breaks.has(k)) continue;
    let end = k + 2;
    while (end < w.length && !s.breaks.has(end)) end++;
    if (end - k > 8) continue;
    const measured = mentions.some((m) => m.t === 'attribute' && (m.end <= k || m.start >= end));
    if (!measured) continue;
    releaseClause(s, [k, end], released);
  }
  return released;
}
