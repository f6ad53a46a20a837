/**
 * A name typed from memory with a hedge after it ("who's going to osea or something", "sponsors of ahice or whatever
 * it's called"): "or" and the hedge (`lexicon/discourseWords.ts` NAME_HEDGES) say the name is uncertain, no second
 * value of a list; the name itself is read (or asked about) as typed. The hedge was asked about as an unread word.
 */
import { HEDGE_OPENERS, HEDGE_TAIL_WORDS, NAME_HEAD_NOUNS, NAME_HEDGES } from '../../lexicon/discourseWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const HEDGES: readonly string[][] = NAME_HEDGES.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
/** Readings of a name the hedge may follow. */
const NAMES: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'venue', 'person']);
/** Readings a hedge may follow: names, and roles or themes typed from memory ("solutions engineers or whatever"). */
const HEDGED: ReadonlySet<Mention['t']> = new Set([
  ...NAMES,
  'entity',
  'function',
  'title',
  'seniority',
  'topic',
  'cond',
  'country',
  'city',
]);
/** Mentions of grammar only, which a hedge's words may be read as ("that", "they", "are"). */
const GRAMMAR: ReadonlySet<Mention['t']> = new Set(['relpron', 'anaphor', 'copula']);

/**
 * Drops each "or <hedge>" right after a name: the "or" mention, and the hedge's words from the unread words
 * (`ignored`, at tokens `ignoredAt`).
 */
export function releaseNameHedges(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (let at = 1; at < s.w.length; at++) {
    if (s.w[at] !== 'or' || !s.mentions.some((m) => HEDGED.has(m.t) && m.end === at)) continue;
    // the "or" read as a list's joint, or not read at all ("..., or whatever they call it")
    const or = s.mentions.find((m) => m.t === 'or' && m.start === at) ?? { start: at, end: at + 1 };
    /** A word the hedge may take: unread, or read only as grammar ("that", "they", "is"). */
    const grammarAt = (k: number): Mention | undefined =>
      s.mentions.find((m) => m.start <= k && m.end > k && GRAMMAR.has(m.t) && m.start >= or.end);
    const free = (k: number): boolean =>
      ignoredAt.includes(k) ||
      !s.claimed[k] ||
      grammarAt(k) !== undefined ||
      !s.mentions.some((m) => m.start <= k && m.end > k);
    const listed = HEDGES.find((h) => h.every((x, d) => s.w[or.end + d] === x && free(or.end + d)));
    let end = listed ? or.end + listed.length : or.end;
    // "or something like that", "or whatever they're called": an indefinite word and the rest of its clause in
    // pronouns, forms of "be" and verbs of naming
    if (HEDGE_OPENERS.has(s.w[or.end] ?? '') && free(or.end)) {
      end = Math.max(end, or.end + 1);
      while (end < s.w.length && !s.breaks.has(end) && HEDGE_TAIL_WORDS.has(s.w[end] ?? '') && free(end)) end++;
    }
    if (end === or.end) continue;
    const joint = s.mentions.findIndex((m) => m.t === 'or' && m.start === at);
    if (joint >= 0) s.mentions.splice(joint, 1);
    const orAt = ignoredAt.indexOf(at);
    if (orAt >= 0) {
      ignored.splice(orAt, 1);
      ignoredAt.splice(orAt, 1);
    }
    for (let k = or.end; k < end; k++) {
      const grammar = grammarAt(k);
      if (grammar) s.mentions.splice(s.mentions.indexOf(grammar), 1);
      s.claimed[k] = true;
      const j = ignoredAt.indexOf(k);
      if (j < 0) continue;
      ignored.splice(j, 1);
      ignoredAt.splice(j, 1);
    }
  }
}

/**
 * Drops a general noun heading a name typed loosely ("at the digital marketing world forum asia thing", "the ahice
 * one"): right after the name, no reading of its own, it names the name again; taken from the unread words.
 */
export function releaseNameHeadNouns(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (let j = ignoredAt.length - 1; j >= 0; j--) {
    const k = ignoredAt[j] ?? -1;
    if (!NAME_HEAD_NOUNS.has(s.w[k] ?? '') || !s.mentions.some((m) => NAMES.has(m.t) && m.end === k)) continue;
    s.claimed[k] = true;
    ignored.splice(j, 1);
    ignoredAt.splice(j, 1);
  }
}
