/**
 * Typing slips the word alone cannot decide, decided by the question around them. A word left unread may be a slip of
 * several of the parser's words ("hwo": "how" or "who", two letters swapped either way; "ther": "there", "their" or
 * "other"), a slip too short for the general allowance ("hve": "have", "fo": "of"), or a real English word typed for a
 * grammar or time word it is one slip from ("form september": "from", "the nest 2 months": "next", "last weak":
 * "week"). Each such word is given the readings it is one slip of; the question is read again with every combination
 * of them, and it is answered when exactly one answer comes out, every word read. Two different answers are a tie,
 * asked back naming the words (`correctSlips.slipTies` and the clarification); no answer leaves the word to be asked
 * about as typed.
 *
 * What a real English word may be respelt into is kept narrow, and only where the words beside it demand it: a
 * grammar word that joins a phrase (a preposition, a copula, a relative pronoun, a negation) or a word of dates
 * (units, months, "next", "last", the time prepositions) beside a date or a number, or a word making one of the
 * parser's phrases with its neighbour ("how man events"); never a filler word standing alone: read as one, the word
 * would vanish and the question be answered without it ("lasting" is no "listing"). A content word the user typed
 * ("sails", "cheap", "call") is never respelt into another content word.
 */
import { FILLER_WORDS } from '../lexicon/fillerWords';
import {
  FROM_END_WORDS,
  MONTHS,
  ONGOING_WORDS,
  PAST_WORDS,
  SEASONS,
  TIME_PREPOSITIONS,
  TIME_UNITS,
  UPCOMING_WORDS,
} from '../lexicon/timeWords';
import { LEXICON } from '../parse/lexiconTable';
import { isEnglishWord } from '../parse/scan/vocabularySpelling';
import { isTypingSlip, missingOne, movedLetter, sameLemma, swappedPair } from '../text/typoTies';

/** Lexicon readings that only join or turn other words: what a real word typed for one of them may be read as. */
const GRAMMAR_READINGS: ReadonlySet<string> = new Set(['prep', 'copula', 'relpron', 'neg', 'and', 'or', 'both']);

/** The single words of dates: units, months, seasons, the time prepositions and the words of "next" / "last" phrases. */
const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    ...TIME_PREPOSITIONS,
    ...Object.keys(TIME_UNITS),
    ...Object.keys(MONTHS),
    ...Object.keys(SEASONS),
    ...FROM_END_WORDS,
    ...[...UPCOMING_WORDS, ...PAST_WORDS, ...ONGOING_WORDS].flatMap((p) => p.split(' ')),
    'next',
    'this',
  ].filter((w) => /^[a-z]+$/.test(w)),
);

const singleWord = (w: string): boolean => /^[a-z]+$/.test(w);

/** Words a real English word may be a slip of: grammar readings of the lexicon and date words, no bare filler. */
const GRAMMAR_POOL: readonly string[] = [
  ...new Set([
    ...[...LEXICON.entries()]
      .filter(([w, readings]) => singleWord(w) && readings.every((r) => GRAMMAR_READINGS.has(r.t)))
      .map(([w]) => w),
    ...DATE_WORDS,
  ]),
];

/** The words of grammar: the lexicon's joining words and the filler words ("the", "are", "for"), no date words. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...GRAMMAR_POOL.filter((w) => !DATE_WORDS.has(w) || FILLER_WORDS.has(w)),
  ...FILLER_WORDS,
]);

/** Words a typed word that is no English word may be a slip of: every single word the parser reads, fillers too. */
const SLIP_POOL: readonly string[] = [
  ...new Set([...[...LEXICON.keys()].filter(singleWord), ...FILLER_WORDS, ...DATE_WORDS].filter(singleWord)),
];

/** Most readings kept for one word: a word one slip from more is no slip anyone could read back. */
const MAX_READINGS = 4;
/** Shortest word read in context: one letter is an initial or a shorthand word. */
const MIN_LETTERS = 2;

/**
 * True when `typed` is one slip of `word` as typing makes them. A word of three letters or fewer keeps every letter
 * (one left out, two swapped: "hve", "hwo", "fo"); a longer one may also strike a neighbouring key, add one or write a
 * vowel for another ("nest": "next", "weak": "week").
 */
function slipOf(typed: string, word: string): boolean {
  if (typed === word || sameLemma(typed, word)) return false;
  if (typed.length <= 3) return missingOne(typed, word) || swappedPair(typed, word);
  return isTypingSlip(typed, word) || movedLetter(typed, word);
}

