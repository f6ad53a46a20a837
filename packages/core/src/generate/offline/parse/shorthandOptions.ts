/**
 * What written shorthand, clipped words and British / American spellings may expand to, for one value index:
 * the parser's vocabulary (every word of the lexicon's phrases), the words that name something in the data
 * (never rewritten), and the words the data itself spells, names first (venues, events, industries, tags),
 * then running text (descriptions), which a spelling variant lands on ("center" is read as the venue's "centre").
 */
import { FILLER_WORDS } from '../lexicon/fillerWords';
import type { ShorthandOptions } from '../text/expandShorthand';
import { inWordNet, nounLemma } from '../text/language';
import { chiefTitles } from './scan/chiefTitles';
import { titlePersonWords } from './scan/titleWords';
import { isDataName, type ValueIndex } from '../values/ValueIndex';
import { isContraction } from '../text/contractedWords';
import { normKey } from '../text/tokenize';
import { abbreviates } from '../lexicon/nameWordAbbreviations';
import { INDEFINITE_OBJECT_WORDS, PERSON_PRONOUNS } from '../lexicon/fillerWords';
import { ONGOING_WORDS, PAST_WORDS, TIME_PREPOSITIONS, TIME_UNITS, UPCOMING_WORDS } from '../lexicon/timeWords';
import { LEXICON, LEXICON_PHRASES } from './lexiconTable';

/**
 * Every word of the lexicon's phrases, the indefinite words the parser reads ("anything", "anyone"), the words
 * of its time phrases ("upcoming") and its time prepositions ("through"), which a dropped final g ("anythin",
 * "upcomin"), a skeleton or a simplified spelling ("thru") may stand for.
 */
const TIME_PHRASES: readonly string[] = [...UPCOMING_WORDS, ...PAST_WORDS, ...ONGOING_WORDS];
const VOCABULARY: ReadonlySet<string> = new Set([
  ...[...LEXICON_PHRASES].flatMap((p) => p.split(' ')),
  ...INDEFINITE_OBJECT_WORDS,
  ...PERSON_PRONOUNS,
  ...TIME_PHRASES.flatMap((p) => p.split(' ')),
  ...TIME_PREPOSITIONS,
]);

/** The words a slip keeping every letter may land on: the vocabulary and the filler words ("Lisst": "list"). */
const SLIP_VOCABULARY: ReadonlySet<string> = new Set([...VOCABULARY, ...FILLER_WORDS]);

/** Every phrase the parser reads whole: the lexicon's, the indefinite words, the pronouns and the time phrases. */
const WHOLE_PHRASES: ReadonlySet<string> = new Set([
  ...LEXICON_PHRASES,
  ...INDEFINITE_OBJECT_WORDS,
  ...PERSON_PRONOUNS,
  ...TIME_PHRASES,
]);

/**
 * True for a word the parser knows only as a part of longer phrases ("taken" of "has taken place"): alone it carries
 * nothing, so a guessed reading may land on it only where the phrase goes on ("tkn" read as "taken" would make the
 * token the user typed vanish from "companies in tkn").
 */
export function isPhrasePartOnly(word: string): boolean {
  return VOCABULARY.has(word) && !WHOLE_PHRASES.has(word) && !LEXICON.has(word) && !FILLER_WORDS.has(word);
}

/** True when two vocabulary words share a reading in the lexicon ("company" / "companies": the companies). */
export function sameMeaning(a: string, b: string): boolean {
  const x = new Set((LEXICON.get(a) ?? []).map((r) => JSON.stringify(r)));
  return (LEXICON.get(b) ?? []).some((r) => x.has(JSON.stringify(r)));
}

function wordsOf(phrases: Iterable<string>): string[] {
  return [...phrases].flatMap((p) => p.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 0);
}

/** Readings that only join or point at other words: a preposition, a copula, a relative pronoun. */
const JOINING_READINGS: ReadonlySet<string> = new Set(['prep', 'copula', 'relpron']);

/**
 * True for a word that carries nothing by itself: every lexicon reading of it only joins other words ("inside",
 * "with", "are"), or it is a filler word with no reading at all ("the", "how").
 */
