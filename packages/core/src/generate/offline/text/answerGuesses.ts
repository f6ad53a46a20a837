/**
 * The asker's own guess at the answer, and the broader reading they reject, typed beside the request.
 *
 * - "are there any events in europe, or is it all asia?": after a question whether there is any (a polar question of
 *   existence: "are there / is there / r there / any"), a second polar question opened by "or" with a pronoun or
 *   "everything" for its subject ("or is it (literally / just / all) Y", "or is everything Y", "or are they all Y")
 *   offers the answer the asker fears; it asks for nothing more. Read as a second condition joined by "or", the request
 *   was answered for "europe or asia", a broader question.
 * - "the BD folks at X, not the whole sales team, just biz dev": "not X, just / only Y" rejects X (the broader reading)
 *   and says again, with "just", what is meant; the rejected X is no condition (read as an exclusion, every person of
 *   the rejected function was left out, the ones asked for with them).
 */

/** Subjects of the guessed alternative: what the asker fears the whole answer is. */
const GUESS_SUBJECTS = '(?:it|everything|everyone|that|they|those|these|all\\s+of\\s+(?:it|them))';

/** The polar question of existence the guess follows, from the start of its sentence up to "or". */
const GUESSED_ALTERNATIVE = new RegExp(
  `(^|[.?!]\\s*)((?:so\\s+|and\\s+|but\\s+)?(?:[^.?!]*?\\b(?:are|is|r|were|was)\\s+(?:there|any(?:thing|one|body)?)\\b|(?:is\\s+there\\s+)?any(?:thing|one|body)?\\b)[^.?!]*?)\\s*,?\\s*\\bor\\s+(?:is|are|r|was|were|'?s)\\s+${GUESS_SUBJECTS}\\b[^.?!]*`,
  'gi',
);

/** A preposition or a time word opening a phrase of place or time inside the guess. */
const GUESS_ADVERBIAL = /\b(?:in|at|on|over|during|around|before|after|until|till|by|from|this|next|last)\b/i;

/** "not X, just Y": group 1 is the words up to "not", group 2 is "just / only Y". */
const REJECTED_THEN_MEANT =
  /(^|[,.?!]|\s[-–—])\s*not\s+(?:the\s+whole|the\s+entire|all\s+(?:the\s+)?|every|any)\b[^,;:.?!()]*?,\s*((?:just|only)\s)/gi;

/** The request without the asker's guess at its answer nor the broader reading they reject (unchanged otherwise). */
export function withoutAnswerGuesses(text: string): string {
  return text
    .replace(GUESSED_ALTERNATIVE, (whole, lead: string, asked: string) =>
      // a guess holding a phrase of place or time ("or is everything dead over christmas") may say the period or place
      // of the whole question: left whole, never a broader request
      GUESS_ADVERBIAL.test(whole.slice(lead.length + asked.length)) ? whole : `${lead}${asked}`,
    )
    .replace(REJECTED_THEN_MEANT, '$1 $2');
}
