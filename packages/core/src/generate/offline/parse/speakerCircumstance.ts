/**
 * The speaker's circumstance said in a clause of its own ("q4 events at marina bay, quick, in a cab", "sponsors of X,
 * on my phone", "..., between meetings"): a preposition, an indefinite article or the speaker's possessive ("a",
 * "my", "our"), and a common noun or two. A thing of the data is named, not introduced with "a" or owned by the
 * speaker, so such a clause says where the speaker is, never a condition: its words are discourse, whatever a loose
 * name match ("cab": ULACAB ... Cabs) or a field word ("phone") read in them.
 */
import { wordNet } from '../text/language';
import type { Mention } from './Mention';
import { clauseBounds, releaseClause } from './socialClauses';
import type { ScanState } from './scan/ScanState';

/** Prepositions of where or when the speaker is. */
const SITUATION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'from', 'between', 'during']);
/** Determiners that introduce a thing of the speaker's, never a named thing of the data. */
const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'my', 'our']);
/** Readings a common noun of the speaker's situation may have been given loosely. */
const loose = (m: Mention): boolean =>
  m.t === 'prep' ||
  m.t === 'attribute' ||
  ((m.t === 'company' || m.t === 'event') && m.hit.quality < 3) ||
  (m.t === 'entity' && m.entity === null);

/** Releases such clauses (not the first clause); returns their token indices (discourse). */
export function releaseSpeakerCircumstance(text: string, s: ScanState): number[] {
  const { w, tokens, mentions } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds.slice(1)) {
    const words = w.slice(a, b);
    const [prep, det, ...nouns] = words;
    if (!SITUATION_PREPOSITIONS.has(prep ?? '') || !SPEAKER_DETERMINERS.has(det ?? '')) continue;
    if (nouns.length === 0 || nouns.length > 2) continue;
    // common nouns typed in lower case, no name
    const common = nouns.every(
      (x, d) => /^[a-z]+$/.test(tokens[a + 2 + d]?.raw ?? '') && wordNet().senses(x, 'noun').length > 0,
    );
    const read = mentions.filter((m) => m.start < b && m.end > a);
    if (!common || !read.every(loose)) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}
