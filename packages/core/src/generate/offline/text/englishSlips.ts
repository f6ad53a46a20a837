/**
 * The English word a typed word that is no word is one slip of ("recieve": "receive", "retreive": "retrieve",
 * "happend": "happened", "parterns": "partners"). The parser's vocabulary is a small part of the words people type:
 * a slip of any other English word ("can i recieve the list") was asked back as typed, though spelt right it is read
 * (a verb of getting, a filler word). The words are tried, not listed: every word one slip from the typed one (a
 * letter dropped, added, struck for another, two letters swapped or one moved) that the given reader of English
 * knows, and of several those keeping every letter typed in the order typed or moved (a letter left out, two swapped,
 * one moved), else the likeliest slip (`likeliestTypos`); a tie stays a tie, for the caller to ask about. Against a
 * dictionary this large a dropped letter is no likelier than a swap ("beign": "being", "begin" or "benign").
 */
import { longerThanAnyWord } from './language';
import { allowedEdits } from './spelling';
import { likeliestTypos, missingOne, movedLetter, swappedPair } from './typoTies';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every string one slip from `typed`: a letter added, left out, struck for another, two neighbours swapped, one letter
 * moved two or three places. A four-letter word is allowed only the slips that keep every letter it has (a letter
 * left out, a swap): one arbitrary edit of a short word is as often another word ("cost" is no "post").
 */
function oneSlipAway(typed: string): Set<string> {
  const out = new Set<string>();
  const n = typed.length;
  const arbitrary = allowedEdits(n) > 0;
  for (let i = 0; i <= n; i++)
    for (const ch of LETTERS) {
      out.add(typed.slice(0, i) + ch + typed.slice(i));
      if (arbitrary && i < n && ch !== typed[i]) out.add(typed.slice(0, i) + ch + typed.slice(i + 1));
    }
  for (let i = 0; i < n; i++) {
    // a letter typed twice is dropped at any length ("manny"); another added letter only in a longer word
    if (arbitrary || typed[i] === typed[i + 1]) out.add(typed.slice(0, i) + typed.slice(i + 1));
    if (i + 1 < n) out.add(typed.slice(0, i) + (typed[i + 1] ?? '') + (typed[i] ?? '') + typed.slice(i + 2));
  }
  if (arbitrary)
    for (let i = 0; i < n; i++) {
      const rest = typed.slice(0, i) + typed.slice(i + 1);
      for (const shift of [-3, -2, 2, 3]) {
        const j = i + shift;
        if (j >= 0 && j <= rest.length) out.add(rest.slice(0, j) + (typed[i] ?? '') + rest.slice(j));
      }
    }
  out.delete(typed);
  return out;
}

/**
 * The likeliest English words `typed` is one slip of (one word, several on a tie, none when no word is that near).
 * `isWord` says what English is (WordNet's lemmas and their inflections, `isEnglishWord`); the caller decides
 * whether the typed word may be a slip at all (no word itself, no name of the data).
 * @example englishSlipsOf('recieve', isEnglishWord) // ['receive']
 * @example englishSlipsOf('parterns', isEnglishWord) // ['partners'] (every letter kept: not "patterns")
 */
export function englishSlipsOf(typed: string, isWord: (word: string) => boolean): string[] {
  if (typed.length < 4 || longerThanAnyWord(typed) || !/^[a-z]+$/.test(typed)) return [];
  const near = [...oneSlipAway(typed)].filter((w) => w.length >= 3 && isWord(w));
  const kept = near.filter((w) => missingOne(typed, w) || movedLetter(typed, w) || swappedPair(typed, w));
  return kept.length > 0 ? kept : likeliestTypos(typed, near);
}

/** True when `typed` is one slip of `word` (as {@link englishSlipsOf} counts slips). */
export function isOneSlipOf(typed: string, word: string): boolean {
  if (longerThanAnyWord(typed)) return false;
  return typed !== word && (oneSlipAway(typed).has(word) || movedLetter(typed, word));
}
