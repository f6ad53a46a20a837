import {
  APOSTROPHE_YEAR,
  BE_LEADS,
  CONJUNCTION_LETTERS,
  COPULA_SHORTHAND,
  COUNT_NOUN,
  DATA_SELF_ABBREVIATIONS,
  DATA_SELF_POSSESSIVES,
  fullYear,
  NEEDED_FUNCTION_WORDS,
  PARTICIPLE_ABBREVIATIONS,
  SHORTHAND_WORDS,
  SOUNDALIKE_QUESTION_WORDS,
  SOUNDALIKE_DIGITS,
  SYMBOL_SHORTHAND,
} from '../lexicon/shorthandWords';
import { ATTRIBUTE_WORDS } from '../lexicon/attributeWords';
import { AUXILIARY_VERBS } from '../lexicon/auxiliaryWords';
import { RELATIVE_PRONOUNS } from '../lexicon/discourseWords';
import { NUMBER_SCALE_WORDS, TIME_UNITS } from '../lexicon/timeWords';
import { NAME_WORD_ABBREVIATIONS } from '../lexicon/nameWordAbbreviations';
import { expandClipped } from './clippedWords';
import { verbLemma, wordNet } from './language';
import { WORD_NUMBERS } from './tokenize';
import { joinCoPrefix } from './coPrefix';
import { readPrePostDates } from './prePostDates';
import { preferredSpelling } from './spellingVariants';
import { doubledLetterWord, isTypingSlip, missingOne, movedLetter, movedLetterWord, transposedWord } from './typoTies';

/** One word of the question read as another ("evts" as "events"). */
export interface ShorthandExpansion {
  from: string;
  to: string;
  /**
   * Why: a known abbreviation, a joining letter ("sales n marketing"), a dropped final g ("speakin"), the other
   * British / American spelling ("centre"), two letters swapped ("mnay"), a letter typed twice ("manny"), the letters of a known word in order ("mktg"), or the start of one
   * known word ("spons").
   */
  rule:
    | 'abbreviation'
    | 'conjunction'
    | 'droppedG'
    | 'zPlural'
    | 'variant'
    | 'transposition'
    | 'doubled'
    | 'skeleton'
    | 'clipped';
}

export interface ShorthandOptions {
  /** The words the parser knows (lexicon words, lower case): expansions only ever land on these. */
  vocabulary: ReadonlySet<string>;
  /**
   * The lexicon's phrases: a shorthand word the vocabulary knows only inside a longer phrase ("biz" of "biz dev")
   * is still expanded where that phrase is not typed ("the aviation biz" -> "the aviation business").
   */
  phrases?: ReadonlySet<string>;
  /** Words that name something in the data ("hpe", "gstc"): never rewritten. */
  isDataWord?: (word: string) => boolean;
  /**
   * The words of the data's names that the word, typed after `previous`, shortens where they follow `previous`
   * ("singapore tourism brd": "board" follows "tourism" in Singapore Tourism Board): it is that name's word, read by
   * the name matcher, and no guess at another vocabulary word ("brd" is no "bdr" with two letters swapped); a guess
   * landing on the name's word itself ("aviation fest": "festival") stands.
   */
  continuesName?: (previous: string, word: string) => readonly string[];
  /** True for a word the data reads only as a country's code ("fin": Finland), never as a name of its own. */
  isCountryCodeOnly?: (word: string) => boolean;
  /**
   * Readers of spellings, in order of preference (the data's names, then the vocabulary and running text):
   * a British / American variant is read as the first one that knows it ("center" as the venue's "centre").
   */
  knownSpellings?: readonly ((word: string) => boolean)[];
  /** True when WordNet lists the word: a real word ("form") is never read as a swap of another ("from"). */
  isEnglish?: (word: string) => boolean;
  /** True when two vocabulary words read the same ("sponsor" / "sponsors"): a clipped word may stand for either. */
  sameMeaning?: (a: string, b: string) => boolean;
  /**
   * True for a word that carries nothing by itself (a preposition, a copula, a filler): a guessed expansion never
   * lands on one, since the parser would then pass over the typed word without a trace ("ind" is not "inside").
   */
  isContentless?: (word: string) => boolean;
  /** True for a noun of the rows a question lists ("sponsors", "people", "events"): what a digit after it is not. */
  isRowNoun?: (word: string) => boolean;
  /** True for a word known only inside longer phrases ("taken" of "has taken place"); see `guessed`. */
  isPhrasePartOnly?: (word: string) => boolean;
  /**
   * Words a slip that keeps every letter (a key held down, two letters swapped) may land on besides the
   * vocabulary: the filler words ("Lisst", "showw", "wiith"), which no other rewrite reaches; a typed word that
   * still holds every letter of one of them in order is that word, not an unknown one to ask about.
   */
  slipVocabulary?: ReadonlySet<string>;
}

