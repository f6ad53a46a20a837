/**
 * A choice between named events or companies by an order ("which one's first: ITB Asia or AHICE?", "which is
 * earlier, X or Y?", "X or Y - which is sooner?", "which is bigger: X or Y"): the date word or the comparative is
 * the ranking over exactly the named things, its first row the answer, as "which comes first, X or Y" already is. A
 * comparative ranks every named thing with its value (`comparedNames.ts`), a date word the first alone.
 * A comparative ranks as its superlative does (`COMPARATIVE_WORDS`: "earlier" as "earliest"); a date word
 * ("first", "last") is read so only here and after a verb of occurring (`lexiconPhrases`), never as "the first
 * of the month". The frame: "which" stands before the word with no noun of its own between, and two names of one
 * kind stand joined by "or" / "and" / "vs" in the question.
 */
import { CHOICE_OPENERS, COMPARATIVE_WORDS, SUPERLATIVE_WORDS } from '../../lexicon/aggregateWords';
import type { Mention } from '../Mention';
import { measureComparativeAt } from './measureComparatives';
import { claim, isFree, type ScanState } from './ScanState';

type Column = Extract<Mention, { t: 'superlative' }>['column'];
const COLUMNS: ReadonlySet<string> = new Set<Column>(['age', 'size', 'revenue', 'date', 'duration']);
const isColumn = (c: string): c is Column => COLUMNS.has(c);

/** The one-word date superlatives ("first", "earliest", "soonest", "last"): an order by date of themselves. */
const DATE_WORDS: ReadonlyMap<string, 'desc' | 'asc'> = new Map(
  SUPERLATIVE_WORDS.filter(([word, column]) => column === 'date' && !word.includes(' ')).map(
    ([word, , order]) => [word, order] as const,
  ),
);

/** How far before the word its "which" may stand ("which one of them is earlier"). */
const MAX_OPENER_GAP = 8;

/** Words joining the names chosen between. */
const JOINS: ReadonlySet<string> = new Set(['or', 'and', 'vs', 'versus']);

/** The kind of two names joined by "or" / "and" somewhere in the question, or null. */
function joinedKind(s: ScanState): 'events' | 'companies' | null {
  const names = s.mentions.filter((m) => m.t === 'event' || m.t === 'company').sort((a, b) => a.start - b.start);
  const pair = names.find((m, k) => {
    const next = names[k + 1];
    if (!next || next.t !== m.t) return false;
    // the joining word is its own token, or read with the second name ("and AHICE": names listed together)
    const between = s.w.slice(m.end, next.start);
    const joined = between.length === 0 ? (s.w[next.start] ?? '') : between.length === 1 ? (between[0] ?? '') : '';
    return JOINS.has(joined);
  });
  return pair === undefined ? null : pair.t === 'event' ? 'events' : 'companies';
}

export function readChoiceBetweenNames(s: ScanState): void {
  const { w } = s;
  const kind = joinedKind(s);
  if (kind === null) return;
  for (let i = 1; i < w.length; i++) {
    const word = w[i] ?? '';
    if (!isFree(s, i, i + 1)) continue;
    // "which has higher revenue, X or Y": the comparative with its measure's noun
    const measured = measureComparativeAt(w, i);
    const end = measured && isFree(s, i, measured.end) ? measured.end : i + 1;
    const comparative = end > i + 1 ? measured : COMPARATIVE_WORDS.get(word);
    const dateOrder = DATE_WORDS.get(word);
    const column = comparative?.column ?? (dateOrder ? 'date' : null);
    const order = comparative?.order ?? dateOrder;
    if (column === null || order === undefined || !isColumn(column)) continue;
    // "which" before the word with no noun of another kind between ("which sponsors are bigger" asks of sponsors, no
    // choice; "which event is bigger, X or Y" names the names' own kind); the names may stand there ("which of X and
    // Y is longer")
    const noun = (k: number): boolean =>
      s.mentions.some((m) => m.t === 'entity' && m.entity !== kind && m.start <= k && k < m.end);
    let opened = false;
    for (let k = i - 1; k >= Math.max(0, i - MAX_OPENER_GAP) && !noun(k); k--) {
      if (CHOICE_OPENERS.has(w[k] ?? '')) {
        opened = true;
        break;
      }
    }
    if (!opened) continue;
    claim(s, i, end, { t: 'superlative', column, order });
  }
}
