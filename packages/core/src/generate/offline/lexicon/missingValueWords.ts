/**
 * Words that say a value is absent, before the field ("no end date", "an unknown country", "missing a website")
 * or after it ("the venue is unknown", "country not listed"); and the words that may close the field
 * ("no revenue listed", "no end date on record").
 */
export const ABSENT_BEFORE: readonly string[] = [
  'no',
  'without',
  'missing',
  'unknown',
  'lacking',
  'lack',
  'lacks',
  'empty',
  'blank',
  'unspecified',
  'unlisted',
  'undisclosed',
  'no known',
  'without a known',
  'without any',
  ...negatedPossession(),
];

/**
 * A negated verb of having before the field is its absence ("events that do not have an end date", "which don't list
 * a country", "companies never given a website"): every negation word with every verb that has, gives or shows a
 * value. The tokenizer reads "don't" and "dont" as "do not", so the auxiliary is a word of its own and the phrase
 * starts at the negation.
 */
function negatedPossession(): string[] {
  const negations = ['not', 'never', 'no longer'];
  const verbs = ['have', 'has', 'had', 'having', 'got', 'get', 'list', 'lists', 'listed', 'show', 'shows', 'given'];
  return negations.flatMap((n) => verbs.map((v) => `${n} ${v}`));
}
export const ABSENT_AFTER: readonly string[] = [
  'unknown',
  'missing',
  'empty',
  'blank',
  'unspecified',
  'undisclosed',
  'null',
  'not listed',
  'not known',
  'not given',
  'not specified',
  'not set',
  'not recorded',
  'not available',
];
export const ABSENT_CLOSERS: readonly string[] = [
  'listed',
  'on record',
  'on file',
  'recorded',
  'given',
  'specified',
  'provided',
  'available',
  'set',
  'filled',
  'filled in',
  'yet',
];

/**
 * Words that say a value is there, before the field: "with a website", "that have a known revenue", "(only those
 * with an address)". `needsCloser`: the bare verb or preposition ("with revenue", "having revenue") also asks to see
 * the value, so it restricts the set only with a closing word ("with revenue listed", "with revenue data").
 */
export const PRESENT_BEFORE: readonly { phrase: string; needsCloser: boolean }[] = presentPossession();

/**
 * Every verb of having (with its relative pronoun or none: "companies that have", "how many companies have") and
 * "with" / "having", bare (closer needed) or with a determiner or "known" before the field ("have a known revenue
 * figure", "with an address", "having any website"), which says the field is there by itself.
 */
function presentPossession(): { phrase: string; needsCloser: boolean }[] {
  const haves = ['have', 'has', 'had'];
  const verbs = [
    'with',
    'having',
    ...haves,
    ...['that', 'which', 'who'].flatMap((pronoun) => haves.map((have) => `${pronoun} ${have}`)),
  ];
  const determiners = ['a known', 'known', 'any known', 'a', 'an', 'any', 'some'];
  return [
    ...verbs.flatMap((verb) => determiners.map((d) => ({ phrase: `${verb} ${d}`, needsCloser: false }))),
    ...verbs.map((phrase) => ({ phrase, needsCloser: true })),
    // "(only known country)": the restricting word before the field says it is there by itself
    ...['only known', 'only with known', 'only with a known'].map((phrase) => ({ phrase, needsCloser: false })),
    // "(known country only)": the bare adjective restricts with a closing word, as "with" does
    { phrase: 'known', needsCloser: true },
  ];
}

/** Words closing a field said to be there ("with revenue listed", "among those with revenue data"). */
export const PRESENT_CLOSERS: readonly string[] = [
  ...ABSENT_CLOSERS,
  'data',
  'info',
  'information',
  'figure',
  'figures',
  'number',
  'numbers',
  'details',
  'value',
  'values',
  'known',
  'only',
];

/**
 * Words after a field said to be there that close a restriction of their own, with no clause opener before the field
 * ("(country known only)", "country known only"): the set is only the members having the field.
 */
