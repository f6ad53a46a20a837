/**
 * Contrasts naming what the asked rows are not ("sales but not marketing", "partners rather than sponsors", "sales
 * instead of marketing", "partners as opposed to sponsors"): read as "but not" is, a negated value or link, and a set
 * left out only when a noun of rows follows (`parse/exclusions.ts`). General English.
 */
export const CONTRAST_MARKERS: ReadonlySet<string> = new Set(['but not', 'rather than', 'instead of', 'as opposed to']);

/**
 * Focus adverbs that, after "not", add rather than leave out: "not just speaking at" says speaking alone is not what
 * is asked (the rows may still have it), "not only A but also B" asks for A and B. Read as a plain "not", the words
 * after them were excluded: a narrower answer, or the inverse one. General English (`text/additiveFocus.ts`).
 */
export const ADDITIVE_FOCUS_ADVERBS: readonly string[] = ['just', 'only', 'merely', 'simply', 'solely'];

/**
 * Words that open a clause naming a part of the asked set to leave out ("partners, excluding the sponsors",
 * "leaving out those at A, ...", "speakers but not experts"). Read as a negation by the lexicon and as the start of
 * an excluded clause by `parse/exclusions.ts`. General English, not words of this data set.
 */
export const EXCLUSION_MARKERS: ReadonlySet<string> = new Set([
  'except',
  'excluding',
  'exclude',
  'other than',
  'apart from',
  'aside from',
  // "sponsors besides Marriott": the others (read as filler, it named Marriott alone: the exclusion inverted)
  'besides',
  'excepting',
  'barring',
  'save for',
  'with the exception of',
  'not counting',
  'not including',
  // the negated imperative ("don't include the sponsors, who else is at X", "do not count partners"): the same
  // exclusion said as an instruction
  'not include',
  'not count',
  'not consider',
  'leaving out',
  'leave out',
  'minus',
  'skip',
  'but not',
  'ignore',
  'ignoring',
  'disregard',
  'disregarding',
  'omitting',
  'leaving aside',
  ...CONTRAST_MARKERS,
]);

/**
 * Negations that leave out a kind of the asked rows when a noun of that kind, with what picks the kind, ends the
 * question ("sponsors of X without government agencies", "people at X, no sales people"): read like the
 * `EXCLUSION_MARKERS` there (elsewhere "events without sponsors" is a negated link). General English.
 */
export const KIND_EXCLUSION_MARKERS: ReadonlySet<string> = new Set(['without', 'no', 'w/o']);

/**
 * Universal pronouns whose range an exception says ("everyone except the sponsors and partners": every participant
 * but those, companies like the sponsors; "everybody but the speakers"): `parse/exclusions.ts` reads them as rows of
 * the excepted set's kind. General English, not words of this data set.
 */
export const UNIVERSAL_PRONOUNS: ReadonlySet<string> = new Set(['everyone', 'everybody']);

/**
 * Pronouns after which "but" is "except" ("everybody but the sponsors", "anyone at X but the ceos"): the universal
 * ones and the indefinite persons ("anyone" ranges over the people; `parse/scan/indefinitePersons.ts`).
 */
export const EXCEPTED_PRONOUNS: ReadonlySet<string> = new Set([...UNIVERSAL_PRONOUNS, 'anyone', 'anybody']);

/**
 * Verbs of taking into account that, joined to "only", say which rows the question is over ("the average number of
 * companies per event, counting only events that have at least one company", "only considering sponsors", "including
 * only events in Singapore"): with "only" before or after them they restrict the set as "only" does (the negated
 * forms, "not counting", are `EXCLUSION_MARKERS`). Participles only: an imperative ("only count the sponsors")
 * asks for the count. General English, not words of this data set.
 */
export const RESTRICTIVE_VERBS: readonly string[] = [
  'counting',
  'considering',
  'including',
  'looking at',
  'taking',
  'keeping',
  'using',
];

/**
 * An exclusion inside parentheses ("(not sponsors)", "(no sponsors please)", "(but not the sponsors)"): group 1 is
 * what is excluded. It is moved to the end of its sentence as ", excluding ...", so what follows the parentheses
 * ("the partners (but not the sponsors) of X") stays with the main clause.
 */
export const EXCLUSION_PARENTHESES =
  /\s*\(\s*(?:but\s+)?(?:not|no|excluding|except|minus)\s+(?:as\s+(?:an?\s+)?)?([^()]+?)\s*\)/i;

/**
 * A role excluded as an aside closing the sentence ("which events does X sponsor, not as a speaker", "..., but not as
 * speakers"): ", excluding <role>", read by `parse/exclusions.ts` (which asks back when the role names no set of the
 * asked rows). The "as" says the words are a role of the subject, never a negated condition of the rows.
 */
export const EXCLUSION_AS_ROLE = /,\s*(?:but\s+)?not\s+as\s+(?:an?\s+|the\s+)?([^,;:.?!()]+?)\s*([?.!]*)\s*$/i;

/** An exclusion said after the thing excluded (", sponsors excluded", ", the US ones left out"): ", excluding ...". */
export const EXCLUSION_AFTER = /,\s*([^,;:.()]+?)\s+(?:excluded|left out|omitted|not included)\b/gi;

/** Words that name what a "different" / "other" thing is contrasted with ("a different event than X", "other from"). */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['than', 'from']);
