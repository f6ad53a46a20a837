/**
 * An aside saying which members the set already holds ("how many events in singapore this year? incl the ones that
 * already happened", "events in 2024, even those that are over", "sponsors this year including past ones"): the lead
 * of inclusion ("including", "even", "also", "plus"), a noun phrase standing for members of the asked set ("the
 * ones", "those", "past ones", "the events") and a relative clause of their state. "Including" adds members, it never
 * removes any: the state said of them is no condition on the rows (before, "already happened" was read as a condition
 * and the question answered for the past events only, a narrower question). The aside is dropped only where the
 * other conditions already hold those members (a window that is no future-only one); beside a window after today the
 * two contradict, and the state is left as read.
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import type { Cond } from '../../ir/Request';
import type { ScanState } from './ScanState';

/** Words that add members to a set as an aside ("including", "even", "plus"). */
const INCLUSION_LEADS: ReadonlySet<string> = new Set(['including', 'incl', 'even', 'also', 'plus', 'inclusive']);
/** Noun-phrase heads standing for members of the asked set ("the ones", "those", "them"). */
const MEMBER_HEADS: ReadonlySet<string> = new Set(['ones', 'those', 'them', 'these', 'one']);
/** Words before that head ("the ones", "past ones", "the earlier ones", "any that ..."). */
const MEMBER_MODIFIERS: ReadonlySet<string> = new Set(['the', 'past', 'earlier', 'previous', 'old', 'older', 'any']);
/** Relative pronouns opening the state's clause ("the ones that already happened"). */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'where']);
/** Copulas left before the state by its reader ("that are over": the state is "over"). */
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'have', 'has', 'had']);

const isState = (c: Cond): boolean => c.kind === 'past' || c.kind === 'ongoing';

export function readInclusionAsides(s: ScanState): void {
  const { w } = s;
  const futureOnly = s.mentions.some(
    (m) =>
      m.t === 'cond' &&
      (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween') &&
      m.cond.from !== null &&
      m.cond.from >= s.asOf,
  );
  if (futureOnly) return;
  for (const m of [...s.mentions]) {
    if (m.t !== 'cond' || !isState(m.cond) || !s.mentions.includes(m)) continue;
    let k = m.start - 1;
    while (k >= 0 && COPULAS.has(w[k] ?? '')) k--;
    if (RELATIVES.has(w[k] ?? '')) k--;
    const head = w[k] ?? '';
    if (!MEMBER_HEADS.has(head) && !EVENT_NOUNS.has(head)) continue;
    k--;
    while (k >= 0 && MEMBER_MODIFIERS.has(w[k] ?? '')) k--;
    if (!INCLUSION_LEADS.has(w[k] ?? '')) continue;
    // "including only the ones that are over" restricts (`RESTRICTIVE_VERBS`): never an aside
    if (w.slice(k, m.end).includes('only')) continue;
    // ... and the state said again before the head ("the past ones that already took place")
    const lead = k;
    for (const x of s.mentions.filter((y) => y.start >= lead && y.end <= m.end && y.t === 'cond' && isState(y.cond)))
      s.mentions.splice(s.mentions.indexOf(x), 1);
    for (let j = k; j < m.end; j++) s.claimed[j] = true;
  }
}
