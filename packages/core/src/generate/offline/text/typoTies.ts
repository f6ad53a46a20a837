/**
 * Which of several equally near words a typo most likely stands for. Typing drops letters far more often than
 * it adds or changes them, and the letter dropped is most often one of a doubled pair ("employes" for
 * "employees", "speakrs" for "speakers", "headquarterd" for "headquartered"). So among candidates at one edit,
 * those the typed word is missing one letter of win; among those, a missing doubled letter wins. Whatever is
 * still tied stays a tie (the caller asks which).
 */

import { FILLER_WORDS } from '../lexicon/fillerWords';
import { areNeighbourKeys } from '../lexicon/keyboardLayout';
import { nounLemma, verbLemma } from './language';
import { nearestWords } from './spelling';

/**
 * True when two words are forms of one lemma ("bring" / "brings", "make" / "makes", "has" / "have"): a form typed is
 * no slip of another form of the same word, so such pairs are never a spelling tie.
 * @example sameLemma('bring', 'brings') // true
 */
export function sameLemma(a: string, b: string): boolean {
  return a !== b && (verbLemma(a) === verbLemma(b) || nounLemma(a) === nounLemma(b));
}

/** True when `typed` is `word` with one letter left out. */
export function missingOne(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let i = 0; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}

/** True when `typed` is `word` with one letter of a doubled pair left out ("employes" of "employees"). */
function missingDoubled(typed: string, word: string): boolean {
  if (word.length !== typed.length + 1) return false;
  for (let i = 1; i < word.length; i++)
    if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === typed) return true;
  return false;
}

/** True when `typed` is `word` with two adjacent letters swapped ("towarsd" of "towards"). */
export function swappedPair(typed: string, word: string): boolean {
  if (word.length !== typed.length) return false;
  const i = [...word].findIndex((ch, k) => ch !== typed[k]);
  return (
    i >= 0 &&
    i + 1 < word.length &&
    word[i] === typed[i + 1] &&
    word[i + 1] === typed[i] &&
    word.slice(i + 2) === typed.slice(i + 2)
  );
}

/**
 * The strings `typed` is with one of its letters moved by one of `shifts` places (2: "parterns" -> "partners", the n
 * put back before the e and r). A letter typed out of its place keeps every letter, as a swap of neighbours does (the
 * move of one place): one slip of the hand, though two edits by the alignment distance. A move is undone by the
 * opposite move, so for shifts given both ways these are also the strings that typed one of their letters so.
 */
function movedLetterForms(typed: string, shifts: readonly number[]): Set<string> {
  const forms = new Set<string>();
  for (let i = 0; i < typed.length; i++) {
    const rest = typed.slice(0, i) + typed.slice(i + 1);
    for (const shift of shifts) {
      const to = i + shift;
      if (to < 0 || to > rest.length) continue;
      const moved = rest.slice(0, to) + (typed[i] ?? '') + rest.slice(to);
      if (moved !== typed) forms.add(moved);
    }
  }
  return forms;
}

/**
 * True when `typed` is `word` with one letter moved two or three places ("parterns" of "partners": the n typed after
 * the e and r): every letter kept, in the wrong order.
 * @example movedLetter('parterns', 'partners') // true
 */
export function movedLetter(typed: string, word: string): boolean {
  return word.length === typed.length && word.length >= 5 && movedLetterForms(typed, [-3, -2, 2, 3]).has(word);
}

/** True when `typed` is `word` with one letter struck as a neighbouring key ("thete" of "there": t is by r). */
function neighbourKeyFor(typed: string, word: string): boolean {
  if (word.length !== typed.length) return false;
  let differs = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === typed[i]) continue;
    if (differs >= 0) return false;
    differs = i;
  }
  return differs >= 0 && areNeighbourKeys(typed[differs] ?? '', word[differs] ?? '');
}

/** True when `typed` is `word` with one letter added: a doubled letter or a key neighbouring a letter beside it. */
function extraKey(typed: string, word: string): boolean {
  if (typed.length !== word.length + 1) return false;
  for (let i = 0; i < typed.length; i++) {
    if (typed.slice(0, i) + typed.slice(i + 1) !== word) continue;
    const added = typed[i] ?? '';
    const beside = [typed[i - 1], typed[i + 1]].filter((c): c is string => c !== undefined);
    if (beside.some((c) => c === added || areNeighbourKeys(c, added))) return true;
  }
  return false;
}

const VOWELS = /^[aeiou]$/;

/** True when `typed` is `word` with one vowel written for another ("eny" of "any"): spelt by ear. */
function vowelForVowel(typed: string, word: string): boolean {
  if (word.length !== typed.length) return false;
  const differs = [...word].flatMap((ch, i) => (ch === typed[i] ? [] : [i]));
  const [i] = differs;
  return differs.length === 1 && i !== undefined && VOWELS.test(word[i] ?? '') && VOWELS.test(typed[i] ?? '');
}

