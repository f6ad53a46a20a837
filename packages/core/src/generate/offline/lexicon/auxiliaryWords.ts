/**
 * The English auxiliary verbs that take a negative contraction ("don't", "isn't", "haven't"), each as it stands
 * before the contracted "n't". The tokenizer reads "n't" as "not"; people typing fast drop the apostrophe
 * ("dont", "isnt", "havent"), and a word that is one of these stems followed by "nt" is the same negation.
 * "can't" and "won't" are written on the stems "ca" and "wo" (the tokenizer already reads "won't" as "wo not",
 * `speculationWords`), so "cant" and "wont" read the same way. A closed class of the grammar, not a list of
 * phrasings: every negated auxiliary is here.
 */
export const NEGATABLE_AUXILIARIES: readonly string[] = [
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'ca',
  'could',
  'wo',
  'would',
  'should',
  'might',
  'must',
  'need',
  'ai',
];

/**
 * The auxiliary and copular verbs that may follow a question word and open the question's clause ("how much ARE
 * tickets", "how much DOES it cost", "how much WOULD a booth be"): the verb, not a noun, comes after the question word.
 */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'must',
]);
