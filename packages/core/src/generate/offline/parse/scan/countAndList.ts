/**
 * "How many events are in Singapore, and list them", "number of sponsors of X - who are they?": a count with a second
 * clause asking for the members is both, the list with the number of rows beside each (`alsoList` mention; the
 * list shape's `withCount`). Runs before the lexicon pass, so "them" in the clause is no anaphor of an earlier turn.
 */
import { COUNT_WORDS } from '../../lexicon/aggregateWords';
import { LIST_ALSO_CLAUSES, LIST_ALSO_OBJECTS, LIST_ALSO_VERBS } from '../../lexicon/exampleWords';
import { type ScanState, claim } from './ScanState';

const split = (list: readonly string[]): string[][] =>
  list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
const COUNTS = split(COUNT_WORDS);
const VERBS = new Set(LIST_ALSO_VERBS);
const OBJECTS = split(LIST_ALSO_OBJECTS);
const CLAUSES = split(LIST_ALSO_CLAUSES);
/** Words that may open the second clause: "and", "also", "please". */
const OPENERS = new Set(['and', 'also', 'please', 'pls', 'then', 'plus']);
/** Words that may close it: "and list them please", "and name them too". */
const CLOSERS = new Set(['please', 'pls', 'plz', 'too', 'also', 'thanks', 'thx']);

function phraseAt(w: readonly string[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (p.every((x, k) => w[i + k] === x)) return p.length;
  return 0;
}

export function readCountAndList(s: ScanState): void {
  const { w } = s;
  const count = w.findIndex((_, i) => phraseAt(w, i, COUNTS) > 0);
  if (count < 0) return;
  for (let i = count + 1; i < w.length; i++) {
    if (w[i] !== 'and' || s.claimed[i]) continue;
    let j = i + 1;
    while (OPENERS.has(w[j] ?? '')) j++;
    let end = 0;
    const clause = phraseAt(w, j, CLAUSES);
    if (clause > 0) end = j + clause;
    else if (VERBS.has(w[j] ?? '')) {
      end = j + 1;
      for (let o = phraseAt(w, end, OBJECTS); o > 0; o = phraseAt(w, end, OBJECTS)) end += o;
    }
    while (end > 0 && CLOSERS.has(w[end] ?? '')) end++;
    // the clause must end the question: "and list the sponsors at X" names a set of its own
    if (end === 0 || end < w.length || s.claimed.slice(i, end).some(Boolean)) continue;
    claim(s, i, end, { t: 'alsoList' });
    return;
  }
}
