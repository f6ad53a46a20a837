/**
 * Words of indifference: the speaker leaves a choice free ("don't care about dates", "not fussed which country",
 * "doesn't matter where", "whatever industry"). Indifference restricts nothing: it is never a condition, nor a part
 * of the rows left out (`parse/scan/indifferenceScopes.ts` frees the dimension named; `text/addedClauses.ts` never
 * reads such a clause as a negated want). General English, not words of this data set.
 */

/** Verbs of minding (lemmas): negated, the choice after them is left free ("don't care", "do not mind"). */
export const MINDING_VERBS: ReadonlySet<string> = new Set(['care', 'mind', 'bother', 'fuss']);

/** Adjectives of minding after "not" ("not fussed about", "not picky on"). */
export const MINDING_ADJECTIVES: ReadonlySet<string> = new Set(['fussed', 'bothered', 'picky', 'fussy', 'particular']);

/** The verb a negation makes indifferent whatever its subject ("doesn't matter", "no matter", "never matters"). */
export const MATTERING_VERBS: ReadonlySet<string> = new Set(['matter']);

/**
 * Words opening a free choice ("whatever industry", "whichever country", "regardless of the date", "irrespective of
 * size"): what follows them is left free.
 */
export const FREE_CHOICE_OPENERS: ReadonlySet<string> = new Set([
  'whatever',
  'whichever',
  'whoever',
  'wherever',
  'whenever',
  'regardless',
  'irrespective',
]);

/** Adverbs of degree between a negation and the verb of minding ("don't really care", "not too fussed"). */
export const MINDING_DEGREE_ADVERBS: ReadonlySet<string> = new Set([
  'really',
  'too',
  'that',
  'so',
  'very',
  'overly',
  'particularly',
  'much',
  'honestly',
  'even',
]);

/**
 * Nouns of minding after "no" ("no preference on location", "no particular preference re dates"): the choice after
 * them is left free, as after a negated verb of minding.
 */
export const MINDING_NOUNS: ReadonlySet<string> = new Set(['preference', 'preferences']);

/** Adjectives of degree between "no" and a noun of minding ("no PARTICULAR preference", "no STRONG preference"). */
export const MINDING_NOUN_DEGREES: ReadonlySet<string> = new Set(['particular', 'strong', 'real', 'special', 'big']);

/**
 * Determiners and pronouns of free choice opening a clause of acceptance ("any month is fine", "either works",
 * "whatever's easiest", "anything goes"): the choice they open is left to the answer.
 */
export const ACCEPTANCE_OPENERS: ReadonlySet<string> = new Set([
  'any',
  'anything',
  'anyone',
  'anybody',
  'either',
  'whatever',
  'whichever',
  'whatevers',
]);

/** Pronoun heads after such an opener ("any of them", "any one", "either of those"). */
export const ACCEPTANCE_PRONOUN_HEADS: ReadonlySet<string> = new Set([
  'of',
  'them',
  'these',
  'those',
  'one',
  'ones',
  'the',
  'kind',
  'sort',
  'type',
]);

/**
 * Words of acceptance closing such a clause ("... is fine", "... works", "... will do", "... suits me", "... is all
 * good"): adjectives of approval and verbs of serving a purpose, by lemma. A superlative ("whatever's easiest",
 * "whichever is quickest") is one too: it leaves the choice to what is easiest for the answer.
 */
export const ACCEPTANCE_WORDS: ReadonlySet<string> = new Set([
  'fine',
  'ok',
  'okay',
  'good',
  'great',
  'alright',
  'acceptable',
  'cool',
  'perfect',
  'ideal',
  'work',
  'do',
  'go',
  'suit',
  'count',
  'qualify',
]);

/** Words that may close a clause of acceptance after its word of acceptance ("fine by me", "ok with us", "too"). */
export const ACCEPTANCE_CLOSERS: ReadonlySet<string> = new Set([
  'by',
  'with',
  'for',
  'me',
  'us',
  'too',
  'really',
  'honestly',
  'all',
  'tbh',
  'though',
  'then',
]);
