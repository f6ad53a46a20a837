/**
 * The verb of an imperative request: "please provide the emails of ...", "could you supply the list of ...", "grab me
 * the sales people at ...", "dig up the companies ...", "compile a list of ...". It asks for what follows and is no
 * value of the data: never a job title ("provide" is no slip of "provider"), a name or an unread word. A small
 * grammar, by WordNet's verb classes, not a list of verbs:
 *
 *     request := opener*  verb  particle?  recipient?  object
 *
 * - where: the start of the question or of a clause (after a comma, a colon, a dash);
 * - opener: a politeness or joining word ("please", "ok so"), a greeting, a modal asking the listener ("can you",
 *   "could u please"), a verb asking whether the listener objects, whose object is the request as a gerund ("would
 *   you mind", "do you mind": `REQUEST_GERUND_FRAMES`), or a favour asked and joined to the request ("be a star and",
 *   "do me a favour and", "be so kind as to": `FAVOUR_VERBS`, their words no part of the data);
 * - verb: an unread word whose usual senses (`REQUEST_VERB_SENSES`) are verbs of handing over, getting, showing,
 *   telling or making (`lexicon/verbClassWords.ts` `REQUEST_VERB_FILES`), and no word that leaves something out
 *   ("skip", "ignore": `EXCLUSION_MARKERS`), in its base form or its -ing form ("would you mind pulling ...", "...,
 *   listing each country with ..."), the lemma found by the lemmatiser's rules and exceptions, never by a list of forms;
 * - particle: "up", "out", "together" ("dig up", "pull together"); recipient: "me", "us";
 * - object: a determiner, a number or a noun of data handed over ("the", "a list", "all", "10", "list of"), or a
 *   part of the data read right after the verb ("provide emails of ..."); in that last case the verb must be no noun
 *   nor adjective of its own ("free events", "share prices" name things), or be followed by its recipient ("grab me
 *   emails of ...": no noun takes "me");
 * - before it, "help me" / "let us" ("help me find ...") and, after the recipient, "with" ("provide me with ...").
 *
 * Also "be after" said by the speaker ("I'm after the emails of ...", "what we're after is ..."): wanting, no time.
 */
import {
  FAVOUR_VERBS,
  HEDGE_WORDS,
  QUESTION_WORDS,
  LISTENER_WORDS,
  OBJECT_OPENERS,
  POLITENESS_WORDS,
  REQUEST_CAUSATIVES,
  REQUEST_GERUND_FRAMES,
  REQUEST_MODALS,
  REQUEST_OPENERS,
  REQUEST_PARTICLES,
  SPEAKER_OBJECT_WORDS,
  SPEAKER_POSSESSIVES,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { ARRANGING_VERBS, ORDERING_WORDS } from '../lexicon/aggregateWords';
import { BE_FORMS, TENSE_AUXILIARIES } from '../lexicon/auxiliaryWords';
import { EXCLUSION_MARKERS } from '../lexicon/exclusionWords';
import { GIVEN_DATA_NOUNS } from '../lexicon/refusalWords';
import { SHORTHAND_WORDS } from '../lexicon/shorthandWords';
import { FINDING_OUT_VERB_FILE, REQUEST_VERB_FILES, REQUEST_VERB_SENSES } from '../lexicon/verbClassWords';
import { nounLemma, verbLemma, wordNet } from '../text/language';
import { DATA_MENTIONS, onlyAdverb } from './discourse';
import type { ScanState } from './scan/ScanState';

/** Articles opening the noun phrase of a favour ("be A star", "do me A favour"). */
const FAVOUR_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * The first word of the request after its openers at k (k itself when none), and the words of the frames passed on
 * the way that no filler list reads ("mind" of "would you mind", "star" and "and" of "be a star and"): they are the
 * request's too, released with its verb.
 */
function afterOpeners(s: ScanState, k: number): { at: number; frame: number[] } {
  const { w } = s;
  let j = k;
  const frame: number[] = [];
  for (;;) {
    const x = w[j] ?? '';
    // typed short as well ("pls", "plz": `SHORTHAND_WORDS`)
    if (REQUEST_OPENERS.has(x) || REQUEST_OPENERS.has(SHORTHAND_WORDS[x] ?? '') || POLITENESS_WORDS.has(x)) j++;
    else if (REQUEST_MODALS.has(x) && LISTENER_WORDS.has(w[j + 1] ?? '')) j += 2;
    // "do you mind listing ...": the auxiliary of a question whose verb takes the request as its gerund
    else if (
      TENSE_AUXILIARIES.includes(x) &&
      LISTENER_WORDS.has(w[j + 1] ?? '') &&
      REQUEST_GERUND_FRAMES.has(w[j + 2] ?? '')
    )
      j += 2;
    // "would you mind pulling ...": the frame, when a request verb's gerund follows it
    else if (REQUEST_GERUND_FRAMES.has(x) && gerundOfRequestVerb(w[j + 1] ?? '')) frame.push(j++);
    else {
      const favour = favourEnd(s, j);
      if (favour === j) return { at: j, frame };
      for (let f = j; f < favour; f++) frame.push(f);
      j = favour;
    }
  }
}

/**
 * The end of a favour asked at j and joined to the request after it ("be a star and", "be an absolute angel and",
 * "do me a favour and", "be so kind as to"), j when none: a verb of `FAVOUR_VERBS`, the speaker after "do", an
 * article and one or two words that name nothing of the data, then "and"; or "be so <word> as to". A request verb
 * must follow it (checked by the caller, which reads nothing otherwise).
 */
function favourEnd(s: ScanState, j: number): number {
  const { w } = s;
  if (!FAVOUR_VERBS.has(w[j] ?? '')) return j;
  const plain = (k: number): boolean =>
    /^[a-z]+$/.test(w[k] ?? '') && !s.mentions.some((m) => m.start <= k && k < m.end && DATA_MENTIONS.has(m.t));
  // "be so kind as to send ..."
  if (w[j] === 'be' && w[j + 1] === 'so' && plain(j + 2) && w[j + 3] === 'as' && w[j + 4] === 'to') return j + 5;
  const a = w[j] === 'do' ? j + 1 + (recipient(w[j + 1] ?? '') ? 1 : 0) : j + 1;
  if (w[j] === 'do' && a === j + 1) return j;
  if (!FAVOUR_ARTICLES.has(w[a] ?? '')) return j;
  for (const len of [1, 2]) {
    const and = a + 1 + len;
    const words = Array.from({ length: len }, (_, d) => a + 1 + d);
    if (w[and] === 'and' && words.every(plain)) return and + 1;
  }
  return j;
}

/** True when WordNet reads the word, in its base form, as a verb of handing over, getting, showing or making. */
export function requestVerb(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || verbLemma(word) !== word || EXCLUSION_MARKERS.has(word)) return false;
  const wn = wordNet();
  return wn
    .senses(word, 'verb')
    .slice(0, REQUEST_VERB_SENSES)
    .some((o) => REQUEST_VERB_FILES.has(wn.synset(o, 'verb').lexFile));
}

