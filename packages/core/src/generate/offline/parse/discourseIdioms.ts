/**
 * Idioms the asker says around the request, never conditions: the multi-word adverbs WordNet lists ("in short", "by
 * the way", "in a nutshell", "all the same") when set off at the edge of a clause, as sentence adverbs are ("okay, in
 * short, ..."; inside a clause such a phrase may modify the rows: "events in person"), and the idioms of
 * `lexicon/discourseIdioms.ts` WordNet lacks ("long story short", "on my radar", "nothing urgent") wherever they stand.
 * A word of either read as data (a place, a date, a name, a role) keeps the whole phrase: never dropped with it.
 */
import { ASKER_RELEVANCE_IDIOMS, DISCOURSE_IDIOMS } from '../lexicon/discourseIdioms';
import { wordNet } from '../text/language';
import { DATA_MENTIONS } from './discourse';
import type { ScanState } from './scan/ScanState';
import { releaseClause } from './socialClauses';

const IDIOMS: ReadonlySet<string> = new Set(DISCOURSE_IDIOMS);
const RELEVANCE: ReadonlySet<string> = new Set(ASKER_RELEVANCE_IDIOMS);
const LONGEST = Math.max(...DISCOURSE_IDIOMS.map((p) => p.split(' ').length));
/** The longest multi-word adverb looked up in WordNet ("in a nutshell"). */
const LONGEST_ADVERB = 4;

/** True when WordNet lists the words as one adverb of two words or more ("in_short", "by_the_way"). */
function wordNetAdverb(words: readonly string[]): boolean {
  return (
    words.length >= 2 && words.every((x) => /^[a-z]+$/.test(x)) && wordNet().senses(words.join('_'), 'adv').length > 0
  );
}

/**
 * Releases the idioms; returns their token indices (discourse). `askerFrame`: a clause of the asker's own context,
 * activity or purpose was released as frame ("I run marketing for a cybersecurity startup - ..."): an idiom of
 * relevance to the asker ("on my radar") then points at what that clause said of them, a field the ask may need, so it
 * stays unread and is asked about, never read as nothing.
 */
export function releaseDiscourseIdioms(s: ScanState, askerFrame: boolean): number[] {
  const { w, mentions, breaks } = s;
  const released: number[] = [];
  const edge = (k: number): boolean => k === 0 || k === w.length || breaks.has(k);
  for (let i = 0; i < w.length; i++) {
    let len = 0;
    for (let n = Math.min(Math.max(LONGEST, LONGEST_ADVERB), w.length - i); n >= 2 && len === 0; n--) {
      const words = w.slice(i, i + n);
      if (IDIOMS.has(words.join(' '))) len = n;
      else if (n <= LONGEST_ADVERB && edge(i) && edge(i + n) && wordNetAdverb(words)) len = n;
    }
    if (len === 0) continue;
    if (askerFrame && RELEVANCE.has(w.slice(i, i + len).join(' '))) continue;
    const inside = mentions.filter((m) => m.start < i + len && m.end > i);
    if (inside.some((m) => m.start < i || m.end > i + len || DATA_MENTIONS.has(m.t))) continue;
    releaseClause(s, [i, i + len], released);
    i += len - 1;
  }
  return released;
}
