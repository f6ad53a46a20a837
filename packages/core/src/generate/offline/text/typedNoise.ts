/**
 * Punctuation typed for effect rather than meaning, rewritten before any word is read: an ellipsis run between two
 * words ("events...in...september") separates them like a space, and an emoticon made of punctuation and a letter
 * (":D", ";P", "xD", ":-O") is no word ("D" would be asked about). Emoji and other symbols are already no words
 * for the tokenizer; an emoticon ends a clause, so it is written as a comma (the social-clause reader cuts there).
 */

/** Two or more dots (or the ellipsis character) between two letters or digits. */
const ELLIPSIS_BETWEEN_WORDS = /(?<=[A-Za-z0-9])(?:\.{2,}|…)(?=[A-Za-z0-9])/g;

/**
 * An emoticon standing alone: eyes (":", ";", "=", or "x"/"X" before a capital "D"), an optional nose, and a mouth
 * that is a letter ("D", "P", "p", "O", "o") or brackets; those made only of punctuation (":)") the tokenizer
 * already skips.
 */
const LETTER_EMOTICON = /(^|\s)(?:[:;=]-?[DPpOo3]+|[xX]D+)(?=$|\s|[.!?,])/g;

/** The question with its decorative punctuation read as spacing. */
export function withoutTypedNoise(question: string): string {
  return question.replace(ELLIPSIS_BETWEEN_WORDS, ' ').replace(LETTER_EMOTICON, '$1,');
}
