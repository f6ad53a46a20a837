/**
 * "Rank the five events with the most sponsors", "order the companies by revenue": a verb of ordering is read
 * when the question also says the order (a ranking word, a top N, a grouping, or "by" after the verb), which
 * the other mentions then build; alone ("rank the events") it stays unread and is asked about.
 */
import { ARRANGING_VERBS, ORDERING_WORDS } from '../../lexicon/aggregateWords';
import type { ScanState } from './ScanState';

const ORDERING = new Set(ORDERING_WORDS);
const ARRANGING = new Set(ARRANGING_VERBS);
const ORDER_KINDS = new Set(['most', 'superlative', 'top', 'group']);

/** Words after a superlative that say which end of the order comes first ("biggest first", "newest on top"). */
const FIRST_WORDS: ReadonlySet<string> = new Set(['first', 'top']);
const RANKING_KINDS = new Set(['most', 'superlative']);

export function readOrderingWords(s: ScanState): void {
  const { w } = s;
  const ordered = s.mentions.some((m) => ORDER_KINDS.has(m.t));
  const orderingVerb = w.some((x, i) => (ORDERING.has(x) || ARRANGING.has(x)) && w.slice(i + 1).includes('by'));
  for (let i = 0; i < w.length; i++) {
    // "sort them by employee count, biggest first": the order's direction, said by the superlative before it
    const afterRanking = s.mentions.some((m) => RANKING_KINDS.has(m.t) && m.end === i);
    if (!s.claimed[i] && FIRST_WORDS.has(w[i] ?? '') && afterRanking && orderingVerb) s.claimed[i] = true;
    if (s.claimed[i] || !ORDERING.has(w[i] ?? '')) continue;
    if (ordered || w.slice(i + 1).includes('by')) s.claimed[i] = true;
  }
}