export const PRESENT_RESTRICTORS: readonly string[] = ['only'];

/** Words that say a value is there, after the field: "where revenue is available", "whose website is known". */
export const PRESENT_AFTER: readonly string[] = [
  'available',
  'known',
  'listed',
  'given',
  'present',
  'filled',
  'filled in',
  'on record',
  'on file',
  'recorded',
  'provided',
  'specified',
  'not missing',
  'not empty',
  'not blank',
  'not null',
];

/**
 * "(of the ones that have any)", "only those with one": the field is the one said before (the ranked measure, an
 * attribute shown); the pronoun stands for it.
 */
export const PRESENT_PRONOUNS: readonly string[] = [
  'that have any',
  'that has any',
  'which have any',
  'who have any',
  'having any',
  'with any',
  'that have one',
  'that has one',
  'with one',
  'that have some',
  'that has some',
  'which have some',
  'having some',
];

/**
 * "(of the ones that have none)": the field said before is absent; with no field said, the noun said before is
 * (`parse/scan/elidedObjects.ts`: "events that have none" after "companies per event").
 */
export const ABSENT_PRONOUNS: readonly string[] = [
  'that have none',
  'that has none',
  'which have none',
  'which has none',
  'who have none',
  'having none',
  'with none',
];

/** Field words that also name other things ("employees" are people): a field only with a closing word. */
export const CLOSED_FIELDS: readonly (readonly [string, 'employees'])[] = [
  ['employees', 'employees'],
  ['employee', 'employees'],
  ['staff', 'employees'],
  ['employee numbers', 'employees'],
  ['staff numbers', 'employees'],
];

export type ValueEntity = 'events' | 'companies' | 'people';

/** Fields whose absence can be asked for that are not shown attributes of their own, or live on several entities. */
export const VALUE_FIELDS: readonly (readonly [string, string])[] = [
  ['end date', 'end_date'],
  ['end dates', 'end_date'],
  ['finish date', 'end_date'],
  ['closing date', 'end_date'],
  ['start date', 'start_date'],
  ['start dates', 'start_date'],
  ['date', 'start_date'],
  ['dates', 'start_date'],
  ['country', 'country'],
  ['countries', 'country'],
  ['city', 'city'],
  ['cities', 'city'],
];

/** Where each field lives, per entity that has it. */
export const VALUE_COLUMNS: Readonly<Record<string, Partial<Record<ValueEntity, { column: string; label: string }>>>> =
  {
    end_date: { events: { column: 'end_date', label: 'end date' } },
    start_date: { events: { column: 'start_date', label: 'start date' } },
    country: {
      events: { column: 'country', label: 'country' },
      companies: { column: 'country', label: 'country' },
      people: { column: 'country', label: 'country' },
    },
    city: {
      events: { column: 'city', label: 'city' },
      companies: { column: 'city', label: 'city' },
      people: { column: 'city', label: 'city' },
    },
  };

/**
 * Adjectives of a value being there to use ("a usable e-mail", "a valid email", "a working email address"): said of
 * the e-mail they restate that the person has one (the data's e-mails are built from the company's pattern, so one
 * that exists is one that can be used). `parse/scan/availableEmails.ts`. General English, not words of this data set.
 */
export const AVAILABLE_VALUE_ADJECTIVES: ReadonlySet<string> = new Set([
  'usable',
  'useable',
  'valid',
  'working',
  'deliverable',
  'reachable',
  'verified',
  'real',
  'good',
  'correct',
  'active',
  'known',
  'available',
  'derivable',
  'buildable',
]);

/**
 * Verbs of working a value out ("an email we can build", "where an email can be derived", "emails we could guess"):
 * after the e-mail they restate that the person has one. By lemma.
 */
export const DERIVING_VERBS: ReadonlySet<string> = new Set([
  'build',
  'make',
  'construct',
  'derive',
  'work',
  'guess',
  'infer',
  'generate',
  'create',
  'figure',
  'compute',
  'get',
  'find',
  'use',
  'reach',
]);