/**
 * True when the word is the -ing form of a request verb ("listing", "grabbing", "giving"): its lemma, by the
 * lemmatiser's rules and exceptions, is a {@link requestVerb}. The gerund after "would you mind", the participle
 * closing a clause ("..., listing each country with ...") stand where the imperative does.
 * @example gerundOfRequestVerb('pulling') // true ("pull")
 */
export function gerundOfRequestVerb(word: string): boolean {
  if (!/^[a-z]+ing$/.test(word)) return false;
  const lemma = verbLemma(word);
  return lemma !== word && requestVerb(lemma);
}

/** True when the word is a request verb in the base form or in its -ing form. */
function requestVerbForm(word: string): boolean {
  return requestVerb(word) || gerundOfRequestVerb(word);
}

/**
 * True when WordNet's most usual sense of the word, in its base form, is a verb of finding out ("identify",
 * "determine", "figure"), no hedge of belief ("think", "guess").
 */
function findingOutVerb(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || verbLemma(word) !== word || HEDGE_WORDS.has(word)) return false;
  // a verb asking for an order or an arrangement ("rank the events") says how, read only with what to order by
  if (ORDERING_WORDS.includes(word) || ARRANGING_VERBS.includes(word)) return false;
  const wn = wordNet();
  const [first] = wn.senses(word, 'verb');
  return first !== undefined && wn.synset(first, 'verb').lexFile === FINDING_OUT_VERB_FILE;
}

/** True when WordNet knows the word as a verb in its base form ("find", "see"). */
function baseVerb(word: string): boolean {
  return /^[a-z]+$/.test(word) && verbLemma(word) === word && wordNet().senses(word, 'verb').length > 0;
}

/** True when the word is a noun or an adjective too ("share", "free"): it may name what follows it. */
function alsoNominal(word: string): boolean {
  const wn = wordNet();
  return wn.senses(nounLemma(word), 'noun').length > 0 || wn.senses(word, 'adj').length > 0;
}

/**
 * The tokens of imperative request verbs nothing else read (the verb, its particle, its recipient): words about the
 * conversation, not the data.
 */
