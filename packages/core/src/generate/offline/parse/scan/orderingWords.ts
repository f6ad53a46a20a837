/**
 * "Rank the five events with the most sponsors", "order the companies by revenue": a verb of ordering is read
 * when the question also says the order (a ranking word, a top N, a grouping, or "by" after the verb), which
 * the other mentions then build; alone ("rank the events") it stays unread and is asked about.
 */
import { ORDERING_WORDS } from '../../lexicon/aggregateWords';
import type { ScanState } from './ScanState';

const ORDERING = new Set(ORDERING_WORDS);
const ORDER_KINDS = new Set(['most', 'superlative', 'top', 'group']);

export function readOrderingWords(s: ScanState): void {
  const { w } = s;
  const ordered = s.mentions.some((m) => ORDER_KINDS.has(m.t));
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i] || !ORDERING.has(w[i] ?? '')) continue;
    if (ordered || w.slice(i + 1).includes('by')) s.claimed[i] = true;
  }
}
