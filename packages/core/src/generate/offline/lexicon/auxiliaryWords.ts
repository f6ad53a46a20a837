/** The auxiliaries of tense and aspect ("do", "is", "has" and their forms): the ones that speak of now, not modals. */
export const TENSE_AUXILIARIES: readonly string[] = [
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
];

/**
 * The English auxiliary verbs that take a negative contraction ("don't", "isn't", "haven't"), each as it stands
 * before the contracted "n't". The tokenizer reads "n't" as "not"; people typing fast drop the apostrophe
 * ("dont", "isnt", "havent"), and a word that is one of these stems followed by "nt" is the same negation.
 * "can't", "won't" and "shan't" are written on the stems "ca", "wo" and "sha" (`CONTRACTED_STEMS` gives the verb), so
 * "cant" and "wont" read the same way. A closed class of the grammar, not a list of phrasings: every negated auxiliary
 * is here.
 */
export const NEGATABLE_AUXILIARIES: readonly string[] = [
  ...TENSE_AUXILIARIES,
  'ca',
  'could',
  'wo',
  'would',
  'should',
  'might',
  'must',
  'need',
  'sha',
  'ai',
];

/** The auxiliaries whose negative contraction changes their stem: "won't" is "will not", "can't" "can not". */
export const CONTRACTED_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

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

/**
 * Pronouns and question words typed with a contracted verb but no apostrophe ("ive", "theres", "thats", "youre"), and
 * the endings each takes: the person's own ("you're", "they've", "he's"). "we're" is left out: typed without its
 * apostrophe it is "were"; "it's" too ("its"); "I'm" is read by the request frame as it is typed.
 */
export const APOSTROPHE_LESS_CONTRACTIONS: Readonly<Record<string, readonly ('ve' | 're' | 's')[]>> = {
  i: ['ve'],
  you: ['ve', 're'],
  we: ['ve'],
  they: ['ve', 're'],
  he: ['s'],
  she: ['s'],
  there: ['s', 're', 've'],
  that: ['s'],
  here: ['s'],
  who: ['s', 've', 're'],
  what: ['s', 're'],
  where: ['s', 're'],
  how: ['s', 're'],
};

/**
 * The forms of "be" written out ("am", "is", "been", "being"): the one list of them, from which every reader that waits
 * for a copula or an auxiliary "be" builds its own set.
 */
export const BE_WRITTEN_FORMS: readonly string[] = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'];

/** The finite forms of "be" contracted onto the word before, as the tokenizer gives them ("I'm" -> "i m", "they're"). */
export const BE_CONTRACTED_FORMS: readonly string[] = ['m', 're', 's'];

/** The finite forms of "be", as the tokenizer gives them ("I'm" is "i am", a bare "m" / "re" / "s" when typed so). */
export const BE_FORMS: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS.filter((x) => !['be', 'been', 'being'].includes(x)),
  ...BE_CONTRACTED_FORMS,
]);

/**
 * The forms of "have" and "have got" as the tokenizer gives them ("we've got" -> "we ve got"): the verb of holding a
 * thing, whose object a participle after it describes ("what has X got going on": the object held, no state of it now).
 */
export const HAVING_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 've', 'got', 'gotten']);
