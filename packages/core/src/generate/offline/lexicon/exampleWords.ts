import { GENERAL_EXTENDERS } from './discourseWords';
/**
 * Words asking for some members of a set rather than all of them or their number: "give me a few examples of X",
 * "show me 3 sample companies at Y", "any names?". Read by `parse/scan/exampleRequests.ts`: the answer is the list
 * of the set asked (the earlier turn's set in a follow-up), cut to the number given, the whole set when none is.
 * General English, not words of this data set.
 */

/** Nouns (and the adjective "sample") that ask for members of a set as illustrations. */
export const EXAMPLE_NOUNS: ReadonlySet<string> = new Set([
  'example',
  'examples',
  'sample',
  'samples',
  'instance',
  'instances',
  'illustration',
  'illustrations',
  'specimen',
  'specimens',
]);

/** Nouns asking for the members by name ("any names?", "what are their names?"). */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['name', 'names']);

/**
 * Quantifiers of an unstated number above one before a plural noun ("a few events", "a couple of sponsors"): over
 * the object of a clause ("companies at a few events") a count of more than one, as "several" (`parse/scanQuantity.ts`).
 */
export const FEW_COUNTS: readonly string[] = ['a few', 'a couple of', 'a couple', 'couple of', 'a handful of'];

/**
 * Quantifiers of an unstated few ("a few examples", "a couple of fintech companies", "a handful of names"): no
 * number is given, so the whole set is the answer. Read before an example noun or before the noun of the set.
 */
export const FEW_QUANTIFIERS: readonly string[] = [...FEW_COUNTS, 'a handful', 'handful of', 'a selection of', 'few'];

/** The words of those quantifiers that are no function word: never a theme's word ("a few sponsors"). */
export const FEW_QUANTIFIER_WORDS: ReadonlySet<string> = new Set(
  FEW_QUANTIFIERS.flatMap((p) => p.split(' ')).filter((x) => x !== 'a' && x !== 'of'),
);

/** Determiners read with an example noun only ("some examples", "any names?"); alone they are filler. */
export const EXAMPLE_DETERMINERS: readonly string[] = ['some', 'several', 'any', 'more', 'the', 'their', 'its'];

/** A single example asked ("an example of ...", "one sample"): one row. */
export const ONE_EXAMPLE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/**
 * A second clause asking for the members after a count ("how many events are in Singapore, and list them", "number
 * of sponsors of X and who are they"): verbs of listing, the words they may take, and whole clauses.
 */
export const LIST_ALSO_VERBS: readonly string[] = [
  'list',
  'name',
  'show',
  'give',
  'tell',
  'display',
  'enumerate',
  'identify',
  'share',
];
export const LIST_ALSO_OBJECTS: readonly string[] = [
  'me',
  'us',
  'them',
  'those',
  'these',
  'all',
  'all of them',
  'them all',
  'the names',
  'their names',
  'the list',
  'a list',
  'which ones',
  'who they are',
  'what they are',
  'which they are',
  'out',
];
export const LIST_ALSO_CLAUSES: readonly string[] = [
  'which ones',
  'which ones are they',
  'who are they',
  'what are they',
  'which are they',
  'what are their names',
  'what are the names',
];

/**
 * Phrases closing a list of examples of a kind ("food, pets, that kind of thing", "banks, insurers and the like"):
 * the items before them are members of the kind named, not conditions that must all hold. Read by
 * `parse/scan/exampleThemes.ts`.
 */
export const EXAMPLE_LIST_CLOSERS: readonly string[] = [
  // every general extender closes a list of examples ("that sort of thing", "and the like": `discourseWords.ts`)
  ...GENERAL_EXTENDERS,
  // ... and these, which close a list without saying "others of the kind" on their own ("etc" after titles that share
  // no kind is asked about)
  'that kinda thing',
  'that sorta thing',
  'and such',
  'and similar',
  'or similar',
  'etc',
];

/**
 * Closers of a list of job titles given as examples, besides the ones above: a hedge after the last title ("like a
 * cfo or finance manager or something") says the titles are examples too. Not of themes: "or something" after a
 * theme is the name hedge of `NAME_HEDGES` (`discourseWords.ts`).
 */
export const ROLE_LIST_CLOSERS: readonly string[] = [
  ...EXAMPLE_LIST_CLOSERS,
  'or something',
  'or something like that',
  'or whatever',
  'or similar roles',
];

/**
 * Words that introduce examples of what was just said ("technology topics like AI, cloud or data", "themes such as
 * fintech and payments", "e.g. wine, coffee"): the members after them are instances of the theme before them
 * (`parse/scan/themeLists.ts`: their union with it).
 */
export const EXAMPLE_LEADS: readonly string[] = [
  'like',
  'such as',
  'eg',
  'e g',
  'including',
  'incl',
  'for example',
  'for instance',
  'especially',
  'particularly',
  'notably',
  'say',
];

/**
 * Words that give a role again in other words after a role ("key acct mgrs at dyson, LIKE KAMs", "bdrs, AKA business
 * development reps"): what follows is an example or a restatement of the role said before, never a second role.
 */
export const RESTATING_MARKERS: readonly string[] = ['like', 'aka', 'a k a', 'eg', 'e g', 'such as', 'say'];
