/**
 * Requests for some members of a set ("give me a few examples of fintech companies", "show me 3 sample companies at
 * X", "an example of a sponsor", "show me 5 of them", "any names?"): an `examples` mention with the number asked
 * (null when none is given: the whole set is listed). The build step lists the set (the earlier turn's set in a
 * follow-up that names none) and cuts it to that number. Runs after the lexicon pass, so the nouns of the set are
 * known; "names" counts only when nothing else in the question names what is asked ("any names?" after a count).
 */
import {
  EXAMPLE_DETERMINERS,
  EXAMPLE_NOUNS,
  FEW_QUANTIFIERS,
  NAME_NOUNS,
  ONE_EXAMPLE,
} from '../../lexicon/exampleWords';
import type { Mention } from '../Mention';
import { type ScanState, claim } from './ScanState';
import { BE_CONTRACTED_FORMS, BE_WRITTEN_FORMS } from '../../lexicon/auxiliaryWords';

const split = (list: readonly string[]): string[][] =>
  list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
const FEW = split(FEW_QUANTIFIERS);
const DETERMINERS = split(EXAMPLE_DETERMINERS);
/** Mentions that may stand between a quantifier and the noun of its set ("a few fintech companies"). */
const MODIFIERS = new Set<Mention['t']>([
  'topic',
  'country',
  'city',
  'state',
  'function',
  'seniority',
  'title',
  'cond',
]);
/** Mentions that say what is asked about: "names" then asks for nothing of its own. */
const ASKED = new Set<Mention['t']>(['entity', 'who', 'event', 'company', 'person', 'function', 'seniority', 'title']);
/** "5 of them", "3 of the sponsors": the set the number is taken from. */
const SET_AFTER_OF = new Set(['them', 'those', 'these', 'the']);
/** Determiners between "examples of" and the set's noun. */
const SET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'your', 'all', 'any']);
/** "examples of those": the "of" stays with the anaphor (a set of the earlier turn). */
const ANAPHORS = new Set(['them', 'those', 'these']);

/** The phrase of `phrases` ending right before token `end` (unclaimed), as its start, or -1. */
function phraseBefore(s: ScanState, end: number, phrases: readonly string[][]): number {
  for (const p of phrases) {
    const a = end - p.length;
    if (a >= 0 && p.every((x, k) => s.w[a + k] === x && !s.claimed[a + k])) return a;
  }
  return -1;
}

/** The phrase of `phrases` starting at token `i` (unclaimed), as its length, or 0. */
function phraseAt(s: ScanState, i: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (p.every((x, k) => s.w[i + k] === x && !s.claimed[i + k])) return p.length;
  return 0;
}

/** A people word said as the noun of the set ("a few CEOs", "a couple of recruiters"). */
const isPeopleNoun = (m: Mention): boolean =>
  m.t === 'title' || ((m.t === 'function' || m.t === 'seniority') && m.noun);

/** Words that may close an elliptical request ("list a few please", "show a couple more"). */
const CLOSING_WORDS: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'more', 'too', 'then', 'thanks']);

/** Verbs (and their objects) right before a number of rows asked: "list 5", "give me 10", "show us 3". */
const LISTING_VERBS: ReadonlySet<string> = new Set(['list', 'give', 'show', 'name', 'find', 'get', 'pull', 'me', 'us']);

/** True when the noun of a set (after modifiers) starts at token `j`. */
function nounAfter(s: ScanState, j: number): boolean {
  let k = j;
  for (let m = mentionAt(s, k); m && MODIFIERS.has(m.t) && !isPeopleNoun(m); m = mentionAt(s, k)) k = m.end;
  const noun = mentionAt(s, k);
  return noun !== undefined && (noun.t === 'entity' || noun.t === 'who' || isPeopleNoun(noun));
}

const isNumber = (s: ScanState, i: number): boolean => /^\d+$/.test(s.w[i] ?? '') && !s.claimed[i];

/** The mention starting at token `i`. */
const mentionAt = (s: ScanState, i: number): Mention | undefined => s.mentions.find((m) => m.start === i);

/** The quantity before an example noun at `i`: [first token, limit]. */
function quantityBefore(s: ScanState, i: number): [number, number | null] {
  if (isNumber(s, i - 1)) return [i - 1, Number(s.w[i - 1])];
  const few = phraseBefore(s, i, FEW);
  if (few >= 0) return [few, null];
  const det = phraseBefore(s, i, DETERMINERS);
  if (det >= 0) return [det, null];
  // "an example of", "one sample": a noun in the singular asks for one
  if (ONE_EXAMPLE.has(s.w[i - 1] ?? '') && !s.claimed[i - 1] && !(s.w[i] ?? '').endsWith('s')) return [i - 1, 1];
  return [i, null];
}

