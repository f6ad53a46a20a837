/**
 * A name typed from memory with a hedge after it ("who's going to osea or something", "sponsors of ahice or whatever
 * it's called"): "or" and the hedge (`lexicon/discourseWords.ts` NAME_HEDGES) say the name is uncertain, no second
 * value of a list; the name itself is read (or asked about) as typed. The hedge was asked about as an unread word.
 */
import { NAME_HEAD_NOUNS, NAME_HEDGES } from '../../lexicon/discourseWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const HEDGES: readonly string[][] = NAME_HEDGES.map((h) => h.split(' ')).sort((a, b) => b.length - a.length);
/** Readings of a name the hedge may follow. */
const NAMES: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'venue', 'person']);

/**
 * Drops each "or <hedge>" right after a name: the "or" mention, and the hedge's words from the unread words
 * (`ignored`, at tokens `ignoredAt`).
 */
export function releaseNameHedges(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  for (const or of s.mentions.filter((m) => m.t === 'or')) {
    if (!s.mentions.some((m) => NAMES.has(m.t) && m.end === or.start)) continue;
    const hedge = HEDGES.find((h) => h.every((x, d) => s.w[or.end + d] === x && ignoredAt.includes(or.end + d)));
    if (!hedge) continue;
    s.mentions.splice(s.mentions.indexOf(or), 1);
    for (let k = or.end; k < or.end + hedge.length; k++) {
      s.claimed[k] = true;
      const j = ignoredAt.indexOf(k);
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
