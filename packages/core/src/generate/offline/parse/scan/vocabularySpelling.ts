/**
 * Misspelt vocabulary words ("confernces", "sponsered", "exhibtors", "compnies"): a word no recogniser knows
 * and that is no English word (WordNet does not list it) is read as the vocabulary word nearest to it within
 * the spelling allowance (`text/spelling.ts`). A tie between words of different meanings is not guessed:
 * the token becomes an `unclear` mention with the candidates.
 */
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { nounLemma, verbLemma, wordNet } from '../../text/language';
import { SLIP_DETERMINERS, SLIP_PREPOSITIONS } from '../../lexicon/fillerWords';
import { nearestWords } from '../../text/spelling';
import { isTypingSlip, likeliestTypos, missingOne } from '../../text/typoTies';
import { HOLIDAYS } from '../../lexicon/holidays';
import {
  MONTHS,
  NUMBER_SCALE_WORDS,
  ONGOING_WORDS,
  ORDINAL_WORDS,
  PAST_WORDS,
  SEASONS,
  TIME_PREPOSITIONS,
  TIME_UNITS,
  TOWARDS_WORDS,
  UPCOMING_WORDS,
  VAGUE_COUNTS,
} from '../../lexicon/timeWords';
import { WORD_NUMBERS, type Token } from '../../text/tokenize';
import { DATE_INTRODUCERS } from '../periods';

/** One-word vocabulary phrases and month names, the words a typo may stand for (built once). */
const VOCABULARY: readonly string[] = [...LEXICON.keys(), ...Object.keys(MONTHS)].filter(
  (k) => !k.includes(' ') && /^[a-z]{5,}$/.test(k),
);

/**
 * Grammar words of time and quantity phrases that a typo may stand for ("befor", "alredy", "thousnd"). They are no
 * lexicon readings of their own, so a word read as one of them must be used by the phrase around it: a word of a
 * time phrase ("palce" of "taken place") only where a neighbour of it continues that phrase, the prepositions and
 * number scales wherever they stand (the time and quantity readers ask for their object).
 */
const TIME_PHRASES: readonly string[] = [...UPCOMING_WORDS, ...PAST_WORDS, ...ONGOING_WORDS];
/**
 * The phrases whose words a slip may stand for where a neighbour continues the phrase: the time phrases and the
 * lexicon's phrases of several words ("customer sudcess", "takig part"), whose words read nothing alone.
 */
const PHRASES: readonly string[] = [...TIME_PHRASES, ...[...LEXICON.keys()].filter((k) => k.includes(' '))];
const PHRASE_PAIRS: ReadonlySet<string> = new Set(
  PHRASES.flatMap((p) => p.split(' ').flatMap((x, k, all) => (k > 0 ? [`${all[k - 1] ?? ''} ${x}`] : []))),
);
/**
 * Words of dates, written with a capital in English: months and one-word holidays ("Novmeber", "Chrstmas"). A
 * capitalised word is otherwise a name, never respelt as a word; these are the words a capital may stand for.
 */
const PROPER_CALENDAR_WORDS: readonly string[] = [
  ...Object.keys(MONTHS),
  ...HOLIDAYS.flatMap((h) => h.names).filter((x) => !x.includes(' ')),
];
/**
 * The other words of date phrases ("wintr", "scond half", "fortngiht", "next cuple of months"): seasons, ordinals,
 * units and vague counts. Like the prepositions, each is read by the date readers only with its phrase around it.
 */
