/**
 * An event named by words of its name in order with words skipped: "sponsors at global space convention" is the
 * "Global Space and Technology Convention 2025" ("and technology" left out). A run of unread words, each a
 * word of some event's name (no noun of rows such as "events"), that are words of exactly one event's name in that
 * order (its editions are one event) is that event; when the words fit several events' names in that order, or fit
 * one only as they stand together (a contiguous part, read by the short-name readers), or are fewer than three (two
 * besides a noun of events), nothing is read here and the later readers (themes, loose names, clarification)
 * decide.
 */
import { normKey } from '../../text/tokenize';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { EVENT_NOUNS } from './eventByWords';
import { claim, isFree, type ScanState } from './ScanState';

const MAX_RUN = 6;
const MIN_RUN = 3;
/** Words of the run besides a noun of events: the name's own words. */
const MIN_NAMING = 2;

/** Where the words stand in the name in order (positions), or null when they do not. */
function inOrder(words: readonly string[], name: readonly string[]): number[] | null {
  const at: number[] = [];
  let from = 0;
  for (const x of words) {
    const k = name.indexOf(x, from);
    if (k < 0) return null;
    at.push(k);
    from = k + 1;
  }
  return at;
}

/** An event's name without its year or edition number: its editions share it. */
const editionless = (name: string): string =>
  normKey(name)
    .split(' ')
    .filter((x) => !/\d/.test(x))
    .join(' ');

/** The one event whose name holds the words in order with a gap, as a hit over its editions; else null. */
function gappedName(s: ScanState, words: readonly string[]): NamedHit | null {
  const found = new Map<string, NamedHit>();
  for (const n of s.index.named) {
    if (n.kind !== 'event') continue;
    const at = inOrder(words, normKey(n.name).split(' '));
    if (!at) continue;
    const key = editionless(n.name);
    const hit = found.get(key) ?? { ids: [], names: [], quality: 1, needsCaps: false };
    hit.ids.push(...n.ids);
    hit.names.push(n.name);
    found.set(key, hit);
    // contiguous in this name: a part of a name as typed, for the readers of short names
    if (at.every((k, i) => i === 0 || k === (at[i - 1] ?? 0) + 1)) return null;
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

/** Words that join the words of a name and name nothing themselves. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'the', 'for', 'of', 'in', 'on', 'at', 'to', 'with']);

const nameWordSets = new WeakMap<ValueIndex, ReadonlySet<string>>();

/** Every word of three letters or more of some event's name, without digits or joining words (once per index). */
function eventNameWordSet(index: ValueIndex): ReadonlySet<string> {
  const cached = nameWordSets.get(index);
  if (cached) return cached;
  const made = new Set(
    index.named
      .filter((n) => n.kind === 'event')
      .flatMap((n) => normKey(n.name).split(' '))
      .filter((x) => x.length >= 3 && !/\d/.test(x) && !JOINING_WORDS.has(x)),
  );
  nameWordSets.set(index, made);
  return made;
}

/** A noun of rows of the data ("events", "companies", "people"): the question's own words, never a name's. */
const isEntityNoun = (x: string): boolean =>
  !EVENT_NOUNS.has(x) && (LEXICON.get(x)?.some((r) => r.t === 'entity') ?? false);

export function readGappedEventNames(s: ScanState): void {
  const { w, index } = s;
  const nameWords = eventNameWordSet(index);
  const fits = (x: string): boolean => nameWords.has(x) && !isEntityNoun(x);
  for (let a = 0; a < w.length; a++) {
    if (!isFree(s, a, a + 1) || !fits(w[a] ?? '') || EVENT_NOUNS.has(w[a] ?? '')) continue;
    let b = a;
    while (b < w.length && b - a < MAX_RUN && isFree(s, b, b + 1) && fits(w[b] ?? '')) b++;
    // the longest run first
    for (let end = b; end - a >= MIN_RUN; end--) {
      const words = w.slice(a, end);
      if (words.filter((x) => !EVENT_NOUNS.has(x)).length < MIN_NAMING) continue;
      const hit = gappedName(s, words);
      if (!hit) continue;
      claim(s, a, end, { t: 'event', hit });
      a = end - 1;
      break;
    }
  }
}
