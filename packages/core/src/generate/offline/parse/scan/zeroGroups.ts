/**
 * "number of sponsors per event, including events with none", "how many speakers does each event have, even those
 * with zero", "zeros included": the aside asks for every member of the set, the ones with nothing counted too. It
 * is claimed whole as a `keepZero` mention (its "none" is no negation of the set, its "those" no earlier turn's
 * set), and `parse/countEach.ts` then counts per member of the set (zero included) even when the set is not
 * narrowed. The opposite aside ("skip the ones with none", "excluding events with zero", "no zeros") is a `keepZero`
 * mention with `drop`: `parse/countEach.ts` keeps the members with something counted, and asks it back when the
 * answer counts nothing per member. Runs before the lexicon pass.
 */
import {
  ZERO_GROUP_LINKS,
  ZERO_GROUP_NOUNS,
  ZERO_GROUP_OPENERS,
  ZERO_GROUP_PHRASES,
  ZERO_WORDS,
  ZERO_AMOUNT_BOUNDS,
  ZERO_DROP_OPENERS,
  ZERO_DROP_PHRASES,
} from '../../lexicon/aggregateWords';
import { LEXICON } from '../lexiconTable';
import { type ScanState, claim, isFree } from './ScanState';

const split = (list: readonly string[]): string[][] =>
  list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
const OPENERS = new Set(ZERO_GROUP_OPENERS);
const NOUNS = new Set(ZERO_GROUP_NOUNS);
const LINKS = split(ZERO_GROUP_LINKS);
const ZEROS = split(ZERO_WORDS);
const PHRASES = split(ZERO_GROUP_PHRASES);
const DROP_OPENERS = split(ZERO_DROP_OPENERS);
const DROP_PHRASES = split(ZERO_DROP_PHRASES);

function phraseAt(w: readonly string[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (p.every((x, k) => w[i + k] === x)) return p.length;
  return 0;
}

/** A noun of events or companies (or a relation noun) at token i. */
const entityWord = (w: string | undefined): boolean => LEXICON.get(w ?? '')?.some((r) => r.t === 'entity') ?? false;

export function readZeroGroups(s: ScanState): void {
  // the words as typed: the token rewrites before this pass respell past tenses of filler verbs ("included")
  const w = s.tokens.map((t) => t.raw.toLowerCase());
  for (let i = 1; i < w.length; i++) {
    const drop = phraseAt(w, i, DROP_PHRASES) > 0 || phraseAt(w, i, DROP_OPENERS) > 0;
    const whole = phraseAt(w, i, PHRASES) || phraseAt(w, i, DROP_PHRASES);
    if (whole > 0 && isFree(s, i, i + whole)) {
      claim(s, i, i + whole, drop ? { t: 'keepZero', drop: true } : { t: 'keepZero' });
      return;
    }
    const opener = OPENERS.has(w[i] ?? '') ? 1 : phraseAt(w, i, DROP_OPENERS);
    if (opener === 0) continue;
    let j = i + opener;
    while (NOUNS.has(w[j] ?? '') || entityWord(w[j])) j++;
    const link = phraseAt(w, j, LINKS);
    if (link === 0) continue;
    const zero = phraseAt(w, j + link, ZEROS);
    if (zero === 0) continue;
    let end = j + link + zero;
    // "with no sponsors", "with zero speakers": the counted noun again
    if (entityWord(w[end])) end++;
    // the aside closes the question or its clause ("(skip events with none)", "skip the ones with none, thanks")
    if ((end !== w.length && !s.breaks.has(end)) || !isFree(s, i, end)) continue;
    claim(s, i, end, drop ? { t: 'keepZero', drop: true } : { t: 'keepZero' });
    return;
  }
}

/**
 * "events with zero companies", "which events have 0 sponsors": a zero before a noun of the data's things is "no"
 * before it (the things are absent), read as the negation "no" is. Without this the word was a prefix of an industry
 * ("Zero-Day Exploits") or a count nobody can compare. A zero after a bound word ("more than 0 sponsors") or inside
 * the kept-zero asides above is left to them.
 */
export function readZeroAsNone(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (!['zero', '0'].includes(w[i] ?? '') || !isFree(s, i, i + 1) || !entityWord(w[i + 1])) continue;
    if (ZERO_AMOUNT_BOUNDS.has(w[i - 1] ?? '') || /^\d/.test(w[i - 1] ?? '')) continue;
    claim(s, i, i + 1, { t: 'neg' });
  }
}
