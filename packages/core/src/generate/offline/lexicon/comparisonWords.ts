/**
 * Words of a comparison between named things ("is X longer than Y?", "more contacts in India or the UK?", "which is
 * bigger, X or Y"). The comparatives of a measure's adjective come from `COMPARATIVE_WORDS` (the "-er" form of each
 * "-est" superlative, a rule of English morphology, not a list of forms); the comparatives of an amount ("more
 * sponsors") count the noun said after them.
 */
import type { RankedColumn } from '../ir/Request';
import type { AttributeName } from './attributeWords';
import { OCCURRENCE_VERBS } from './timeWords';

/** Comparatives of an amount, by the end of the count that wins ("MORE contacts", "FEWER sponsors"). */
export const COUNT_COMPARATIVES: ReadonlyMap<string, 'desc' | 'asc'> = new Map([
  ['more', 'desc'],
  ['fewer', 'asc'],
  ['less', 'asc'],
]);

/** The word after a comparative naming the other side of the comparison ("longer THAN Y"). */
export const COMPARISON_OBJECT_WORDS: ReadonlySet<string> = new Set(['than']);

/**
 * Prepositions linking the rows an amount's comparative counts to each compared thing ("more people AT X than AT Y",
 * "more sponsors FOR X or Y", "more contacts FROM X than from Y").
 */
export const COUNTED_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'from', 'of', 'for', 'with']);

/**
 * Prepositions of time ordering two named events by their dates ("is X BEFORE Y?", "X after or before Y"), by the end
 * of the start date they say comes first ("before": the earlier).
 */
export const DATE_ORDER_WORDS: ReadonlyMap<string, 'desc' | 'asc'> = new Map([
  ['before', 'asc'],
  ['after', 'desc'],
]);

/** Verbs of an event's place in time said before a preposition ordering two events ("X COMES before Y"). */
export const DATE_ORDER_VERBS: readonly string[] = [...OCCURRENCE_VERBS, 'come', 'came', 'fall', 'fell', 'run', 'ran'];

/** Words joining the alternatives of a comparison asked as a choice ("India OR the UK", "X VS Y"). */
export const COMPARED_ALTERNATIVE_JOINS: ReadonlySet<string> = new Set(['or', 'vs', 'versus']);

/** How many words a counted noun may take between an amount's comparative and "than" ("more sales contacts than"). */
export const MAX_WORDS_BEFORE_THAN = 3;

/** Determiners before the other side of a comparison ("longer than THE Worldchefs Congress"). */
export const COMPARED_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our']);

/** How a ranked column's value is said in the answer naming the winner ("6 days", "founded 1990"). */
export const COMPARED_UNITS: Readonly<Record<RankedColumn, { before: string; after: string }>> = {
  duration: { before: '', after: 'days' },
  size: { before: '', after: 'employees' },
  revenue: { before: 'revenue', after: 'USD' },
  date: { before: 'starting', after: '' },
  age: { before: 'founded', after: '' },
};

/**
 * The column a measure's noun names after a comparative ("higher REVENUE", "a bigger HEADCOUNT", "more EMPLOYEES",
 * "a longer DURATION"): the fields whose values rank the compared things.
 */
export const MEASURE_COLUMNS: Readonly<Partial<Record<AttributeName, RankedColumn>>> = {
  revenue: 'revenue',
  employees: 'size',
  duration: 'duration',
};

/** Words between "which" and a bare comparative restating a comparison as a choice ("which ONE IS higher?"). */
export const RESTATED_CHOICE_WORDS: ReadonlySet<string> = new Set([
  'is',
  's',
  'one',
  // "one" is read as the digit
  '1',
  'has',
  'have',
  'of',
  'them',
  'the',
  'two',
  'does',
  'do',
  'got',
]);
/** How many such words may stand between "which" and the comparative. */
export const MAX_RESTATED_GAP = 4;
