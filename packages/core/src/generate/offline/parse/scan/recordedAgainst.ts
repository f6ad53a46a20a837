/**
 * "events that have companies listed against them", "companies registered under X", "sponsors recorded for X": a
 * participle of recording (a filler word: the data records everything it holds) after a noun of companies or people,
 * with a preposition of bookkeeping after it ("against", "under"), says the rows are recorded as taking part: the
 * preposition is "at" (taking part in the event after it) or, before a pronoun for the question's own rows ("them",
 * "it"), restates the link the noun already says. "for" and "at" are read as they are by the other readers.
 */
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

/** Participles of recording before a preposition of bookkeeping. */
const RECORDING_PARTICIPLES: ReadonlySet<string> = new Set([
  'listed',
  'registered',
  'recorded',
  'logged',
  'entered',
  'tracked',
  'filed',
  'booked',
]);
/** Prepositions of bookkeeping: a row is listed against or under the item it is recorded for. */
const BOOKKEEPING_PREPOSITIONS: ReadonlySet<string> = new Set(['against', 'under']);
/** Pronouns for the rows the question is about ("listed against them"). */
const ROW_PRONOUNS: ReadonlySet<string> = new Set(['them', 'it', 'those', 'these', 'each']);
/** Mentions a recorded row may be: companies or people. */
const RECORDED: (m: Mention) => boolean = (m) =>
  (m.t === 'entity' && (m.entity === 'companies' || m.entity === 'people')) || m.t === 'relation';

export function readRecordedAgainst(s: ScanState): void {
  const { w } = s;
  for (let k = 1; k + 1 < w.length; k++) {
    if (!BOOKKEEPING_PREPOSITIONS.has(w[k] ?? '') || !isFree(s, k, k + 1)) continue;
    if (!RECORDING_PARTICIPLES.has(w[k - 1] ?? '')) continue;
    if (!s.mentions.some((m) => m.end === k - 1 && RECORDED(m))) continue;
    const next = w[k + 1] === 'the' ? k + 2 : k + 1;
    if (ROW_PRONOUNS.has(w[k + 1] ?? '')) {
      // the pronoun's own reader still reads it; the preposition adds nothing to the link the noun says
      s.claimed[k] = true;
      continue;
    }
    if (s.mentions.some((m) => m.start === next && m.t === 'event')) claim(s, k, k + 1, { t: 'prep', p: 'at' });
  }
}
