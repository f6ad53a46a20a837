/**
 * References to where the earlier turn's rows take part: "emails for the sales folks there" after "seamless asia
 * cos", "who is exhibiting at that event". The locative "there" after the noun or verb it places (no form of "be"
 * beside it: "are there sponsors" asks whether any exist) and "that / this" before a singular event noun are an
 * anaphor of the earlier turn's place (`place`: its events, else its companies; `handlers/anaphor.ts`), so the
 * event is carried instead of dropped; with no earlier turn the words are asked about. A place the question itself
 * names before them is what they point at ("i work at X and need the marketing people there"): left as it was.
 */
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import { EVENT_NOUNS } from './eventByWords';
import { claim, isFree, type ScanState } from './ScanState';
import { BE_FORMS } from './thereAsTheir';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);
/** Readings of the words a locative "there" places: the rows asked for, or what they do. */
const PLACED: ReadonlySet<Mention['t']> = new Set([
  'entity',
  'function',
  'seniority',
  'title',
  'relation',
  'attribute',
  'employment',
]);

/** Mentions of a place the question itself names ("i work at X and need the marketing people there"). */
const NAMED_PLACES: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'venue', 'city', 'country', 'state']);
/** True when the question names a place before token `k`: "there" points at it, not at an earlier turn. */
const namedBefore = (s: ScanState, k: number): boolean => s.mentions.some((m) => m.end <= k && NAMED_PLACES.has(m.t));

/** True when a reading of the word is a noun of rows ("companies", "sponsors"): "that" after it is a pronoun. */
const isRowNoun = (x: string): boolean => LEXICON.get(x)?.some((r) => r.t === 'entity') ?? false;

/** "at that event", "this summit": before the lexicon reads "that" as a relative pronoun. */
export function readDemonstrativePlaces(s: ScanState): void {
  const { w } = s;
  for (let k = 0; k + 1 < w.length; k++) {
    if (!DEMONSTRATIVES.has(w[k] ?? '') || !EVENT_NOUNS.has(w[k + 1] ?? '') || !isFree(s, k, k + 2)) continue;
    if ((k > 0 && isRowNoun(w[k - 1] ?? '')) || namedBefore(s, k)) continue;
    claim(s, k, k + 1, { t: 'anaphor', entity: 'events', strong: true, place: true });
  }
}

/** "the sales folks there", "who is exhibiting there": after the lexicon has read the words it places. */
export function readThereReferences(s: ScanState): void {
  const { w } = s;
  for (let k = 1; k < w.length; k++) {
    if (w[k] !== 'there' || !isFree(s, k, k + 1)) continue;
    if (BE_FORMS.has(w[k - 1] ?? '') || BE_FORMS.has(w[k + 1] ?? '')) continue;
    const before = s.mentions.find((m) => m.end === k);
    if (!before || !PLACED.has(before.t) || namedBefore(s, k)) continue;
    claim(s, k, k + 1, { t: 'anaphor', entity: null, strong: true, place: true });
  }
}
