/**
 * A number asked over everything together: "total number of sponsors across all events", "how many exhibitors in
 * all", "overall count of speakers", "combined number of partners at all events in 2025". The scope words say the
 * count is one number over the whole set: "across" then is no grouping ("counted by event"), "all"/"every" no
 * condition on every one of the events (a division), and "overall" / "in all" no unknown word. Read only in a
 * question that asks for a number (a count, a total or a sum): elsewhere "across each event" and "companies at
 * every event" keep their readings (a grouping, a division asked about).
 */
import { AGGREGATE_FN_WORDS, COUNT_WORDS, TOTAL_ADVERBS, WHOLE_SET_QUANTIFIERS } from '../../lexicon/aggregateWords';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** Words that make a question ask for a number beside the count phrases ("total sponsors", "combined number"). */
const NUMBER_WORDS: readonly string[] = [...COUNT_WORDS, 'total', 'combined', 'sum'];
/** Prepositions a whole-set scope follows; "across" / "over" are the scope's own words, the others stay read. */
const SCOPE_PREPOSITIONS: ReadonlySet<string> = new Set(['across', 'over', 'for', 'at', 'in', 'of']);
const SCOPE_ONLY: ReadonlySet<string> = new Set(['across', 'over']);

/** Where a phrase of words starts in w at i (or false). */
function at(w: readonly string[], i: number, phrase: string): boolean {
  const words = phrase.split(' ');
  return words.every((x, j) => w[i + j] === x);
}

/** True when a noun of rows (events, companies, people, a relation noun) starts within two words after i. */
function nounSoon(w: readonly string[], i: number): boolean {
  return [i, i + 1, i + 2].some((j) => LEXICON.get(w[j] ?? '')?.some((r) => r.t === 'entity'));
}

export function readTotalScope(s: ScanState): void {
  const { w } = s;
  const text = ` ${w.join(' ')} `;
  const asksNumber =
    NUMBER_WORDS.some((p) => text.includes(` ${p} `)) || TOTAL_ADVERBS.some((p) => text.includes(` ${p} `));
  // "the average number of sponsors across all events": an average is per member of the set, no one total
  const averaged = AGGREGATE_FN_WORDS.some(([p, fn]) => fn === 'avg' && text.includes(` ${p} `));
  if (!asksNumber || averaged) return;
  for (let i = 1; i < w.length; i++) {
    if (!SCOPE_PREPOSITIONS.has(w[i - 1] ?? '')) continue;
    const quantifier = WHOLE_SET_QUANTIFIERS.find((q) => at(w, i, q));
    if (!quantifier) continue;
    const end = i + quantifier.split(' ').length;
    const the = w[end] === 'the' ? 1 : 0;
    if (!isFree(s, i - 1, end) || !nounSoon(w, end + the)) continue;
    // "across all events": the preposition too; "at all events": "at" still links the events
    for (let k = SCOPE_ONLY.has(w[i - 1] ?? '') ? i - 1 : i; k < end; k++) s.claimed[k] = true;
    // "across every event": the noun is the set counted over (a noun of rows), never a column asked ("event")
    const noun = end + the;
    const entity = LEXICON.get(w[noun] ?? '')?.find((r) => r.t === 'entity');
    if (entity && isFree(s, noun, noun + 1)) claim(s, noun, noun + 1, entity);
  }
  for (const adverb of TOTAL_ADVERBS) {
    const n = adverb.split(' ').length;
    for (let i = 0; i + n <= w.length; i++) if (at(w, i, adverb) && isFree(s, i, i + n)) s.claimed.fill(true, i, i + n);
  }
}
