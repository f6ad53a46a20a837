/**
 * Taking part said by what a company or person does there: a verb with the thing taken or given as its object.
 *
 * - a verb of taking or holding (`TAKING_VERB_LEMMAS`: take, book, rent, reserve, secure, have, get...) before a place
 *   an exhibitor holds ("a stand", "booths", `EXHIBIT_PLACE_NOUNS`) or an area named by the floor or the stand
 *   ("exhibition space", "floor space", `EXHIBIT_AREA_NOUNS` after `EXHIBIT_AREA_MODIFIERS`) is the exhibitor
 *   relation: "organisations that have taken exhibition space at X", "who booked a booth at Y";
 * - a verb of giving to an audience (`GIVING_VERB_LEMMAS`: give, deliver, present, run, host...) before a talk
 *   (`TALK_NOUN_LEMMAS`: talk, keynote, presentation, workshop, panel...) is the speaker relation: "the companies giving
 *   talks at X", "firms delivering a keynote", "who is running workshops at Y".
 *
 * Only where the verb is said of companies or people: its subject (past auxiliaries, "also", a relative pronoun) is a
 * noun of companies or people, a company's name, or "who" ("events that host workshops" keep their words: an event is
 * no participant). The verb and its object are read as one relation mention, as "exhibiting" / "speaking" are; the
 * event after "at" is read by the other readers. Read before the themes, which took "talks", "presentations" or
 * "space" as words of the events' text, and before the lexicon, which had no reading for "taken" or "giving".
 */
import {
  EXHIBIT_AREA_MODIFIERS,
  EXHIBIT_AREA_NOUNS,
  EXHIBIT_PLACE_NOUNS,
  GIVING_VERB_LEMMAS,
  TAKING_VERB_LEMMAS,
  TALK_MODIFIERS,
  TALK_NOUN_LEMMAS,
} from '../../lexicon/relationWords';
import { BE_FORMS } from '../../lexicon/auxiliaryWords';
import type { Relation } from '../../ir/Request';
import { nounLemma, verbLemma } from '../../text/language';
import { LEXICON } from '../lexiconTable';
import { exhibitFloorEnd } from './heldRelations';
import { claim, type ScanState } from './ScanState';

/** Words between a subject and its verb: auxiliaries, adverbs of time, relative pronouns ("that have already"). */
const BEFORE_VERB: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  've',
  'will',
  'll',
  'would',
  'also',
  'already',
  'currently',
  'actually',
  'all',
  'both',
  'that',
  'which',
  'who',
  'got',
]);
/** Pronouns that are a subject of people or companies themselves ("who has taken a booth", "anyone giving a talk"). */
const PARTICIPANT_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whoever', 'anyone', 'anybody', 'everyone']);
/** Determiners before the object ("a stand", "their own booth", "any talks"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'some', 'their', 'its', 'own']);

/**
 * True when tokens [a, b) are unread, or read only by the token rewrites of one word each: a word WordNet took for a
 * noun of events ("presentations", "talks": a kind of event) or a theme word ("delivering"), which the verb and its
 * object read together replace.
 */
function overridable(s: ScanState, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (!s.claimed[k]) continue;
    const m = s.mentions.find((x) => x.start <= k && k < x.end);
    if (!m || m.start < a || m.end > b || m.end - m.start !== 1) return false;
    if (m.t !== 'topic' && !(m.t === 'entity' && m.entity === 'events')) return false;
  }
  return true;
}

/** A noun of companies or people (the lexicon's entity readings). */
function participantNoun(word: string): boolean {
  return (
    LEXICON.get(word)?.some((r) => r.t === 'entity' && (r.entity === 'companies' || r.entity === 'people')) ?? false
  );
}

/** True when the verb at `verb` is said of companies or people: its subject read back past auxiliaries. */
function saidOfParticipants(s: ScanState, verb: number): boolean {
  for (let j = verb - 1; j >= 0 && verb - j <= 5; j--) {
    const word = s.w[j] ?? '';
    if (participantNoun(word)) return true;
    if (s.mentions.some((m) => m.end === j + 1 && (m.t === 'company' || m.t === 'person'))) return true;
    if (PARTICIPANT_PRONOUNS.has(word) && !participantNoun(s.w[j - 1] ?? '')) return true;
    if (!BEFORE_VERB.has(word) || s.breaks.has(j + 1)) return false;
  }
  return false;
}

/** The end of an exhibitor's place from token `k` ("a stand", "exhibition space", "floor space"), or null. */
function exhibitPlaceEnd(s: ScanState, k: number): number | null {
  const word = s.w[k] ?? '';
  if (EXHIBIT_PLACE_NOUNS.has(word)) return k + 1;
  let j = k;
  while (EXHIBIT_AREA_MODIFIERS.has(s.w[j] ?? '') && j - k < 2) j++;
  if (j > k && (EXHIBIT_AREA_NOUNS.has(s.w[j] ?? '') || EXHIBIT_PLACE_NOUNS.has(s.w[j] ?? ''))) return j + 1;
  return null;
}

/** The end of a talk from token `k` ("talks", "a keynote speech", "an opening address", "panel sessions"), or null. */
function talkEnd(s: ScanState, k: number): number | null {
  let j = k;
  let end: number | null = null;
  while (j < s.w.length && j - k < 3) {
    // the word as typed: the token rewrites may have replaced a noun WordNet files under events ("presentations")
    const word = (s.tokens[j]?.raw ?? '').toLowerCase();
    if (TALK_NOUN_LEMMAS.has(nounLemma(word))) end = j + 1;
    else if (!TALK_MODIFIERS.has(word)) break;
    j++;
  }
  // "an address" alone is a postal or web address: a talk only under a modifier ("an opening address") or after a
  // verb of delivering
  return end;
}

export function readParticipationActs(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length - 1; i++) {
    const lemma = verbLemma(w[i] ?? '');
    const taking = TAKING_VERB_LEMMAS.has(lemma);
    const giving = GIVING_VERB_LEMMAS.has(lemma);
    if ((!taking && !giving) || !overridable(s, i, i + 1)) continue;
    let k = i + 1;
    // "have got a stand": the second verb of a perfect
    if (w[k] === 'got') k++;
    while (OBJECT_DETERMINERS.has(w[k] ?? '') && k - i < 4) k++;
    let relations: Relation[] | null = null;
    let end: number | null = null;
    if (taking) {
      end = exhibitPlaceEnd(s, k);
      // "a stand in the exhibition hall": the floor the stand is on is no condition of its own
      if (end !== null) {
        end = exhibitFloorEnd(s, end);
        relations = ['exhibitor'];
      }
    }
    if (end === null && giving) {
      end = talkEnd(s, k);
      // "address" alone (a postal or web address) is a talk only after a verb of delivering one
      if (end !== null && w[end - 1]?.startsWith('address') && end - k === 1 && !['give', 'deliver'].includes(lemma))
        end = null;
      if (end !== null) relations = ['speaker'];
    }
    if (end === null || relations === null || !overridable(s, i, end) || !saidOfParticipants(s, i)) continue;
    for (const m of s.mentions.filter((x) => x.start >= i && x.end <= end)) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let q = i; q < end; q++) s.claimed[q] = false;
    claim(s, i, end, { t: 'relation', relations, ambiguous: false });
    i = end - 1;
  }
}