export function isContentless(word: string): boolean {
  const readings = LEXICON.get(word);
  if (readings) return readings.every((r) => JOINING_READINGS.has(r.t));
  return FILLER_WORDS.has(word);
}

/** The options of `expandShorthand` over this index (built once per generator). */
/**
 * True when WordNet lists the word, or the singular of it when typed as a plural noun ("colleges"): WordNet lists
 * lemmas only, and a plural it does not list as typed was read as a skeleton of another word ("colleagues").
 */
export function inWordNetAnyNumber(word: string): boolean {
  if (inWordNet(word)) return true;
  const singular = nounLemma(word);
  return singular !== word && inWordNet(singular);
}

/** Fewest letters of a name's word typed cut short or contracted that may stand for it after the word before it. */
const MIN_SHORTENED = 3;
/** Most answers kept of `continuesName` (one generator reads many questions). */
const CONTINUES_CACHE_LIMIT = 4096;

/**
 * The words `word` shortens (contracted, cut or a general abbreviation: "brd", "intl", "assn") that follow `previous`
 * in some event or company name of the data ("tourism brd": "board" of Singapore Tourism Board). `previous` must be
 * a word of content (no filler word), so that the pair is the name's own. Read once per pair.
 */
export function nameContinuation(index: ValueIndex): (previous: string, word: string) => readonly string[] {
  const following = new Map<string, Set<string>>();
  for (const n of index.named) {
    const words = normKey(n.name.replace(/[()]/g, ' ')).split(' ').filter(Boolean);
    for (let k = 0; k + 1 < words.length; k++) {
      const [a = '', b = ''] = [words[k], words[k + 1]];
      if (a.length < MIN_SHORTENED || FILLER_WORDS.has(a) || b.length <= MIN_SHORTENED) continue;
      let set = following.get(a);
      if (!set) following.set(a, (set = new Set()));
      set.add(b);
    }
  }
  const cache = new Map<string, readonly string[]>();
  return (previous, word) => {
    if (word.length < MIN_SHORTENED || previous === '') return [];
    const next = following.get(previous);
    if (!next) return [];
    const key = `${previous} ${word}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = [...next].filter(
        (b) => b !== word && (isContraction(word, b) || b.startsWith(word) || abbreviates(word, b, [b])),
      );
      if (cache.size >= CONTINUES_CACHE_LIMIT) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
}

export function shorthandOptions(index: ValueIndex): ShorthandOptions {
  // a person noun of the job titles ("chefs", "deans") or a chief title's short form ("ccos") is the data's word
  const isDataWord = (word: string): boolean =>
    isDataName(index, word) ||
    index.tags.some((t) => t.words.includes(word)) ||
    titlePersonWords(index).has(nounLemma(word)) ||
    chiefTitles(index).has(word.replace(/s$/, ''));
  // the data's names come first: "center" is read as the venue's "centre" even if some description says "center"
  const names = new Set<string>([
    ...wordsOf(index.venues.keys()),
    ...wordsOf(index.events.keys()),
    ...wordsOf(index.eventNameWords.keys()),
    ...index.industries.flatMap((i) => i.tokens),
    ...index.tags.flatMap((t) => t.words),
  ]);
  const text = new Set<string>([
    ...VOCABULARY,
    ...index.eventWords.keys(),
    ...index.commonWords,
    ...index.tags.flatMap((t) => t.descWords),
  ]);
  return {
    vocabulary: VOCABULARY,
    phrases: LEXICON_PHRASES,
    isDataWord,
    continuesName: nameContinuation(index),
    isCountryCodeOnly: (word) =>
      index.countries.get(word)?.strict === true &&
      !index.events.has(word) &&
      !index.companies.has(word) &&
      !index.cities.has(word),
    isEnglish: inWordNetAnyNumber,
    knownSpellings: [(w) => names.has(w), (w) => text.has(w)],
    sameMeaning,
    isContentless,
    isPhrasePartOnly,
    slipVocabulary: SLIP_VOCABULARY,
    isRowNoun: (word) => (LEXICON.get(word) ?? []).some((r) => r.t === 'entity') || TIME_UNITS[word] !== undefined,
  };
}