/** One-word names of fields a user asks for ("emails", "titles"): a digit after one is a word (`SOUNDALIKE_DIGITS`). */
const FIELD_WORDS: ReadonlySet<string> = new Set(ATTRIBUTE_WORDS.map(([w]) => w).filter((w) => !w.includes(' ')));

/** Shortest skeleton tried; shorter ones ("ab") match too many words to mean one. */
const MIN_SKELETON = 3;
/** A skeleton must keep at least this share of the word's letters ("evts" keeps 4 of "events"' 6). */
const MIN_SKELETON_SHARE = 0.5;
/**
 * Below this length a skeleton must keep every consonant of its word ("dts": "dates"): three letters that also drop a
 * consonant fit too many words to mean one ("bds" is not "brands", "ent" is not "event").
 */
const MIN_LOOSE_SKELETON = 4;
/** A two-letter skeleton stands only for a word this short ("hw": "how"). */
const MAX_TWO_LETTER_TARGET = 4;
/** A skeleton that keeps a vowel ("exhbting") must be this long and keep this share of the word. */
const MIN_VOWELLED_SKELETON = 5;
const MIN_VOWELLED_SHARE = 0.7;

/**
 * Rewrites everyday written shorthand into the words the parser reads, and says what it rewrote, so that
 * "evts in sg nxt 3 mo" is read as "events in sg next 3 month" and "who's speakin at X" as "who's speaking at X".
 * Three mechanisms, in order: a table of general abbreviations (`lexicon/shorthandWords.ts`); a dropped final
 * "g" when the full word is known ("speakin"); and, for other unknown words, the letters of exactly ONE known
 * word in order, starting with its first letter and keeping at least half of it ("evnts" -> "events", no vowel after the first letter). A word
 * that names something in the data, a capitalised word (a name) and a word inside a domain or e-mail address
 * are left alone; a skeleton that fits two known words is left alone (the parser then reports it).
 * @example expandShorthand('ppl @ paypal', { vocabulary }).text // 'people at paypal'
 */