/**
 * True when `typed` is one slip of the hand or ear away from `word`: a letter dropped, two letters swapped, a
 * neighbouring key struck or added, or a vowel written for another. A short word one arbitrary edit from another
 * is as often a different token ("cll", "aln" are no slips of "all"); these are the edits typing makes.
 * @example isTypingSlip('sll', 'all') // true: s is by a
 * @example isTypingSlip('cll', 'all') // false
 */
export function isTypingSlip(typed: string, word: string): boolean {
  return (
    missingOne(typed, word) ||
    swappedPair(typed, word) ||
    neighbourKeyFor(typed, word) ||
    extraKey(typed, word) ||
    vowelForVowel(typed, word)
  );
}

/**
 * The likeliest candidates for a typed word among equally near ones (all of them when no rule prefers some):
 * a dropped letter first (a doubled one above all), then two letters swapped, then a neighbouring key struck for
 * the right one.
 * @example likeliestTypos('speakrs', ['speaks', 'speakers']) // ['speakers']
 * @example likeliestTypos('employes', ['employee', 'employees', 'employer', 'employers']) // ['employees']
 * @example likeliestTypos('thete', ['these', 'theme', 'there']) // ['there']
 */
export function likeliestTypos(typed: string, candidates: readonly string[]): string[] {
  if (candidates.length < 2) return [...candidates];
  const missing = candidates.filter((c) => missingOne(typed, c));
  if (missing.length === 0) {
    // two letters swapped, or one moved, keep every letter: likelier than a letter added ("towarsd": "towards", not
    // "toward") or struck for another ("parterns": "partners", not "patterns")
    const swapped = candidates.filter((c) => swappedPair(typed, c) || movedLetter(typed, c));
    if (swapped.length > 0) return swapped;
    const neighbour = candidates.filter((c) => neighbourKeyFor(typed, c));
    return neighbour.length > 0 ? neighbour : [...candidates];
  }
  const doubled = missing.filter((c) => missingDoubled(typed, c));
  return doubled.length > 0 ? doubled : missing;
}

/**
 * The one word of a vocabulary that a four-letter (or longer) word is with two adjacent letters swapped
 * ("mnay" -> "many", "nxet" -> "next"); null when none or several are. Short words are allowed no edit by the
 * general allowance, but a swap keeps every letter, so it is still recognisable.
 */
export function transposedWord(typed: string, vocabulary: ReadonlySet<string>): string | null {
  const found = new Set<string>();
  for (let i = 0; i + 1 < typed.length; i++) {
    if (typed[i] === typed[i + 1]) continue;
    const swapped = typed.slice(0, i) + (typed[i + 1] ?? '') + (typed[i] ?? '') + typed.slice(i + 2);
    if (vocabulary.has(swapped)) found.add(swapped);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * The one word of a vocabulary that a word is with one of its letters typed two places early or late, over two others
 * ("parterns" -> "partners", "spnosors" -> "sponsors"); null when none or several are, or the word is shorter than
 * `minLength`. A letter typed out of its place keeps every letter, as a swap of neighbours does (one place).
 */
export function movedLetterWord(typed: string, vocabulary: ReadonlySet<string>, minLength: number): string | null {
  if (typed.length < minLength) return null;
  const found = [...movedLetterForms(typed, [-2, 2])].filter((x) => vocabulary.has(x));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The one word of a vocabulary that a word is with one letter typed twice ("manny" -> "many", "upcomming" ->
 * "upcoming", "eventss" -> "events"); null when none or several are. A key held a moment too long keeps every
 * letter in order, so, like a swap, it stays recognisable in words too short for the general allowance.
 */
export function doubledLetterWord(typed: string, vocabulary: ReadonlySet<string>): string | null {
  const found = new Set<string>();
  for (let i = 1; i < typed.length; i++) {
    if (typed[i] !== typed[i - 1]) continue;
    const single = typed.slice(0, i) + typed.slice(i + 1);
    if (vocabulary.has(single)) found.add(single);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The filler words long enough for a slip of one to be told (`nearestWords` allows edits from five letters). */
const LONG_FILLER_WORDS: readonly string[] = [...FILLER_WORDS].filter((x) => /^[a-z]{5,}$/.test(x));

/**
 * True when a typed word is a slip of a filler word at least as likely as of any of the names' words it is near
 * ("chers" closing a question is "cheers", a letter of a doubled pair dropped, not the "chefs" of an event's name):
 * such a word is no name, and is left for the slip correction to read.
 * @example fillerSlip('chers', ['chefs']) // true
 * @example fillerSlip('chefz', ['chefs']) // false
 */
export function fillerSlip(typed: string, nameWords: readonly string[]): boolean {
  const fillers = nearestWords(typed, LONG_FILLER_WORDS);
  return fillers.length > 0 && likeliestTypos(typed, [...fillers, ...nameWords]).some((x) => fillers.includes(x));
}
