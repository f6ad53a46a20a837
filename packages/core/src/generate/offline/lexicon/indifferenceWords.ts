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
