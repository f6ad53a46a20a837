/**
 * Contracted words: typing drops letters from inside a long word, most often its vowels ("wrld" for "world",
 * "mgmt" for "management", "intl" for "international", "ntwrks" for "networks", "accnting" for "accounting").
 * What stays is the word's letters in order, and the first and last letters are kept (the reader recognises a
 * word by its ends). So a contraction is a subsequence of the word sharing both ends; a cut (a prefix) is
 * `clippedWords`' concern and a typo of one or two edits `spelling`'s.
 */

/** Shortest contraction read: two letters ("wd", "mt") fit too many words. */
export const MIN_CONTRACTION = 3;

/**
 * True when `typed` is `word` with letters left out of its middle: at least three letters, shorter than the
 * word, the same first and last letters, every typed letter in the word in order.
 * @example isContraction('wrld', 'world') // true
 * @example isContraction('mgmt', 'management') // true
 * @example isContraction('wold', 'world') // true (one letter dropped)
 * @example isContraction('wrl', 'world') // false (the last letter differs)
 */
export function isContraction(typed: string, word: string): boolean {
  if (typed.length < MIN_CONTRACTION || typed.length >= word.length) return false;
  if (typed[0] !== word[0] || typed[typed.length - 1] !== word[word.length - 1]) return false;
  let k = 1;
  for (let i = 1; i < word.length - 1 && k < typed.length - 1; i++) if (word[i] === typed[k]) k++;
  return k === typed.length - 1;
}
