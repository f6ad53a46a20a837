/**
 * "directors at X - anyone with director in the title counts", "sponsors of Y, anything over 1000 staff qualifies": a
 * verb of qualifying (`QUALIFYING_VERBS`) closing a clause whose subject is an indefinite pronoun says that what the
 * subject describes is wanted; the subject's words are the condition, read as usual. Its word is discourse, read
 * before the lexicon takes "counts" as a request for a number (a list asked was answered with its count). "count"
 * needs a plural subject ("those count too", "they all count"), "counts" a singular one.
 */
import { INDEFINITE_SUBJECTS, QUALIFYING_TRAILERS, QUALIFYING_VERBS } from '../../lexicon/aggregateWords';
import type { ScanState } from './ScanState';

const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['all', 'those', 'they']);
const EITHER_NUMBER: ReadonlySet<string> = new Set(['any', 'either', 'whichever']);

/** Claims each qualifying verb closing its clause after an indefinite subject; returns its token. */
export function readQualifyingVerbs(s: ScanState): number[] {
  const { w, claimed, breaks, tokens } = s;
  const typed = tokens.map((t) => t.raw.toLowerCase());
  const read: number[] = [];
  for (let i = 1; i < w.length; i++) {
    const verb = typed[i] ?? '';
    if (!QUALIFYING_VERBS.has(verb) || claimed[i]) continue;
    // the clause closes after the verb (what may trail it: "too", "as well", "i guess")
    let end = i + 1;
    while (end < w.length && !breaks.has(end) && QUALIFYING_TRAILERS.has(typed[end] ?? '')) end++;
    if (end !== w.length && !breaks.has(end)) continue;
    // its subject: an indefinite pronoun earlier in the same clause
    let start = i;
    while (start > 0 && !breaks.has(start)) start--;
    const subject = typed.slice(start, i).find((x) => INDEFINITE_SUBJECTS.has(x));
    if (subject === undefined) continue;
    const plural = verb === 'count' || verb === 'qualify';
    if (!EITHER_NUMBER.has(subject) && PLURAL_SUBJECTS.has(subject) !== plural) continue;
    claimed[i] = true;
    read.push(i);
  }
  return read;
}
