import { RELATION_VERBS } from './relationWords';

/** Grouping dimensions ("by country", "per relation type"); resolved against the grouped entity. */
export type DimensionName =
  | 'relation'
  | 'country'
  | 'city'
  | 'industry'
  | 'tag'
  | 'job_function'
  | 'seniority'
  | 'job_title'
  | 'month'
  | 'quarter'
  | 'year'
  | 'venue'
  | 'event'
  | 'company';

/**
 * Words that make "quarter" a fraction, not the calendar's ("a quarter of the events", "three quarters of them"):
 * there it names no grouping.
 */
export const FRACTION_NUMERATORS: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three']);
/** Dimensions a fraction's numerator before them turns into a fraction ("a quarter of"). */
export const FRACTION_DIMENSIONS: ReadonlySet<DimensionName> = new Set(['quarter']);

/** Nouns of the link between a company and an event, whose kinds are the relations ("types of participation"). */
const RELATION_BASES: readonly string[] = [
  'relation',
  'relationship',
  'participation',
  'involvement',
  'engagement',
  // not "association": a word of its own in the vocabulary, "assoc" would read two long forms ("associates")
  'connection',
  'link',
];
/**
 * Nouns of a kind or of a manner ("relation types", "kinds of participation", "the nature of their involvement", "the
 * form of their engagement", "the manner of participation").
 */
const KIND_NOUNS: readonly string[] = [
  'type',
  'types',
  'kind',
  'kinds',
  'sort',
  'sorts',
  'category',
  'categories',
  'nature',
  'form',
  'forms',
  'manner',
  'mode',
  'modes',
];
/** Determiners between the kind and its link noun ("the nature of their involvement", "the type of its link"). */
const OWNER_DETERMINERS: readonly string[] = ['', 'their ', 'its ', 'the '];

/**
 * Every "<base> <kind>" and "<kind> of [their] <base(s)>": the relation dimension by its link noun and a noun of kind
 * ("the nature of" is no dimension alone: only before a link noun).
 */
const RELATION_KIND_WORDS: readonly (readonly [string, DimensionName])[] = RELATION_BASES.flatMap((base) =>
  KIND_NOUNS.flatMap((kind) => [
    ...(['nature', 'form', 'forms', 'manner', 'mode', 'modes'].includes(kind)
      ? []
      : [[`${base} ${kind}`, 'relation'] as const]),
    ...OWNER_DETERMINERS.flatMap((det) => [
      [`${kind} of ${det}${base}`, 'relation'] as const,
      [`${kind} of ${det}${base}s`, 'relation'] as const,
    ]),
  ]),
);

/** Who takes part, with the copula that agrees with it, in "how <subject> <verb>" ("how they're involved"). */
const PARTICIPANT_SUBJECTS: readonly (readonly [string, string])[] = [
  ['they', 'are'],
  ['each', 'is'],
  ['it', 'is'],
];
/**
 * The verbs of taking part in any relation (`RELATION_VERBS` with no relation of their own: "take part", "participate",
 * "attend", "involved", "linked to"), without the preposition that would take the event: "how they take part".
 */
const PARTICIPATING: readonly string[] = [
  ...new Set(
    RELATION_VERBS.filter(([, relations]) => relations.length === 0).map(([verb]) =>
      verb.replace(/ (?:in|at|to|with|on)$/, ''),
    ),
  ),
];

/** What opens a clause of manner ("by how they ...", "by the way they ...", "in what way each ..."). */
const MANNER_LEADS: readonly string[] = ['how', 'the way', 'the ways', 'what way', 'which way'];

/**
 * "break down the companies at X by how they're involved", "by how each participates", "by the way they take part":
 * the manner of taking part, said with any verb of taking part (with its copula or without), is the relation (the
 * clause reads as the noun "type of involvement" would).
 */
const RELATION_MANNER_WORDS: readonly (readonly [string, DimensionName])[] = MANNER_LEADS.flatMap((lead) =>
  PARTICIPANT_SUBJECTS.flatMap(([who, copula]) =>
    PARTICIPATING.flatMap((verb) => [
      [`${lead} ${who} ${verb}`, 'relation'] as const,
      [`${lead} ${who} ${copula} ${verb}`, 'relation'] as const,
    ]),
  ),
);

export const DIMENSION_WORDS: readonly (readonly [string, DimensionName])[] = [
  ...RELATION_KIND_WORDS,
  ...RELATION_MANNER_WORDS,
  ['relation', 'relation'],
  ['relationship', 'relation'],
  ['role', 'relation'],
  // also the job titles of people (`attributeWords`): the relation only where the question counts participations
  // (`parse/scan/lexiconPhrases.ts`)
  ['roles', 'relation'],
  ['type', 'relation'],
  ['types', 'relation'],
  ['relations', 'relation'],
  ['country', 'country'],
  ['countries', 'country'],
  ['nation', 'country'],
  ['nations', 'country'],
  ['city', 'city'],
  ['cities', 'city'],
  ['industry', 'industry'],
  ['industries', 'industry'],
  ['sector', 'industry'],
  ['sectors', 'industry'],
  ['theme', 'tag'],
  ['themes', 'tag'],
  ['topic', 'tag'],
  ['topics', 'tag'],
  ['tag', 'tag'],
  ['tags', 'tag'],
  ['job function', 'job_function'],
  ['job functions', 'job_function'],
  ['function', 'job_function'],
  ['functions', 'job_function'],
  ['department', 'job_function'],
  ['departments', 'job_function'],
  ['seniority', 'seniority'],
  ['seniority level', 'seniority'],
  ['level', 'seniority'],
  ['levels', 'seniority'],
  ['month', 'month'],
  ['months', 'month'],
  // the calendar quarter of a start date ('2025-Q1'), as the month ('which quarter has the most events')
  ['quarter', 'quarter'],
  ['quarters', 'quarter'],
  ['year', 'year'],
  ['years', 'year'],
  ['venue', 'venue'],
  ['venues', 'venue'],
  ['event', 'event'],
  ['company', 'company'],
];