export function expandShorthand(
  question: string,
  options: ShorthandOptions,
): { text: string; expansions: ShorthandExpansion[] } {
  const expansions: ShorthandExpansion[] = [];
  // "no.of", "nr.of": the full stop of an abbreviated count noun typed against "of"
  let text = question.replace(/(^|\s)([A-Za-z]{1,5})\.of\b/g, (match: string, lead: string, word: string) =>
    /^nos?$/i.test(word) || abbreviatesCountNoun(word.toLowerCase()) ? `${lead}${word}. of` : match,
  );
  for (const [pattern, replacement] of SYMBOL_SHORTHAND) {
    text = text.replace(pattern, (match: string, lead: string) => {
      const to = replacement.replace('$1', '').trim();
      expansions.push({ from: match.trim(), to, rule: 'abbreviation' });
      return replacement.replace('$1', lead);
    });
  }
  text = text.replace(APOSTROPHE_YEAR, (match: string, lead: string, digits: string) => {
    const to = fullYear(digits);
    expansions.push({ from: match.trim(), to, rule: 'abbreviation' });
    return `${lead}${to}`;
  });
  // "founded pre 1900", "post-2010": the prefixes before a date are prepositions of time (`prePostDates.ts`)
  text = readPrePostDates(text, (from, to) => expansions.push({ from, to, rule: 'abbreviation' }));
  // "co-located": one word, never "company located" (`coPrefix.ts`)
  text = joinCoPrefix(text, (from, to) => expansions.push({ from, to, rule: 'abbreviation' }));
  // "next 9mo", "12mos", "6wks", "2yrs": a number typed against its unit of time is the number and the unit
  text = text.replace(GLUED_TIME_UNIT, (match: string, lead: string, digits: string, letters: string) => {
    const unit = timeUnitWord(letters.toLowerCase());
    if (unit === null) return match;
    expansions.push({ from: match.trim(), to: `${digits} ${unit}`, rule: 'abbreviation' });
    return `${lead}${digits} ${unit}`;
  });
  // "emails 4 bd ppl", "all the sponsors 4 commodity week": a digit typed for the word it sounds like, right after a
  // field asked for or a plural noun of the rows listed (a number counts the noun after it, never the one before),
  // unless a noun it may count follows ("sponsors 4 events")
  text = text.replace(
    /(^|\s)([A-Za-z-]+)\s+(\d)(?=\s+([A-Za-z]+))/g,
    (match: string, lead: string, field: string, digit: string, next: string) => {
      const to = SOUNDALIKE_DIGITS[digit];
      // ... typed short too ("ppl 4 paypal")
      const noun = SHORTHAND_WORDS[field.toLowerCase()] ?? field.toLowerCase();
      const listed =
        FIELD_WORDS.has(noun) ||
        (options.isRowNoun?.(noun) === true &&
          /s$|^people$/.test(noun) &&
          options.isRowNoun(next.toLowerCase()) !== true);
      if (to === undefined || !listed) return match;
      expansions.push({ from: digit, to, rule: 'abbreviation' });
      return `${lead}${field} ${to}`;
    },
  );
  // the full stop of an abbreviated count noun ("nr. of") is no sentence end
  text = text.replace(/(^|\s)([A-Za-z]+)\.(?=\s+of\b)/g, (match: string, lead: string, word: string) =>
    abbreviatesCountNoun(word.toLowerCase()) ? `${lead}${word}` : match,
  );
  // "where the cos are reg'd", "reg d", "regd": a participle written short, its "-d" typed apart or joined
  text = text.replace(
    /(^|[\s(])([a-z]+)(['’ ]?)d(?=$|[\s?.!,;:)])/g,
    (match: string, lead: string, stem: string, gap: string) => {
      const full = PARTICIPLE_ABBREVIATIONS[gap === '' ? `${stem}d` : stem];
      if (full === undefined) return match;
      expansions.push({ from: match.slice(lead.length), to: full, rule: 'abbreviation' });
      return `${lead}${full}`;
    },
  );
  text = text.replace(/[A-Za-z][A-Za-z0-9]*/g, (word: string, offset: number, whole: string) => {
    // the letters of "2nd", "3rd", "10am" belong to the number before them
    if (insideAddress(whole, offset, word.length) || /\d/.test(whole[offset - 1] ?? '')) return word;
    const next = /^\s+([A-Za-z]+)/.exec(whole.slice(offset + word.length))?.[1]?.toLowerCase() ?? '';
    const previous = /([A-Za-z]+)\s+$/.exec(whole.slice(0, offset))?.[1]?.toLowerCase() ?? '';
    const expansion =
      soundalikeQuestionWord(word, whole, offset, options) ??
      neededFunctionWord(word, whole, offset, previous, options) ??
      scaleWordSlip(word, whole, offset, previous) ??
      dataSelfAbbreviation(word, whole, offset, previous) ??
      countNounAbbreviation(word, whole, offset) ??
      copulaLetters(word, whole, offset, previous) ??
      joiningLetter(word, whole, offset, options) ??
      expandWord(word, options, { previous, next }) ??
      (opensQuestion(whole, offset) ? keptLetterSlip(word, options, { previous, next }) : null);
    if (!expansion) return word;
    expansions.push(expansion);
    return expansion.to;
  });
  return { text, expansions };
}

/** A number with letters typed against it ("9mo", "12mos", "2nd", "10am"), standing alone. */
const GLUED_TIME_UNIT = /(^|[\s(])(\d+)([A-Za-z]+)(?=$|[\s?.!,;:)])/g;

/** The unit of time the letters after a number stand for ("mo": month, "wks": weeks), or null ("nd", "am", "k"). */
function timeUnitWord(letters: string): string | null {
  if (TIME_UNITS[letters] !== undefined) return letters;
  const long = SHORTHAND_WORDS[letters];
  return long !== undefined && TIME_UNITS[long] !== undefined ? long : null;
}

/** The words typed on either side of a word, lower case ('' at the ends). */
interface Neighbours {
  previous: string;
  next: string;
}

function expandWord(word: string, options: ShorthandOptions, neighbours: Neighbours): ShorthandExpansion | null {
  const { next } = neighbours;
  const lower = word.toLowerCase();
  // A capitalised word is a name ("Rev", "Mo"); shorthand is typed in lower case (or all capitals).
  const capitalised = word !== lower && word !== word.toUpperCase();
  if (capitalised) return null;
  // "u of toronto", "uni of sydney": the university of a place, not "you"
  if ((lower === 'u' || lower === 'uni') && next === 'of')
    return { from: word, to: 'university', rule: 'abbreviation' };
  // "fin people": everyday shorthand typed in lower case beats a country's ISO code of the same letters ("FIN",
  // in capitals, stays Finland)
  const shorthand = SHORTHAND_WORDS[lower];
  if (shorthand !== undefined && word === lower && options.isCountryCodeOnly?.(lower))
    return { from: word, to: shorthand, rule: 'abbreviation' };
  if (options.isDataWord?.(lower)) return null;
  // "partners of X that r in singapore", "which r based in the US": a shorthand auxiliary after a relative pronoun
  // is the verb of its clause (the clause's copula decides whose place follows), even where the vocabulary keeps
  // the letter as a filler word
  if (word === lower && RELATIVE_PRONOUNS.has(neighbours.previous) && AUXILIARY_VERBS.has(shorthand ?? ''))
    return { from: word, to: shorthand ?? lower, rule: 'abbreviation' };
  if (options.vocabulary.has(lower) && !onlyInsideOtherPhrases(lower, next, options)) return null;
  const known = SHORTHAND_WORDS[lower];
  if (known !== undefined) {
    // One-letter shorthand ("u", "r") only when typed in lower case: "R" is more likely an initial.
    if (lower.length === 1 && word !== lower) return null;
    return { from: word, to: known, rule: 'abbreviation' };
  }
  // a general abbreviation of a word of names ("inst", "assoc", "natl") means that word: never guessed as another
  // ... and of the words it may stand for, the one the vocabulary reads ("osea assoc companies": "assoc" is the
  // relation "associates", not "association", which nothing reads outside a name; the name matcher still reads
  // the typed word inside a name)
  const longForms = NAME_WORD_ABBREVIATIONS[lower] ?? [];
  const nameWord = longForms.find((x) => options.vocabulary.has(x)) ?? longForms[0];
  // (one that is also an English word, "inst", "arch", is left as typed: the name matcher reads it)
  if (nameWord !== undefined)
    return nameWord.includes(' ') || options.isEnglish?.(lower)
      ? null
      : { from: word, to: nameWord, rule: 'abbreviation' };
  if (/\d/.test(lower)) return null;
  if (lower.length >= 5 && lower.endsWith('in') && options.vocabulary.has(`${lower}g`)) {
    return { from: word, to: `${lower}g`, rule: 'droppedG' };
  }
  // a plural written with a z ("eventz", "confz"), as texting does
  const sForm = `${lower.slice(0, -1)}s`;
  if (lower.length >= 4 && lower.endsWith('z') && !options.isDataWord?.(sForm)) {
    const to = options.vocabulary.has(sForm) ? sForm : SHORTHAND_WORDS[sForm];
    if (to !== undefined) return { from: word, to, rule: 'zPlural' };
  }
  const guess = guessedWord(word, lower, options, neighbours);
  // a name's word typed short after the word before it in the name is the name's, not a guess at another word
  const continued = guess === null ? [] : (options.continuesName?.(neighbours.previous, lower) ?? []);
  return continued.length > 0 && guess !== null && !continued.includes(guess.to) ? null : guess;
}

/** The word a typed word is guessed to be: another spelling, a slip keeping its letters, a skeleton, a clipping. */
function guessedWord(
  word: string,
  lower: string,
  options: ShorthandOptions,
  neighbours: Neighbours,
): ShorthandExpansion | null {
  // the other spelling of a word is a word of content: one that carries nothing ("boeing" -> "being") would make the
  // typed word vanish, and the question be answered without it
  const variant = options.knownSpellings ? preferredSpelling(lower, options.knownSpellings) : null;
  if (variant !== null && !options.isContentless?.(variant)) return { from: word, to: variant, rule: 'variant' };
  const slip = keptLetterSlip(word, options, neighbours);
  if (slip !== null) return slip;
  // a verb before its particle ("adds up", "sums up") is that phrasal verb, no skeleton of a longer word ("address")
  const full = phrasalVerbAt(lower, neighbours.next) ? null : uniqueSkeletonMatch(lower, options);
  if (full) return guessed(word, full, 'skeleton', options, neighbours);
  const clipped = options.sameMeaning ? expandClipped(lower, options.vocabulary, options.sameMeaning) : null;
  return clipped ? guessed(word, clipped, 'clipped', options, neighbours) : null;
}

/** Particles of a phrasal verb ("add up", "sum up", "round out"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'together', 'over', 'down', 'off']);

/** True when a verb form and the particle after it are one of WordNet's phrasal verbs ("adds up"). */
function phrasalVerbAt(word: string, next: string): boolean {
  if (!VERB_PARTICLES.has(next) || !/^[a-z]+$/.test(word)) return false;
  return wordNet().senses(`${verbLemma(word)}_${next}`, 'verb').length > 0;
}

/** True when no letter comes before the word: the question's first word, capitalised as a sentence's is. */
/**
 * A real word that sounds like a question word ("witch", "wear", "were"; `SOUNDALIKE_QUESTION_WORDS`), opening the
 * question and followed by what that question word takes: a noun of the rows within the next two words for "which"
 * ("witch tech cos are ..."), a form of "be" or "do" or another auxiliary for "where" ("were are the ..."). Anywhere
 * else the word is itself ("were the events in june?", "which witch ...").
 * @example soundalikeQuestionWord('witch', 'witch events are in june', 0, options) // { to: 'which', ... }
 */
function soundalikeQuestionWord(
  word: string,
  whole: string,
  offset: number,
  options: ShorthandOptions,
): ShorthandExpansion | null {
  const lower = word.toLowerCase();
  const soundalike = SOUNDALIKE_QUESTION_WORDS[lower];
  if (soundalike === undefined || !opensQuestion(whole, offset) || word.slice(1) !== lower.slice(1)) return null;
  const after = whole
    .slice(offset + word.length)
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((x) => x.toLowerCase());
  const [first = '', second = ''] = after;
  const rowNoun = (x: string): boolean => options.isRowNoun?.(SHORTHAND_WORDS[x] ?? x) === true;
  const fits =
    soundalike.needs === 'noun'
      ? rowNoun(first) || (rowNoun(second) && !AUXILIARY_VERBS.has(first))
      : AUXILIARY_VERBS.has(COPULA_SHORTHAND[first]?.to ?? first);
  return fits ? { from: word, to: soundalike.to, rule: 'abbreviation' } : null;
}

/**
 * "how may companies", "more tan 500": a word one typing slip of a function word a phrase needs
 * (`NEEDED_FUNCTION_WORDS`), right after the phrase's first word and before what the phrase takes (a noun of the rows
 * within two words, a number), is that word; anywhere else it stays itself ("may" the month, "then").
 * @example neededFunctionWord('may', 'how may companies', 4, 'how', options) // { to: 'many', ... }
 */
function neededFunctionWord(
  word: string,
  whole: string,
  offset: number,
  previous: string,
  options: ShorthandOptions,
): ShorthandExpansion | null {
  const lower = word.toLowerCase();
  if (word !== lower) return null;
  const rest = whole.slice(offset + word.length);
  const after = rest
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((x) => x.toLowerCase());
  const rowNoun = (x: string): boolean => options.isRowNoun?.(SHORTHAND_WORDS[x] ?? x) === true;
  const needed = NEEDED_FUNCTION_WORDS.find(
    (n) =>
      n.word !== lower &&
      n.after.has(previous) &&
      isTypingSlip(lower, n.word) &&
      (n.before === 'number'
        ? /^\s+[$£€]?\d/.test(rest)
        : /^\s+[A-Za-z]/.test(rest) && (rowNoun(after[0] ?? '') || rowNoun(after[1] ?? ''))),
  );
  return needed ? { from: word, to: needed.word, rule: 'abbreviation' } : null;
}

/**
 * "2 milion", "5 thousnd", "3 billlion", "five hundrd": a word one typing slip of a word of scale (a letter dropped,
 * doubled, swapped or struck beside it), right after a number, is that word; elsewhere it is left to the spelling
 * passes. A word of scale multiplies the number before it, so a slip there would otherwise drop the magnitude.
 * @example scaleWordSlip('milion', '2 milion', 2, '') // { to: 'million', ... }
 */
function scaleWordSlip(word: string, whole: string, offset: number, previous: string): ShorthandExpansion | null {
  const lower = word.toLowerCase();
  if (word !== lower || NUMBER_SCALE_WORDS.includes(lower)) return null;
  const afterNumber =
    /\d[\d,.]*\s+$/.test(whole.slice(0, offset)) || WORD_NUMBERS[previous] !== undefined || previous === 'a';
  if (!afterNumber) return null;
  const scale = NUMBER_SCALE_WORDS.filter(
    (x) => isTypingSlip(lower, x) || isTypingSlip(x, lower) || movedLetter(lower, x),
  );
  return scale.length === 1 && scale[0] !== undefined ? { from: word, to: scale[0], rule: 'abbreviation' } : null;
}

/**
 * "the most people in our bd": a two-letter abbreviation of the data itself, or its letters typed the other way round,
 * after a possessive of the speaker or listener and closing its clause, is the data (`DATA_SELF_ABBREVIATIONS`), not
 * the job abbreviation the same letters spell.
 */
function dataSelfAbbreviation(
  word: string,
  whole: string,
  offset: number,
  previous: string,
): ShorthandExpansion | null {
  const lower = word.toLowerCase();
  if (word !== lower || lower.length !== 2 || !DATA_SELF_POSSESSIVES.has(previous)) return null;
  if (!/^\s*($|[?.!,;:)]|\s-)/.test(whole.slice(offset + word.length))) return null;
  const abbreviation = [lower, `${lower[1] ?? ''}${lower[0] ?? ''}`].find((x) => DATA_SELF_ABBREVIATIONS[x]);
  const to = abbreviation === undefined ? undefined : DATA_SELF_ABBREVIATIONS[abbreviation];
  return to === undefined ? null : { from: word, to, rule: 'abbreviation' };
}

function opensQuestion(whole: string, offset: number): boolean {
  return !/[A-Za-z]/.test(whole.slice(0, offset));
}

/**
 * A slip that keeps every letter of a known word: two of them swapped ("mnay", and in three letters "teh"), one
 * typed twice ("manny", "Lisst") or one of a doubled pair typed once ("hapening"), in a word that is no English word. It may land on a filler word too
 * (`slipVocabulary`): with every letter kept in order, the word typed is no other one.
 */
function keptLetterSlip(word: string, options: ShorthandOptions, neighbours: Neighbours): ShorthandExpansion | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_SWAPPED_SLIP || options.isEnglish?.(lower) || options.isDataWord?.(lower)) return null;
  const known = options.slipVocabulary ?? options.vocabulary;
  // a word of three letters is told only by two of its letters swapped ("teh": "the"), which keeps all three
  if (lower.length < MIN_KEPT_LETTER_SLIP) {
    const swapped = transposedWord(lower, known);
    return swapped === null ? null : guessed(word, swapped, 'transposition', options, neighbours);
  }
  // a doubled letter is the key held down before it is two letters swapped ("lisst": "list", not "lists")
  const undoubled = doubledLetterWord(lower, known);
  if (undoubled !== null) return guessed(word, undoubled, 'doubled', options, neighbours);
  // ... and one letter of a doubled pair typed once ("hapening": "happening") keeps every other letter in order
  const singled = singledLetterWord(lower, known);
  if (singled !== null) return guessed(word, singled, 'doubled', options, neighbours);
  // two letters swapped, or one typed two places out ("parterns": "partners"), in a word long enough to tell it
  const swapped = transposedWord(lower, known) ?? movedLetterWord(lower, known, MIN_MOVED_SLIP);
  if (swapped === null) return null;
  // a letter left out is likelier than two swapped (`likeliestTypos`): "evry" is "every" before it is "very", and the
  // scanner's spelling reads it so (a swap to a filler word would make the word the user typed vanish)
  for (const k of known) if (missingOne(lower, k)) return null;
  return guessed(word, swapped, 'transposition', options, neighbours);
}

