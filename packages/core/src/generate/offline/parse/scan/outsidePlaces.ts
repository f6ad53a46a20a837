/**
 * "events beyond Singapore in 2025", "anywhere but the US", "events other than Singapore in 2025", "companies away
 * from Europe": a word of lying past or of leaving out right before a place says "not in" that place, as "outside"
 * does (`lexicon/placeWords.ts` `OUTSIDE_BEFORE_PLACE_PHRASES`, and the exclusion markers of
 * `lexicon/exclusionWords.ts`). Read elsewhere these words are other things: "beyond" was asked about as the company
 * Beyond, and "other than Singapore in 2025" became the set of events left out (events in Singapore in 2025), so
 * the year bounded the excluded events instead of the asked ones. Only a place read whole right after the words
 * (after "the" or "in" at most) makes them "outside": "sponsors other than Singapore Airlines" still leaves a
 * company out, and "what events does beyond sponsor" still names the company.
 */
import { EXCLUSION_MARKERS } from '../../lexicon/exclusionWords';
import { OUTSIDE_BEFORE_PLACE_PHRASES } from '../../lexicon/placeWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { claim } from './ScanState';

/** Mentions of a place that "outside" can negate. */
const PLACE_KINDS: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'state', 'venue']);

/** Words that may stand between the phrase and its place ("beyond the US", "other than in Singapore"). */
const PLACE_LEADS: ReadonlySet<string> = new Set(['the', 'in']);

const PHRASES: readonly (readonly string[])[] = [...OUTSIDE_BEFORE_PLACE_PHRASES, ...EXCLUSION_MARKERS]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Nouns of a place's edge: "beyond Singapore's borders", "outside the borders of the US", "beyond our shores": the
 * place itself, as the phrase before them says (lying past its edge is lying outside it).
 */
const BORDER_NOUNS: ReadonlySet<string> = new Set([
  'border',
  'borders',
  'boundary',
  'boundaries',
  'shores',
  'frontiers',
]);

/**
 * The place read whole from token `k` on, after "the" or "in" at most ("beyond the US", "other than in Singapore"),
 * or after "the borders of" ("outside the borders of Singapore").
 */
function placeAfter(s: ScanState, k: number): Mention | null {
  for (let at = k; at <= k + 4; at++) {
    const place = s.mentions.find((m) => m.start === at && PLACE_KINDS.has(m.t));
    if (place) return place;
    if (BORDER_NOUNS.has(s.w[at] ?? '') && s.w[at + 1] === 'of' && !s.claimed[at]) {
      at++;
      continue;
    }
    if (!PLACE_LEADS.has(s.w[at] ?? '')) return null;
  }
  return null;
}

/** The end of a border noun after the place ending at `end` ("Singapore's borders", "US borders"), else `end`. */
function bordersAfter(s: ScanState, end: number): number {
  const possessive = s.w[end] === 's' || s.w[end] === "'s" ? end + 1 : end;
  const noun = s.w[possessive] ?? '';
  return BORDER_NOUNS.has(noun) && !s.claimed[possessive] ? possessive + 1 : end;
}

/**
 * Readings that may follow the place when it ends what is left out: a preposition, a time, a clause word or a verb
 * ("other than Singapore in 2025", "beyond the US sponsoring events"). A noun or a value right after it makes the
 * place a modifier of a set ("other than Singapore airlines": the Singapore airline companies), which stays the set
 * left out (`parse/exclusions.ts`).
 */
const AFTER_PLACE: ReadonlySet<Mention['t']> = new Set([
  'prep',
  'cond',
  'relpron',
  'copula',
  'who',
  'and',
  'or',
  'neg',
  'relation',
  'employment',
]);

/**
 * True when nothing but a clause break, the end or a reading of `AFTER_PLACE` follows the place ending at `end`. In
 * a question opening with the phrase (a follow-up editing the earlier list), a "based" with no place of its own after
 * it makes the place a modifier ("exclude the Singapore-based ones": the companies based there, the set left out),
 * as a noun after it does.
 */
function endsPhrase(s: ScanState, end: number, opening: boolean): boolean {
  if (end >= s.w.length || s.breaks.has(end)) return true;
  const next = s.mentions.find((m) => m.start <= end && m.end > end);
  if (opening && next?.t === 'prep' && next.p === 'placedIn' && !s.breaks.has(next.end)) {
    const after = s.mentions.find((m) => m.start === next.end);
    if (after && !PLACE_KINDS.has(after.t)) return false;
  }
  return next !== undefined && AFTER_PLACE.has(next.t);
}

/** Reads a phrase of "not in" right before a place as the preposition "outside" (see the module comment). */
export function readOutsidePlaces(s: ScanState): void {
  const { w, mentions } = s;
  for (let i = 0; i < w.length; i++) {
    const phrase = PHRASES.find((p) => p.every((x, j) => w[i + j] === x));
    if (!phrase) continue;
    const place = placeAfter(s, i + phrase.length);
    const edge = place ? bordersAfter(s, place.end) : -1;
    if (!place || !endsPhrase(s, edge, !mentions.some((m) => m.end <= i))) continue;
    const at = place.start;
    // the phrase must not begin inside a name read already, nor its words run into the place ("Away From Home Expo")
    const inside = mentions.some((m) => (m.start < i && m.end > i) || (m.start < at && m.end > at));
    if (inside || s.breaks.has(at)) continue;
    // whatever read the phrase's words (a negation, "from", "in") gives way: they are one preposition now
    for (let j = mentions.length - 1; j >= 0; j--) {
      const m = mentions[j];
      if (m && m.start >= i && m.end <= at) mentions.splice(j, 1);
    }
    for (let k = i; k < at; k++) s.claimed[k] = false;
    // "Apart from the US, which country has the most companies?" (the question clause is read first, so the phrase
    // opens a clause after it): an aside placing what the question asks for, the companies, not the noun before it
    const aside = s.breaks.has(i) || !mentions.some((m) => m.end <= i);
    claim(s, i, at, { t: 'prep', p: 'outside', ...(aside ? { afterBreak: true } : {}) });
    // "borders of" before the place, "'s borders" after it: read with the phrase, no word of their own
    for (let k = i; k < at; k++) s.claimed[k] = true;
    for (let k = place.end; k < edge; k++) s.claimed[k] = true;
    i = at - 1;
  }
  // "outside Singapore's borders" ("outside" read by the lexicon): the border noun after its place
  for (const prep of mentions.filter((m) => m.t === 'prep' && m.p === 'outside')) {
    const place = placeAfter(s, prep.end);
    if (!place) continue;
    for (let k = prep.end; k < place.start; k++) if (BORDER_NOUNS.has(w[k] ?? '') || w[k] === 'of') s.claimed[k] = true;
    for (let k = place.end; k < bordersAfter(s, place.end); k++) s.claimed[k] = true;
  }
}
