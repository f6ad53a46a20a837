/**
 * References to where the earlier turn's rows take part: "emails for the sales folks there" after "seamless asia
 * cos", "who is exhibiting at that event". The locative "there" after the noun or verb it places (no form of "be"
 * beside it: "are there sponsors" asks whether any exist) and "that / this" before a singular event noun are an
 * anaphor of the earlier turn's place (`place`: its events, else its companies; `handlers/anaphor.ts`), so the
 * event is carried instead of dropped; with no earlier turn the words are asked about. Beside a form of "be", "there"
 * places only the people "who" asks for ("who is there", "who there is in sales"). A place the question itself
 * names before them is what they point at ("i work at X and need the marketing people there"): left as it was.
 */
import { PERSON_PRONOUNS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import { EVENT_NOUNS } from './eventByWords';
import { claim, isFree, type ScanState } from './ScanState';
import { EXISTENTIAL_BE_FORMS } from './thereAsTheir';

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

/** Words of the speaker's relative clause between a person pronoun and "there" ("anyone we know there"). */
const SPEAKER_RELATIVE: ReadonlySet<string> = new Set(['we', 'i', 'you', 'know', 'have', 'got', 've', 'met', 'do']);

/**
 * The person pronoun "there" places: "anyone there in sales?", "anybody we know there", "someone we've got there"
 * (the words between a relative clause of the speaker's); -1 when there is none.
 */
function placedPronoun(s: ScanState, k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const x = s.w[j] ?? '';
    if (PERSON_PRONOUNS.has(x)) return isFree(s, j, j + 1) ? j : -1;
    if (!SPEAKER_RELATIVE.has(x) || !isFree(s, j, j + 1)) return -1;
  }
  return -1;
}

/** "the sales folks there", "who is exhibiting there": after the lexicon has read the words it places. */
export function readThereReferences(s: ScanState): void {
  const { w } = s;
  for (let k = 1; k < w.length; k++) {
    if (w[k] !== 'there' || !isFree(s, k, k + 1)) continue;
    // "who is there", "who there is in sales": "there" beside a form of "be" places the people "who" asks for; any
    // other "there" beside one is existential ("are there sponsors", "how many companies there are")
    const who = (j: number): boolean => s.mentions.some((m) => m.t === 'who' && m.end === j);
    const beBefore = EXISTENTIAL_BE_FORMS.has(w[k - 1] ?? '');
    const placesWho = beBefore ? who(k - 1) : who(k);
    if (!placesWho && (beBefore || EXISTENTIAL_BE_FORMS.has(w[k + 1] ?? ''))) continue;
    const before = s.mentions.find((m) => m.end === k);
    // "anyone we know there in sales?": the pronoun asks for people, whom "there" places
    const pronoun = placesWho || before ? -1 : placedPronoun(s, k);
    if (!placesWho && pronoun < 0 && (!before || !PLACED.has(before.t))) continue;
    if (namedBefore(s, k)) continue;
    if (pronoun >= 0) claim(s, pronoun, pronoun + 1, { t: 'entity', entity: 'people', relations: null });
    claim(s, k, k + 1, { t: 'anaphor', entity: null, strong: true, place: true });
  }
}

/** Dimensions whose member "it" may stand for inside the grouping ("for each event that has companies linked to it"). */
const GROUPED_MEMBERS: ReadonlySet<string> = new Set(['event', 'company']);

/** Prepositions between a verb of taking part and its object ("speaking at it", "exhibiting in it"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'for', 'to', 'with']);

/**
 * "who's sponsoring it", "which companies exhibit at it": "it" as the object of a verb of taking part stands for the
 * earlier turn's rows (an anaphor as "them" is), never dropped: with no earlier turn it is asked about.
 */
export function readItReferences(s: ScanState): void {
  const { w } = s;
  for (let k = 1; k < w.length; k++) {
    if (w[k] !== 'it' || !isFree(s, k, k + 1)) continue;
    // "exhibiting at" may be one phrase of the lexicon, the preposition inside the verb's mention
    const inVerb = s.mentions.some((m) => m.end === k && m.t === 'relation');
    const prep = !inVerb && OBJECT_PREPOSITIONS.has(w[k - 1] ?? '') ? k - 1 : k;
    const verb = s.mentions.find((m) => m.end === prep && m.t === 'relation');
    // "sponsoring it": the verb's object; "the event with the most companies attached to it", "for each MBS event, how
    // many companies are linked to it" (read with its question clause first) name what "it" stands for; so does the
    // member a grouping names before it ("for each event ... that has companies linked to it": the event grouped by)
    const ownSet = s.mentions.some(
      (m) =>
        NAMED_PLACES.has(m.t) ||
        (m.t === 'entity' && m.entity === 'events') ||
        (m.t === 'dimension' && GROUPED_MEMBERS.has(m.dim) && m.end <= k),
    );
    if (!verb || ownSet) continue;
    if (prep < k) {
      const p = s.mentions.find((m) => m.start === prep && m.end === k);
      if (p) s.mentions.splice(s.mentions.indexOf(p), 1);
      s.claimed[prep] = false;
    }
    claim(s, prep, k + 1, { t: 'anaphor', entity: null, strong: true });
  }
}