const CALENDAR_WORDS: readonly string[] = [
  ...PROPER_CALENDAR_WORDS,
  ...TOWARDS_WORDS,
  ...Object.keys(SEASONS),
  ...Object.keys(ORDINAL_WORDS),
  ...Object.keys(TIME_UNITS),
  ...Object.keys(VAGUE_COUNTS),
];
const STANDALONE_GRAMMAR: readonly string[] = [
  ...TIME_PREPOSITIONS,
  ...NUMBER_SCALE_WORDS,
  ...CALENDAR_WORDS,
  // numbers written as words ("the coming tgree months"), read as their digits as the tokenizer reads them
  ...Object.keys(WORD_NUMBERS),
];
const GRAMMAR_WORDS: readonly string[] = [
  ...new Set([...STANDALONE_GRAMMAR, ...PHRASES.flatMap((p) => p.split(' '))]),
].filter((k) => /^[a-z]{5,}$/.test(k));

const CACHE_LIMIT = 2048;
const cache = new Map<string, string[]>();

/** Regular inflections of a lemma: the forms a word may take and still be that English word. */
function inflections(lemma: string): string[] {
  const es = /(s|x|z|ch|sh|o)$/.test(lemma) ? [`${lemma}es`] : [`${lemma}s`];
  const y = /[^aeiou]y$/.test(lemma) ? [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`] : [];
  const e = lemma.endsWith('e') ? [`${lemma}d`, `${lemma.slice(0, -1)}ing`] : [`${lemma}ed`, `${lemma}ing`];
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)
    ? [`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`]
    : [];
  return [...es, ...y, ...e, ...doubled];
}

/**
 * True when WordNet lists the word as a noun that is no acronym ("sle", written SLE, is an initialism: "sles" typed in
 * lower case is no English word but a slip of "sales").
 */
function nounSenses(word: string): boolean {
  const wn = wordNet();
  return wn.senses(word, 'noun').some((offset) => !wn.synset(offset, 'noun').acronyms.includes(word));
}

/** True when WordNet lists the word, or a lemma it is a regular (or listed irregular) inflection of. */
export function isEnglishWord(word: string): boolean {
  const wn = wordNet();
  if (nounSenses(word) || wn.senses(word, 'verb').length > 0 || wn.senses(word, 'adj').length > 0) return true;
  const noun = nounLemma(word);
  const verb = verbLemma(word);
  const formOf = (lemma: string): boolean => lemma !== word && inflections(lemma).includes(word);
  // a form with none of the regular endings that the lemmatiser still takes to a verb is one of its irregular verbs
  // ("chose": "choose", "went": "go"); its rules make a lemma only by cutting a regular ending ("runing": "run")
  const irregular = verb !== word && !/(s|ed|ing)$/.test(word);
  return (
    (formOf(noun) && nounSenses(noun)) ||
    ((formOf(verb) || irregular) && wn.senses(verb, 'verb').length > 0) ||
    adjectiveDegreeOf(word) !== undefined
  );
}

/**
 * The adjective a comparative or superlative is a degree of ("broader", "broadest": "broad"; "bigger": "big"; "nicer":
 * "nice"; "happier": "happy"), when WordNet lists it as an adjective; undefined otherwise. WordNet lists the irregular
 * degrees only ("wider" through its exceptions), so a regular one was no English word and taken apart ("broad er").
 * @example adjectiveDegreeOf('broader') // 'broad'
 */
export function adjectiveDegreeOf(word: string): string | undefined {
  const m = /^([a-z]{2,}?)(er|est)$/.exec(word);
  if (!m?.[1]) return undefined;
  const stem = m[1];
  const bases = [stem, `${stem}e`, stem.replace(/i$/, 'y'), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return bases.find((b) => b.length >= 3 && wordNet().senses(b, 'adj').length > 0);
}

/** The vocabulary words a typed word may be a misspelling of (empty for a real word or when none is near). */
export function vocabularyCandidates(word: string): string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  // of equally near words, the one the typo most likely dropped a letter of ("speakrs": "speakers")
  // four letters are allowed no edit, but a letter left out keeps the others in order ("sles", "whch")
  const near = word.length === 4 ? VOCABULARY.filter((k) => missingOne(word, k)) : nearestWords(word, VOCABULARY);
  const found = isEnglishWord(word) ? [] : likeliestTypos(word, near);
  cache.set(word, found);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return found;
}

/**
 * True when a word is within the spelling allowance of a vocabulary word or a grammar word of time and quantity
 * phrases ("befor": "before"; "upcomming": "upcoming"), whatever it would be read as.
 */
export function misspellsKnownWord(word: string): boolean {
  return vocabularyCandidates(word).length > 0 || nearestWords(word, GRAMMAR_WORDS).length > 0;
}

/** Same meaning: candidates whose readings are the same ("sponsor" / "sponsors" are one choice). */
function sameReadings(a: string, b: string): boolean {
  return JSON.stringify(LEXICON.get(a)) === JSON.stringify(LEXICON.get(b));
}

/**
 * Rewrites misspelt vocabulary words in place (the token's `norm`; `raw` stays as typed) and returns the
 * positions where several vocabulary words are equally near, with their readings, for the caller to ask about.
 */
export function correctVocabularySpelling(
  tokens: Token[],
  known: (word: string) => boolean,
  rivalsOf: (word: string) => readonly string[] = () => [],
): { index: number; options: MentionBody[] }[] {
  const ties: { index: number; options: MentionBody[] }[] = [];
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 4 || !/^[a-z]+$/.test(w) || known(w)) continue;
    // a capitalised word is a name, unless the word it is near is written with a capital itself ("Novmeber")
    if (t.index > 0 && /^[A-Z]/.test(t.raw)) {
      const proper = grammarWordAt(tokens, t.index);
      if (proper !== null && PROPER_CALENDAR_WORDS.includes(proper)) t.norm = proper;
      continue;
    }
    const found = vocabularyCandidates(w);
    // a word of an event's name the typed word is likelier a slip of ("bverage": "beverage", a letter left out, not
    // "average") keeps it as typed, for the name readers
    const rivals = found.length > 0 ? rivalsOf(w).filter((r) => !found.includes(r)) : [];
    if (rivals.length > 0 && !likeliestTypos(w, [...found, ...rivals]).some((x) => found.includes(x))) continue;
    const first = found[0];
    if (!first) {
      const slip = realWordSlipAt(tokens, t.index);
      if (slip) {
        t.norm = slip;
        continue;
      }
      const grammar = grammarWordAt(tokens, t.index);
      // a number word as its digits, as the tokenizer reads it; a scale ("thousnd") stays a word for its number
      if (grammar) t.norm = NUMBER_SCALE_WORDS.includes(grammar) ? grammar : (WORD_NUMBERS[grammar] ?? grammar);
      continue;
    }
    // a word and its own inflection are one choice ("eventz": "event" / "events"): the form whose number the
    // typed word has (a final s or z reads as a plural)
    const oneLemma = found.every((f) => nounLemma(f) === nounLemma(first));
    const plural = /[sz]$/.test(w);
    if (found.every((f) => sameReadings(f, first))) t.norm = first;
    else if (oneLemma) t.norm = found.find((f) => (nounLemma(f) !== f) === plural) ?? first;
    else ties.push({ index: t.index, options: found.flatMap((f) => LEXICON.get(f)?.slice(0, 1) ?? []) });
  }
  return ties;
}

/** The vocabulary words and the words of dates a slip making another English word may stand for. */
const REAL_WORD_SLIP_TARGETS: readonly string[] = [...new Set([...VOCABULARY, ...CALENDAR_WORDS])].filter((k) =>
  /^[a-z]{5,}$/.test(k),
);

/**
 * A slip that makes another English word ("manger level", "simmer 2025", "events in simmer"): read as the vocabulary
 * word nearest to it (one likeliest, `text/typoTies.ts`) only where the phrase around it goes on with the respelt
 * word: a phrase of the lexicon with its neighbour ("manager level"), or a season or a month before a year or after a
 * word that introduces a date. Anywhere else the typed word may mean itself, and is left for the parser to ask about.
 * @example realWordSlipAt(tokenize('events in simmer 2025'), 2) // 'summer'
 */
export function realWordSlipAt(tokens: readonly Token[], index: number): string | null {
  const word = tokens[index]?.norm ?? '';
  if (word.length < 5 || !isEnglishWord(word)) return null;
  const found = likeliestTypos(word, nearestWords(word, REAL_WORD_SLIP_TARGETS));
  const [to] = found;
  if (found.length !== 1 || to === undefined) return null;
  const before = tokens[index - 1]?.norm;
  const after = tokens[index + 1]?.norm;
  if (
    (before !== undefined && PHRASE_PAIRS.has(`${before} ${to}`)) ||
    (after !== undefined && PHRASE_PAIRS.has(`${to} ${after}`))
  )
    return to;
  const dateWord = SEASONS[to] !== undefined || MONTHS[to] !== undefined;
  const dated =
    (after !== undefined && /^\d{4}$/.test(after)) || (before !== undefined && DATE_INTRODUCERS.has(before));
  return dateWord && dated ? to : null;
}

/**
 * The grammar word a misspelt token stands for (see {@link GRAMMAR_WORDS}), or null: the one nearest within the
 * spelling allowance, that is no English word itself, and that stands where its phrase goes on.
 * @example grammarWordAt(tokenize('events that have alredy taken place'), 3) // 'already'
 */
export function grammarWordAt(tokens: readonly Token[], index: number): string | null {
  const word = tokens[index]?.norm ?? '';
  if (isEnglishWord(word)) return null;
  // four letters are allowed no edit (`allowedEdits`), but a letter left out keeps the others in order ("aftr")
  const near = word.length === 4 ? GRAMMAR_WORDS.filter((k) => missingOne(word, k)) : nearestWords(word, GRAMMAR_WORDS);
  const found = likeliestTypos(word, near);
  const [to] = found;
  if (found.length !== 1 || to === undefined) return null;
  if (STANDALONE_GRAMMAR.includes(to)) return to;
  const before = tokens[index - 1]?.norm;
  const after = tokens[index + 1]?.norm;
  const continues =
    (before !== undefined && PHRASE_PAIRS.has(`${before} ${to}`)) ||
    (after !== undefined && PHRASE_PAIRS.has(`${to} ${after}`));
  return continues ? to : null;
}

/**
 * A slip of a closed-class word where the grammar expects one ("speakers at eny event": "any"; "people frm acme":
 * "from"): a word nothing knows and that is no English word, one edit from exactly one determiner or quantifier
 * (`SLIP_DETERMINERS`) before a word the parser knows (a noun of the data, a name), or from one preposition
 * (`SLIP_PREPOSITIONS`) before a determiner, a number or a known word. Rewritten in place (`raw` stays as typed); any
 * other such word is left for the parser to ask about. The edit must be a typing slip (`isTypingSlip`): in a word
 * of three letters one arbitrary edit is as often another token ('cll', 'aln' are not 'all').
 * @example correctClosedClassSlips(tokenize('speakers at eny event'), known) // 'eny' -> 'any'
 */
export function correctClosedClassSlips(tokens: Token[], known: (word: string) => boolean): void {
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 3 || !/^[a-z]+$/.test(w) || known(w) || isEnglishWord(w)) continue;
    if (t.index > 0 && /^[A-Z]/.test(t.raw)) continue;
    const next = tokens[t.index + 1]?.norm ?? '';
    const knownNext = next !== '' && (known(next) || known(nounLemma(next)));
    const determiners = knownNext ? [...SLIP_DETERMINERS] : [];
    const prepositions =
      knownNext || SLIP_DETERMINERS.has(next) || /^\d/.test(next) || next === 'the' ? [...SLIP_PREPOSITIONS] : [];
    const near = [...determiners, ...prepositions].filter((k) => k !== w && isTypingSlip(w, k));
    const [to] = near;
    if (near.length === 1 && to !== undefined) t.norm = to;
  }
}
