/**
 * Words of instructions about the answer's shape, not about the data (`parse/shapeInstructions.ts`): one result of a
 * ranking ("only the single top one, not a ranking", "just the winner"), dates said exactly ("the precise dates"), a
 * length of time counting both its end days ("inclusive of both ends", "counting both days"), and one figure per value
 * of a list ("each separately", "one by one"). Each is read only where the question already has what it shapes (a
 * superlative, a field, a duration, a list of places); elsewhere its words are asked about.
 */

/**
 * Words that say one result is wanted, in a clause of its own after a superlative ("- just the WINNER", "only the
 * single TOP ONE"). One of them must be in the clause: a clause of restriction words alone ("just that") shapes nothing.
 */
export const SINGLE_RESULT_WORDS: ReadonlySet<string> = new Set([
  'winner',
  'single',
  'one',
  '1',
  'top',
  'first',
  'leader',
]);

/** Nouns of a ranked answer, which a clause of one result negates ("NOT a ranking", "no list", "no league table"). */
export const RANKING_NOUNS: ReadonlySet<string> = new Set([
  'ranking',
  'rankings',
  'list',
  'league',
  'table',
  'runners',
  'runner',
  'ups',
]);

/** Negations before a ranking noun in a clause of one result. */
export const RANKING_NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'dont', 'without']);

/**
 * The other words a clause of one result may hold: restriction, determiners, the negation of a ranking ("not a
 * ranking", "no list needed"), politeness.
 */
export const SINGLE_RESULT_ASIDE_WORDS: ReadonlySet<string> = new Set([
  'just',
  'only',
  'the',
  'a',
  'an',
  'need',
  'needed',
  'want',
  'i',
  'don',
  't',
  'do',
  'pls',
  'please',
  'thanks',
  'up',
  'of',
  'is',
  'fine',
  'enough',
  'give',
  'me',
  'tell',
  'name',
  'spot',
  'ranked',
  'overall',
  'and',
  'so',
  'really',
  'be',
  'thx',
  'at',
]);

/**
 * Adjectives asking for a value to the day or to the unit ("the PRECISE dates", "EXACT start and end dates"): every
 * date the answer shows is the stored day, so before a field they add nothing.
 */
export const PRECISION_ADJECTIVES: ReadonlySet<string> = new Set([
  'exact',
  'precise',
  'specific',
  'accurate',
  'actual',
  'full',
]);

/**
 * Words saying both end days of a length of time are counted ("inclusive of both ends", "counting both days", "start
 * and end day included"): the conventions count a duration as end - start + 1 days, both ends in it. A clause holding
 * one of `INCLUSION_WORDS` and otherwise only `INCLUSION_ASIDE_WORDS` restates that.
 */
export const INCLUSION_WORDS: ReadonlySet<string> = new Set([
  'inclusive',
  'inclusively',
  'included',
  'including',
  'include',
  'counting',
  'counted',
  'count',
  'counts',
]);
export const INCLUSION_ASIDE_WORDS: ReadonlySet<string> = new Set([
  'both',
  'the',
  'ends',
  'end',
  'days',
  'day',
  'dates',
  'first',
  'last',
  'start',
  'and',
  'of',
  'in',
  'each',
  'please',
  'pls',
  'with',
  'as',
  'full',
  'opening',
  'closing',
]);

/**
 * Adverbs asking for one figure per value of a list said before them ("contacts in Vietnam, Thailand and the
 * Philippines, EACH SEPARATELY", "one by one", "individually"): a grouping by the values' dimension.
 */
export const SEPARATELY_WORDS: ReadonlySet<string> = new Set(['separately', 'individually', 'one-by-one']);
/** Phrases of the same ("one by one", "each on its own", "country by country"). */
export const SEPARATELY_PHRASES: readonly (readonly string[])[] = [
  ['one', 'by', 'one'],
  // number words are read as digits ("one by one" is typed and normalised as "1 by 1")
  ['1', 'by', '1'],
  ['broken', 'out'],
  ['broken', 'down'],
];
/** The other words such a clause may hold ("EACH separately", "for EACH of them separately"). */
export const SEPARATELY_ASIDE_WORDS: ReadonlySet<string> = new Set([
  'each',
  'for',
  'of',
  'them',
  'those',
  'please',
  'pls',
  'count',
  'counted',
  'and',
  'give',
  'me',
  'the',
  'numbers',
  'figures',
]);
