import { CONSTITUENT_PLACES, COUNTRY_CODE_WORDS } from '../lexicon/countryWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { LEXICON } from '../parse/lexiconTable';
import { VAGUE_NOUNS } from '../lexicon/vagueNounWords';
import { stateCodeCandidates } from '../parse/scan/stateCodes';
import { normKey } from '../text/tokenize';
import { wordNet } from '../text/language';
import { editDistance } from '../text/spelling';
import type { ValueIndex } from '../values/ValueIndex';

/** A reading the user may have meant for an unmapped part: what to show, and the words that read that way. */
export interface Candidate {
  label: string;
  replacement: string;
}

const MAX_CANDIDATES = 4;

/** Each word of the part equal to, or (4+ letters) one edit from, the word of the key at the same place. */
function near(part: readonly string[], key: string): boolean {
  const words = key.split(' ');
  if (words.length !== part.length) return false;
  return words.every((w, k) => {
    const p = part[k] ?? '';
    return w === p || (p.length >= 4 && w.length >= 4 && editDistance(p, w, 1) <= 1);
  });
}

/**
 * A word of a closed class (a determiner, pronoun, preposition or conjunction: "each", "some", "with", "their"): a word
 * the parser knows as filler that WordNet lists as no noun and no verb (WordNet holds only the open classes; such a
 * word is at most an adverb or an adjective there). It is never a slip of a name: "each" is no "DACH" (Austria).
 */
function closedClass(word: string): boolean {
  const wn = wordNet();
  return FILLER_WORDS.has(word) && wn.senses(word, 'noun').length === 0 && wn.senses(word, 'verb').length === 0;
}

/**
 * Readings close to an unmapped part of a question, for the options of a clarification: countries, events
 * and companies of the database and phrases of the lexicon one typing slip away (per word, 4+ letters).
 * @example findCandidates(['australa'], index) // [{ label: 'the country Australia', replacement: 'Australia' }]
 */
export function findCandidates(part: readonly string[], index: ValueIndex): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (label: string, replacement: string): void => {
    if (seen.has(label) || out.length >= MAX_CANDIDATES) return;
    seen.add(label);
    out.push({ label, replacement });
  };
  // a country's code that is also a name's acronym ("ITA"): the country and the named event or company
  const code = part.length === 1 ? COUNTRY_CODE_WORDS.find((c) => c.code === part[0]) : undefined;
  if (code) {
    const named = index.events.get(code.code) ?? index.companies.get(code.code);
    if (named) {
      push(`the country ${code.name}`, code.name);
      const kind = index.events.has(code.code) ? 'event' : 'company';
      for (const name of named.names) push(`the ${kind} ${name}`, name);
    }
  }
  // a name with a year the data holds no edition of ("itb asia 2025"): the editions it holds
  const words = part.join(' ').split(' ');
  const year = words.length >= 2 ? Number(words[words.length - 1]) : NaN;
  const named = Number.isInteger(year) && year > 1900 ? index.events.get(words.slice(0, -1).join(' ')) : undefined;
  for (const id of named?.ids ?? []) {
    const facts = index.eventFacts.get(id);
    const name = named?.names[0] ?? '';
    if (facts) push(`the event ${name}${facts.start ? ` (starting ${facts.start})` : ''}`, name);
    // the same edition is not offered again under its bare name
    seen.add(`the event ${name}`);
  }
  // a state's code several places share ("TN": Tennessee or Tamil Nadu; "CA": California or Canada)
  if (part.length === 1) for (const c of stateCodeCandidates(part[0] ?? '', index)) push(c.label, c.replacement);
  if (part.length === 0 || part.every((w) => w.length < 4)) return out;
  // the vocabulary's own words may still be near a closed-class word ("what": "that"), the data's values never are
  const closed = part.every(closedClass);
  if (!closed) pushValues(part, index, push, out.length);
  // a part the vocabulary holds as typed is known, only misplaced: its neighbours ("relation type" for "relation
  // types") are no other reading of it
  if (LEXICON.has(part.join(' '))) return out;
  // a vague noun ("stuff", "things") stands for whatever fits: no slip of a data word one letter away ("staff")
  if (part.length === 1 && VAGUE_NOUNS.has(part[0] ?? '')) return out;
  for (const key of LEXICON.keys()) if (near(part, key) && !part.includes(key)) push(`"${key}"`, key);
  return out;
}

/**
 * The data's values one slip from the part (countries, parts of countries, states, events and companies); the names
 * holding its words when none is and nothing was offered before (`already`).
 */
function pushValues(
  part: readonly string[],
  index: ValueIndex,
  push: (label: string, replacement: string) => void,
  already: number,
): void {
  let pushed = already;
  const add = (label: string, replacement: string): void => {
    pushed++;
    push(label, replacement);
  };
  for (const [key, hit] of index.countries) if (near(part, key)) add(`the country ${hit.names[0] ?? key}`, key);
  // a part of a country ("Scotland"): the whole country, or the state column's value where the data holds it
  for (const place of CONSTITUENT_PLACES)
    if (near(part, normKey(place.name))) add(`all of ${place.country}`, place.country);
  for (const [key, hit] of index.states)
    if (near(part, key) && index.states.has(`state of ${key}`)) add(`the state ${hit.label}`, `state of ${key}`);
  for (const [key, hit] of index.events)
    if (near(part, key)) add(`the event ${hit.names[0] ?? key}`, hit.names[0] ?? key);
  for (const [key, hit] of index.companies)
    if (near(part, key)) add(`the company ${hit.names[0] ?? key}`, hit.names[0] ?? key);
  // the part's words are words of a few names ("nec" of two "NEC Corporation ..." companies): each of those names
  if (pushed === 0) for (const c of namesHolding(part, index)) add(c.label, c.replacement);
}

/**
 * The events and companies whose names hold every word of the part as a word of their own, when there are a few
 * (more would be no reading of the part, only a list): "nec" -> NEC Corporation India and NEC Corporation of
 * America. Words of the vocabulary, filler words and words common in the data's text name nothing by themselves.
 */
export function namesHolding(part: readonly string[], index: ValueIndex): Candidate[] {
  const words = part.filter((w) => !FILLER_WORDS.has(w));
  if (words.length === 0 || words.some((w) => w.length < 2)) return [];
  // one word must be no ordinary word ("high", "capital" are rather words of the sentence); several words typed
  // together are a phrase of the names, in order, and need one word outside the vocabulary
  const phrase = words.length >= 2 && part.length === words.length;
  const ordinary = (w: string): boolean => LEXICON.has(w) || index.commonWords.has(w) || w.length < 3;
  if (phrase ? words.every((w) => LEXICON.has(w)) : words.some(ordinary)) return [];
  const found = index.named.filter((e) => {
    const own = normKey(e.name).split(' ');
    return phrase ? ` ${own.join(' ')} `.includes(` ${words.join(' ')} `) : words.every((w) => own.includes(w));
  });
  if (found.length < 2 || found.length > MAX_CANDIDATES) return [];
  return found.map((e) => ({ label: `the ${e.kind} ${e.name}`, replacement: e.name }));
}