/**
 * The example nouns and the numbers taken of a set ("3 sample", "a few examples of", "5 of them"): read before the
 * themes, so the words after "examples of" are never a theme ("examples of the sponsors").
 */
export function readExampleNouns(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i]) continue;
    const word = w[i] ?? '';
    // "3 sample companies", "a few examples of X"
    if (EXAMPLE_NOUNS.has(word)) {
      readExampleNoun(s, i);
      continue;
    }
    // "show me 5 of them", "give me 3 of the sponsors": the number asked of a set said after it
    if (isNumber(s, i) && w[i + 1] === 'of' && SET_AFTER_OF.has(w[i + 2] ?? '') && !membershipOne(s, i)) {
      claim(s, i, i + 1, { t: 'examples', limit: Number(word) });
    }
  }
}

/** Forms of "be" (and "as") before a complement: "they're one of ...", "X is one of ...", "as one of ...". */
const COMPLEMENT_LEADS: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS.filter((x) => x !== 'am'),
  ...BE_CONTRACTED_FORMS.filter((x) => x !== 'm'),
  'as',
]);

/**
 * "they're one of the X sponsors", "blis is one of the ...", "as one of the partners": "one of" as the complement of
 * "be" (or after "as") says the subject belongs to the set (its membership, a condition on the subject said
 * elsewhere), never a request for one row of it.
 */
function membershipOne(s: ScanState, i: number): boolean {
  if (s.w[i] !== '1') return false;
  const before = s.w[i - 1] ?? '';
  return COMPLEMENT_LEADS.has(before) || s.mentions.some((m) => m.t === 'copula' && m.end === i);
}

/** An example noun at `i` with the quantity before it and the "of" (and a number) after it. */
function readExampleNoun(s: ScanState, i: number): void {
  const { w } = s;
  const [start, limit] = quantityBefore(s, i);
  let end = w[i + 1] === 'of' && !s.claimed[i + 1] && !ANAPHORS.has(w[i + 2] ?? '') ? i + 2 : i + 1;
  // "examples of the sponsors": the determiner is the phrase's, never a theme before the set's noun
  while (end === i + 2 && SET_DETERMINERS.has(w[end] ?? '') && !s.claimed[end]) end++;
  claim(s, start, end, { t: 'examples', limit });
  // "a sample of 4 people": the number after the noun is the one asked (read after, it is the one kept)
  if (w[i + 1] === 'of' && isNumber(s, i + 2)) claim(s, i + 2, i + 3, { t: 'examples', limit: Number(w[i + 2]) });
}

/**
 * What needs the nouns of the question read (after the lexicon): "any names?" when nothing else names what is asked,
 * a number after a verb of listing before the set's noun, an unstated few before it.
 */
export function readExampleRequests(s: ScanState): void {
  const { w } = s;
  const asksSomething = s.mentions.some((m) => ASKED.has(m.t));
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i]) continue;
    const word = w[i] ?? '';
    // "any names?", "what are their names?" after a count
    if (NAME_NOUNS.has(word) && !asksSomething) {
      const [start, limit] = quantityBefore(s, i);
      claim(s, start, i + 1, { t: 'examples', limit });
      continue;
    }
    // "give me 10 companies at X", "list 5 events in Singapore": a number after a verb of listing, before the set
    if (isNumber(s, i) && (i === 0 || LISTING_VERBS.has(w[i - 1] ?? '')) && nounAfter(s, i + 1)) {
      claim(s, i, i + 1, { t: 'examples', limit: Number(word) });
      continue;
    }
    // "a few fintech companies", "a couple of sponsors": an unstated few of the set named next
    const few = phraseAt(s, i, FEW);
    // ... of the set asked, never of a clause's object ("companies at few events"): a count there (more than one,
    // `scanQuantity`), else a word asked about, not a list of the question's set with the quantifier dropped
    const ofObject = s.mentions.some((m) => (m.t === 'relation' || m.t === 'prep') && m.end === i);
    if (few > 0 && !ofObject) {
      // the lexicon already read the "of" of "a couple of" as a preposition: the set's noun follows it
      let j = i + few;
      if (w[j] === 'of' && mentionAt(s, j)?.t === 'prep') j++;
      // "list a few", "can you show a couple?": with no noun said, a few of the earlier turn's set
      const elliptical = !asksSomething && w.slice(i + few).every((x) => CLOSING_WORDS.has(x));
      if (nounAfter(s, j) || elliptical) {
        claim(s, i, i + few, { t: 'examples', limit: null });
        i += few - 1;
      }
    }
  }
}