/** The shortest word read as one letter typed two places out ("parterns"): shorter ones are often other words. */
const MIN_MOVED_SLIP = 7;
/** The shortest word read as two of its letters swapped ("teh": "the"). */
const MIN_SWAPPED_SLIP = 3;
/** The shortest word read as a letter typed twice or once too few; shorter, only a swap is told. */
const MIN_KEPT_LETTER_SLIP = 4;
/**
 * The shortest word read as one letter of a doubled pair typed once ("hapening"): shorter ones ("ful", "oter") are as
 * often other words with a letter left out.
 */
const MIN_SINGLED_SLIP = 6;

/**
 * The one word of a vocabulary that a word is with one letter of a doubled pair typed once ("hapening" ->
 * "happening", "aplications" -> "applications"); null when none or several are, or the word is short.
 */
function singledLetterWord(typed: string, vocabulary: ReadonlySet<string>): string | null {
  if (typed.length < MIN_SINGLED_SLIP) return null;
  const found = new Set<string>();
  for (let i = 0; i < typed.length; i++) {
    const doubled = typed.slice(0, i + 1) + (typed[i] ?? '') + typed.slice(i + 1);
    if (vocabulary.has(doubled)) found.add(doubled);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * A guessed reading (swapped letters, a skeleton, a clipped word), unless it lands on a word that carries nothing
 * by itself on weak evidence: "ind" read as "inside" would make the place the user typed vanish, so such a word stays
 * as typed (the parser then asks about it). Three kinds of evidence let the guess stand: every letter of the word kept
 * (swapped or typed twice: "wiith"), every consonant of the word kept in order, only its vowels dropped ("btwn":
 * "between", "wth": "with"), or the guess completing one of the
 * lexicon's phrases with a word typed next to it, after it or before it ("how mnay": "how many").
 */
function guessed(
  word: string,
  to: string,
  rule: 'transposition' | 'doubled' | 'skeleton' | 'clipped',
  options: ShorthandOptions,
  { previous, next }: Neighbours,
): ShorthandExpansion | null {
  const continues =
    options.phrases?.has(`${to} ${next}`) === true ||
    (previous !== '' && options.phrases?.has(`${previous} ${to}`) === true);
  // a word known only inside longer phrases stands for nothing unless its phrase goes on here
  if (options.isPhrasePartOnly?.(to) && !continues) return null;
  // a slip that keeps every letter (swapped, or one typed twice) is as sure as a skeleton of every consonant
  const strong =
    rule === 'transposition' || rule === 'doubled' || word.toLowerCase() === consonantSkeleton(to) || continues;
  if (options.isContentless?.(to) && !strong) return null;
  return { from: word, to, rule };
}

/** The word with the vowels after its first letter dropped ("between" -> "btwn", "inside" -> "insd"). */
function consonantSkeleton(word: string): string {
  return word.slice(0, 1) + word.slice(1).replace(/[aeiou]/g, '');
}

/** True when a shorthand word is known only inside longer phrases and the next word does not continue one of them. */
function onlyInsideOtherPhrases(word: string, next: string, options: ShorthandOptions): boolean {
  const { phrases } = options;
  if (!phrases || SHORTHAND_WORDS[word] === undefined || phrases.has(word)) return false;
  return !phrases.has(`${word} ${next}`);
}

/**
 * "n of sponsors", "nr of events", "total nb of speakers": an abbreviation of the count noun (`COUNT_NOUN`: its
 * letters in order, from its first, shorter than it, typed in lower case or opening the question, an optional full
 * stop) right before "of"
 * is that noun. A joining letter ("n") is "and" instead where an "of" earlier in the same clause is what it joins
 * ("sponsors of gstc n of dmwf": "and of"). It wins over a word of a name the data holds ("NR"): typed in lower
 * case before "of" and a noun, the word is the count the phrase asks for, not a name.
 */
function countNounAbbreviation(word: string, whole: string, offset: number): ShorthandExpansion | null {
  // the question's first word may be capitalised as a sentence's is ("N of sponsors ..."); elsewhere a capital is
  // an initial ("John N of hpe")
  const lower = word.toLowerCase();
  const opening = whole.slice(0, offset).trim() === '' && word === `${word.charAt(0)}${lower.slice(1)}`;
  if (word !== lower && !opening) return null;
  if (!abbreviatesCountNoun(lower) || !/^\s+of\b/i.test(whole.slice(offset + word.length))) return null;
  const clause =
    whole
      .slice(0, offset)
      .split(/[,;:.!?()]/)
      .pop() ?? '';
  if (CONJUNCTION_LETTERS[lower] !== undefined && /\bof\b/i.test(clause)) return null;
  return { from: word, to: COUNT_NOUN, rule: 'abbreviation' };
}

/** True for the count noun's letters in order, from its first, shorter than it, in lower case ("n", "nr", "nmbr"). */
function abbreviatesCountNoun(word: string): boolean {
  return (
    word === word.toLowerCase() &&
    word.length < COUNT_NOUN.length &&
    word[0] === COUNT_NOUN[0] &&
    isSubsequence(word, COUNT_NOUN)
  );
}

/**
 * "n" / "w" typed for "and" / "with": only a lower-case letter standing alone between two lower-case words
 * ("sales n marketing") or two names of the data ("Netskope n KnowBe4"), never next to another capitalised word or
 * followed by a full stop ("John W. Smith"). A number
 * before it counts as a lower-case word ("events in h1 2025 w more than 50 cos"): a name's initial never follows
 * one.
 */
function joiningLetter(
  word: string,
  whole: string,
  offset: number,
  options: ShorthandOptions,
): ShorthandExpansion | null {
  const to = CONJUNCTION_LETTERS[word];
  if (to === undefined) return null;
  // a comma may close the phrase before it ("events in h1 2025, w more than 50 cos"), as may a closing bracket
  // ("by role (sponsor, partner etc) w counts")
  const before = /(?:^|[\s(/[])([A-Za-z0-9][\w'.-]*?)\.?[)\]]?,?\s+$/.exec(whole.slice(0, offset));
  const after = /^\s+([A-Za-z0-9][\w'-]*)/.exec(whole.slice(offset + word.length));
  // a lower-case word or an acronym ("VPs n directors"); a capitalised word is part of a name ("Acme n Co")
  const lowerWord = (x: string | undefined): boolean =>
    x !== undefined && (x === x.toLowerCase() || /^[A-Z]{2,}s?$/.test(x));
  // "n how many of em r in sales?": "n" opening the message before a lower-case word is the "and" that opens a
  // follow-up ("and how many ..."); "w" opening it is left as typed (no follow-up opens with "with" alone)
  if (!before && after && to === 'and' && opensQuestion(whole, offset) && after[1] === after[1]?.toLowerCase())
    return { from: word, to, rule: 'conjunction' };
  if (!before || !after) return null;
  if (lowerWord(before[1]) && lowerWord(after[1])) return { from: word, to, rule: 'conjunction' };
  // "SolarWinds, Netskope n KnowBe4": between two names of the data it joins them, unless the three words are one
  // name ("Acme n Co")
  const [left, right] = [before[1]?.toLowerCase() ?? '', after[1]?.toLowerCase() ?? ''];
  const isName = options.isDataWord;
  const names = isName !== undefined && isName(left) && isName(right);
  if (!names || isName(`${left} ${word} ${right}`) || isName(`${left} ${to} ${right}`)) return null;
  return { from: word, to, rule: 'conjunction' };
}

/**
 * "which of them r software cos", "iz it still on", "might b in june": a form of "be" typed as chat shorthand
 * (`COPULA_SHORTHAND`), in lower case, standing alone between spaces or punctuation of a sentence (never inside
 * "r&d" or "b2b"), is the copula, wherever it stands: the filler vocabulary knew "r" and let it pass as nothing, so a
 * clause's copula was lost and the words after it attached to the wrong noun.
 */
function copulaLetters(word: string, whole: string, offset: number, previous: string): ShorthandExpansion | null {
  const copula = COPULA_SHORTHAND[word];
  if (copula === undefined) return null;
  const before = whole[offset - 1] ?? ' ';
  const after = whole[offset + word.length] ?? ' ';
  if (!/[\s(,]/.test(before) || !/[\s?.!,;:)]/.test(after)) return null;
  if (copula.afterModal && !BE_LEADS.has(previous)) return null;
  return { from: word, to: copula.to, rule: 'abbreviation' };
}

/**
 * The one known word a skeleton stands for. A skeleton drops vowels after the first letter ("evnts", "mgmt",
 * "spkrs"); a word that keeps one is an English word or a typo ("spring" is not "sponsoring"), except a longer word
 * WordNet does not know that keeps most of the word ("exhbting": "exhibiting"). Two letters stand for a short
 * word only ("hw": "how", "hv": "have"). Several words of one family are one meaning ("prtnrs": "partners", not
 * "partnerships"); two families are left alone ("frm": "from" or "firm").
 */
function uniqueSkeletonMatch(short: string, options: ShorthandOptions): string | null {
  const { vocabulary } = options;
  const keepsVowels = /[aeiou]/.test(short.slice(1));
  if (keepsVowels && (short.length < MIN_VOWELLED_SKELETON || options.isEnglish?.(short) !== false)) return null;
  const twoLetters = short.length === 2 && !keepsVowels;
  if (short.length < MIN_SKELETON && !twoLetters) return null;
  const minShare = keepsVowels ? MIN_VOWELLED_SHARE : MIN_SKELETON_SHARE;
  const found: string[] = [];
  for (const word of vocabulary) {
    if (word.length <= short.length || word[0] !== short[0] || word.includes(' ')) continue;
    if (twoLetters && word.length > MAX_TWO_LETTER_TARGET) continue;
    // A prefix ("day" of "days", "multi" of "multiple") is a word or a cut-off, not a dropped-vowel skeleton.
    if (short.length / word.length < minShare || word.startsWith(short)) continue;
    // ... so must two ("hw": "how", "hv": "have"): "ad" (a word of its own, typed for "advertising") is no "and"
    if (short.length < MIN_LOOSE_SKELETON && consonantSkeleton(word) !== short) continue;
    if (isSubsequence(short, word)) found.push(word);
  }
  if (found.length === 0) return null;
  // one word family is one meaning: the shortest word, when every other is its plural or built on it
  // ("partners" / "partnerships"); two families are not guessed ("count" / "client", "ctos" / "contacts")
  found.sort((a, b) => a.length - b.length);
  const best = found[0] ?? '';
  const stem = best.endsWith('s') ? best.slice(0, -1) : best;
  let pick: string | null = null;
  for (const word of found) {
    if (word === best || samePlural(best, word)) pick = pickForm(pick, word, short);
    else if (!word.startsWith(stem)) return null;
  }
  return pick;
}

function isSubsequence(short: string, word: string): boolean {
  let i = 0;
  for (const ch of word) if (ch === short[i]) i++;
  return i === short.length;
}

function samePlural(a: string, b: string): boolean {
  return a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;
}

function pickForm(found: string | null, word: string, short: string): string {
  if (found === null) return word;
  const plural = found.length > word.length ? found : word;
  const single = found.length > word.length ? word : found;
  return short.endsWith('s') ? plural : single;
}

/** True when the word is part of a domain or an e-mail address ("hpe.com", "jo@acme.com"). */
function insideAddress(text: string, offset: number, length: number): boolean {
  const before = text[offset - 1] ?? '';
  const after = text[offset + length] ?? '';
  const afterNext = text[offset + length + 1] ?? '';
  return before === '.' || before === '@' || after === '@' || (after === '.' && /[A-Za-z]/.test(afterNext));
}
