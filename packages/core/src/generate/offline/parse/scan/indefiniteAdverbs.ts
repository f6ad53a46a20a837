/**
 * An adverb leaving its time or place unspecified, right before a time or a place the question says ("a food show
 * sometime this autumn", "anytime next year", "offices somewhere in Asia", "'procurement' somewhere in their job
 * title"): the rows are within what follows, which its reader reads; the adverb adds nothing. It was asked back as an
 * unread word. Which adverbs is WordNet's: an adverb whose first definition says "some" or "any" time or place, or an
 * "indefinite", "unstated", "unspecified" one ("sometime": at some indefinite or unstated time; "somewhere": in or at
 * or to some place). An adverb that places the rows within the period ("already": prior to a specified time;
 * "recently", "soon") says more and stays a word to read or ask about.
 */
import { wordNet } from '../../text/language';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Definitions of an unspecified time or place. */
const UNSPECIFIED = /\b(some|any)\b[^;]*\b(time|place)\b|\b(indefinite|unstated|unspecified)\b/;

/** Prepositions between the adverb and what it restates ("sometime in Q4", "somewhere in Asia"). */
const LEADS: ReadonlySet<string> = new Set(['in', 'during', 'within', 'around', 'at', 'on']);

/** Mentions of a time, a place or a word inside a field: what such an adverb may stand before. */
const TIME_CONDS: ReadonlySet<string> = new Set(['startBetween', 'endBetween', 'past', 'ongoing']);
const PLACES: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'state', 'venue']);

const cache = new Map<string, boolean>();

/**
 * True when WordNet's first definition of a word as an adverb leaves the time or place unspecified.
 * @example unspecifiedAdverb('sometime') // true
 * @example unspecifiedAdverb('already') // false
 */
export function unspecifiedAdverb(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  const [first] = wn.senses(word, 'adv');
  const definition = first === undefined ? '' : (wn.synset(first, 'adv').gloss.split(';')[0] ?? '');
  const found = UNSPECIFIED.test(definition);
  cache.set(word, found);
  return found;
}

/** True when a mention starting at `k` says a time or a place. */
function timeOrPlaceAt(s: ScanState, k: number): boolean {
  return s.mentions.some(
    (m) =>
      m.start === k &&
      (PLACES.has(m.t) || (m.t === 'cond' && (TIME_CONDS.has(m.cond.kind) || PLACES.has(m.cond.kind as Mention['t'])))),
  );
}

/** Drops each unread adverb of an unspecified time or place before a time or place said, from the unread words. */
export function releaseIndefiniteAdverbs(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const k = ignoredAt[j] ?? -1;
    const word = s.w[k] ?? '';
    if (!/^[a-z]+$/.test(word) || !unspecifiedAdverb(word)) continue;
    const next = LEADS.has(s.w[k + 1] ?? '') && !timeOrPlaceAt(s, k + 1) ? k + 2 : k + 1;
    // what follows is read: a time or place, or the words of a field ("somewhere in their job title"), claimed
    const field = next > k + 1 && s.mentions.some((m) => m.start >= next && m.start <= next + 1 && m.t === 'attribute');
    if (!timeOrPlaceAt(s, next) && !field) continue;
    s.claimed[k] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}