export function requestVerbTokens(s: ScanState): number[] {
  const { w, claimed, mentions } = s;
  const dataAt = new Array<boolean>(w.length).fill(false);
  for (const m of mentions) if (DATA_MENTIONS.has(m.t)) dataAt[m.start] = true;
  const out: number[] = [];
  const starts = [0, ...s.breaks];
  for (const start of starts) {
    const opened = afterOpeners(s, start);
    let k = opened.at;
    // "help me find ...", "let us see ...": the speaker asks to be helped to the request verb after it
    if (REQUEST_CAUSATIVES.has(w[k] ?? '') && !claimed[k] && recipient(w[k + 1] ?? '')) {
      const v = w[k + 2] === 'to' ? k + 3 : k + 2;
      if (baseVerb(w[v] ?? '')) {
        for (let x = k; x < v; x++) if (!claimed[x]) out.push(x);
        k = v;
      }
    }
    const verb = w[k] ?? '';
    // "Identify sponsors of X": a word that is only a verb (no noun, no adjective) opening the request is its verb,
    // never a theme the events' text happens to hold (it was "sponsors of events mentioning 'identify'")
    const asTheme = mentions.findIndex((m) => m.t === 'topic' && m.start === k && m.end === k + 1);
    const verbOnly = asTheme >= 0 && !alsoNominal(verb);
    const findingOut = !requestVerbForm(verb) && findingOutVerb(verb);
    // a verb another reader took without a mention of its own (a verb of occurrence beside an event's name: "grab the
    // sponsors of X") names nothing either: the request's reading stands
    const taken = claimed[k] && mentions.some((m) => m.start <= k && k < m.end);
    if ((taken && !verbOnly) || (!requestVerbForm(verb) && !findingOut)) continue;
    let j = k + 1;
    const tail: number[] = [];
    while (REQUEST_PARTICLES.has(w[j] ?? '') && !claimed[j]) tail.push(j++);
    const particles = tail.length;
    while (recipient(w[j] ?? '') && !claimed[j]) tail.push(j++);
    // "grab me emails of ...": a verb with its recipient after it is no noun naming what follows
    const toSpeaker = tail.length > particles;
    // "provide me with the emails of ...": the thing given after "with"
    if (tail.length > 0 && w[j] === 'with') {
      if (!claimed[j]) tail.push(j);
      j++;
    }
    // "determine which companies ...", "figure out who sponsors ...": a verb of finding out asks the question after it
    const question = QUESTION_WORDS.has(w[j] ?? '');
    // "consulting firms", "advertising companies": an -ing form with no frame asking for it ("would you mind ...")
    // and a noun of data right after it names a kind of thing; as a request it takes an object ("listing THE ...")
    const bareGerund = !requestVerb(verb) && opened.frame.length === 0 && !toSpeaker;
    const dataObject = dataAt[j] === true && !bareGerund && (!alsoNominal(verb) || toSpeaker);
    if (!objectAt(w, j) && !dataObject && !question) continue;
    if (verbOnly) mentions.splice(asTheme, 1);
    // the frame's words read as a joining word ("and" of "be a star and") join nothing of the data
    for (const f of opened.frame) {
      const joined = mentions.findIndex((m) => m.start === f && m.end === f + 1 && (m.t === 'and' || m.t === 'or'));
      if (joined >= 0) mentions.splice(joined, 1);
    }
    out.push(...opened.frame, k, ...tail);
  }
  // "I'm after the emails of ...": "be after" said by the speaker is wanting; "after" as a time word has a time or an
  // event after it, which the time reader has taken by now
  for (let k = 2; k < w.length; k++) {
    if (w[k] !== 'after' || claimed[k]) continue;
    let b = k - 1;
    while (b > 0 && onlyAdverb(w[b] ?? '')) b--;
    if (!BE_FORMS.has(w[b] ?? '') || !speakerSubjectBefore(w, b)) continue;
    // "what I'm after is the list of ...": the object after the copula of the cleft
    const o = BE_FORMS.has(w[k + 1] ?? '') ? k + 2 : k + 1;
    if (objectAt(w, o) || dataAt[o] === true) out.push(k);
  }
  return out;
}

/** The speaker as the receiver of a request ("grab me the ...", "send us the ..."), not a possessive. */
function recipient(word: string): boolean {
  return SPEAKER_OBJECT_WORDS.has(word) && !SPEAKER_POSSESSIVES.has(word);
}

/** True when an object opens at j: a determiner, a number, or a noun of data handed over ("list", "names"). */
function objectAt(w: readonly string[], j: number): boolean {
  const next = w[j] ?? '';
  return OBJECT_OPENERS.has(next) || /^\d/.test(next) || GIVEN_DATA_NOUNS.includes(next);
}

/** True when the speaker is the subject of the verb at b: "i am", "we're", "what i'm", "my team is". */
function speakerSubjectBefore(w: readonly string[], b: number): boolean {
  const subject = w[b - 1] ?? '';
  return SPEAKER_WORDS.has(subject) || SPEAKER_POSSESSIVES.has(w[b - 2] ?? '');
}