/**
 * The words an unread typed word may be a slip of, to be tried in the question (empty when none, or too many to
 * tell). A real English word is tried as a grammar or date word (`GRAMMAR_POOL`), or as any word of the parser's that
 * makes one of its phrases with the word typed beside it ("how man events": "how many"); a filler word standing
 * alone is never a reading of one. A word of two letters, or an English word of three, keeps every letter but one
 * left out ("te": "the", "net month": "next", "fo": "of").
 * @example contextReadings('hwo') // ['who', 'how']
 * @example contextReadings('weak') // ['week']
 * @example contextReadings('man', { previous: 'how', next: 'events' }) // ['many']
 * @example contextReadings('sails') // [] (a content word is never respelt into another)
 */
export function contextReadings(typed: string, beside: { previous: string; next: string } = NO_NEIGHBOURS): string[] {
  const w = typed.toLowerCase();
  if (w.length < MIN_LETTERS || !singleWord(w) || typed !== w) return [];
  // WordNet lists many two-letter symbols and abbreviations ("te", "ni"): a word that short is English only when the
  // parser reads it
  const english =
    w.length <= 2 ? FILLER_WORDS.has(w) || LEXICON.has(w) : isEnglishWord(w) || (w.length <= 3 && FILLER_WORDS.has(w));
  // a letter added to a word of two letters may make any short word ("ae": "age"): only a word of grammar is read so
  const near = (x: string): boolean =>
    w.length <= 2 || (english && w.length <= 3)
      ? x !== w && (swappedPair(w, x) || (missingOne(w, x) && (w.length > 2 || FUNCTION_WORDS.has(x))))
      : slipOf(w, x);
  const joins = (x: string): boolean =>
    PHRASE_PAIRS.has(`${beside.previous} ${x}`) || PHRASE_PAIRS.has(`${x} ${beside.next}`);
  // a real word is respelt only where the words beside it demand: a date beside it ("last weak", "nest 2 months",
  // "form september") or a phrase the reading makes with them ("how man events"); "call" is no "fall" elsewhere
  const dated = [beside.previous, beside.next].some((x) => DATE_WORDS.has(x) || /\d/.test(x));
  const found = english
    ? [...new Set([...GRAMMAR_POOL.filter((x) => near(x) && dated), ...SLIP_POOL.filter((x) => near(x) && joins(x))])]
    : SLIP_POOL.filter(near);
  // of many readings only those making a phrase with a neighbour are worth trying
  const joined = found.filter(joins);
  if (found.length > MAX_READINGS) return joined.length <= MAX_READINGS ? joined : [];
  return found;
}

const NO_NEIGHBOURS = { previous: '', next: '' };

/** True for a word of a part left unread that needs no reading of its own: a number, or a word the parser reads. */
export function readsAlone(word: string): boolean {
  const w = word.toLowerCase();
  return /\d/.test(w) || LEXICON.has(w) || FILLER_WORDS.has(w) || DATE_WORDS.has(w);
}

/** Adjacent word pairs of the lexicon's phrases of several words and of the time phrases ("how many", "taken place"). */
const PHRASE_PAIRS: ReadonlySet<string> = new Set(
  [...LEXICON.keys(), ...UPCOMING_WORDS, ...PAST_WORDS, ...ONGOING_WORDS]
    .filter((p) => p.includes(' '))
    .flatMap((p) => p.split(' ').flatMap((x, k, all) => (k > 0 ? [`${all[k - 1] ?? ''} ${x}`] : []))),
);

/**
 * How many of the words read in place of typed ones join a word beside them in one of the parser's phrases ("how
 * many", not "who many"): of several readings that each answer, those whose words go on with their neighbours win.
 * @example phraseJoins('how many events', ['how']) // 1
 */
export function phraseJoins(question: string, respelt: readonly string[]): number {
  const tokens = question
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let joins = 0;
  for (const word of new Set(respelt))
    tokens.forEach((t, i) => {
      if (t !== word) return;
      if (PHRASE_PAIRS.has(`${tokens[i - 1] ?? ''} ${t}`) || PHRASE_PAIRS.has(`${t} ${tokens[i + 1] ?? ''}`)) joins++;
    });
  return joins;
}

/** The words typed just before and after the first occurrence of a word in a question, lower case ('' at the ends). */
export function neighboursIn(question: string, word: string): { previous: string; next: string } {
  const tokens = question
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const k = tokens.indexOf(word.toLowerCase());
  return k < 0 ? NO_NEIGHBOURS : { previous: tokens[k - 1] ?? '', next: tokens[k + 1] ?? '' };
}

/**
 * True when a word read in place of a typed one is a filler word that reads nothing and ends the question ("companies
 * in ery": "every", "sponsors from thks"): it stands where a value was to come, and read as the filler it would vanish
 * from the answer; the typed word is asked about instead.
 * @example endsOnBareFiller('companies in every', ['every']) // true
 */
export function endsOnBareFiller(question: string, respelt: readonly string[]): boolean {
  const tokens = question
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const last = tokens[tokens.length - 1] ?? '';
  return respelt.includes(last) && FILLER_WORDS.has(last) && !LEXICON.has(last);
}
