/**
 * Verbs a follow-up uses to edit the earlier answer rather than the data ("now drop the government ones", "swap
 * sydney for melbourne", "widen it to the next twelve months"), read by `parse/answerEdits.ts`. General English, not
 * words of this data set.
 */

/**
 * Verbs that take a part out of the earlier set when their object is a kind of its members ("drop the US ones",
 * "remove those based in Singapore"). Said of the data itself ("drop the table") they ask for a change and are
 * refused (`parse/detectRefusal.ts`). A verb whose sense is erasing stored records ("delete", "erase", "purge",
 * "wipe") is none of them: "delete the ones with no revenue" asks to change the data whatever its object, and is
 * refused with nothing run.
 */
export const SET_REMOVING_VERBS: readonly string[] = [
  'drop',
  'remove',
  'take out',
  'cut',
  'cut out',
  'get rid of',
  'filter out',
  'strip out',
  'weed out',
  'throw out',
  'knock out',
  'lose',
  'ditch',
  'without',
  'exclude',
  'excluding',
  'leave out',
  'minus',
];

/**
 * Verbs that put a new value where the earlier request had one of its kind: with both values ("swap sydney for
 * melbourne", "replace X with Y", "change X to Y") the first must be one the earlier turns said.
 */
export const VALUE_SWAPPING_VERBS: readonly string[] = [
  'swap',
  'swap out',
  'switch',
  'change',
  'replace',
  'substitute',
  'exchange',
  'trade',
];

/** Words between the old value and the new one ("swap A for B", "replace A with B", "change A to B"). */
export const SWAP_JOINS: readonly string[] = ['for', 'with', 'to', 'into', 'by'];

/**
 * Verbs that move a bound of the earlier request to the value after "to" ("widen it to the next twelve months",
 * "switch to deputy directors", "make it melbourne"): the new value replaces the old one of its kind.
 */
export const VALUE_MOVING_VERBS: readonly string[] = [
  ...VALUE_SWAPPING_VERBS,
  'make',
  'widen',
  'extend',
  'expand',
  'broaden',
  'stretch',
  'shorten',
  'move',
  'push',
  'bump',
  'open',
  'open up',
  'set',
];

/** Verbs that keep only the part of the earlier set the value after "to" says ("narrow it to the US ones"). */
export const SET_NARROWING_VERBS: readonly string[] = [
  'narrow',
  'narrow down',
  'limit',
  'restrict',
  'cut down',
  'trim',
];

/** Objects standing for the earlier request ("widen it", "narrow that down", "change the window"). */
export const EARLIER_REQUEST_OBJECTS: readonly string[] = [
  'it',
  'that',
  'this',
  'them',
  'those',
  'these',
  'the list',
  'the search',
  'the window',
  'the range',
  'the period',
  'the dates',
  'the timeframe',
  'the time frame',
  'the results',
  'the filter',
];

/**
 * Words that make a duration a window from today ("the next 6 months", "the past 3 weeks"): a bound moved to a bare
 * duration ("extend that to 6 months") keeps the earlier window's word.
 */
export const WINDOW_LEADS: readonly string[] = ['next', 'last', 'past', 'coming', 'previous', 'following', 'upcoming'];

/** Words closing a follow-up that add nothing to the edit ("take out the US ones pls"). */
export const EDIT_TAIL_WORDS: readonly string[] = [
  'pls',
  'plz',
  'please',
  'thanks',
  'thx',
  'ty',
  'cheers',
  'too',
  'as well',
];

/**
 * Nouns of the kind of value swapped ("change the city to melbourne", "switch the year to 2025"): the old value named
 * by its kind, which the earlier request holds one of.
 */
export const VALUE_KIND_NOUNS: readonly string[] = [
  'city',
  'country',
  'location',
  'place',
  'region',
  'industry',
  'sector',
  'year',
  'month',
  'quarter',
  'date',
  'dates',
  'period',
  'timeframe',
  'time frame',
  'window',
  'event',
  'company',
  'role',
  'title',
  'function',
  'department',
  'seniority',
  'level',
  'venue',
  'theme',
  'topic',
];

/**
 * Nouns of the data's own store after "from the" ("delete X from the list of sponsors", "remove them from the
 * database"): the object is then the data, and the verb asks for a change.
 */
export const DATA_STORE_NOUNS: readonly string[] = [
  'list',
  'table',
  'tables',
  'database',
  'db',
  'data',
  'records',
  'system',
  'crm',
];

/**
 * Verbs turning the earlier order around ("reverse the order", "flip it", "the other way round"): the earlier
 * ranking's opposite end first.
 */
export const ORDER_REVERSING_VERBS: readonly string[] = ['reverse', 'flip', 'invert', 'turn around'];

/** Objects of a reversing verb that stand for the earlier order ("reverse the order", "flip the sort"). */
export const ORDER_OBJECTS: readonly string[] = [
  'it',
  'that',
  'this',
  'them',
  'the order',
  'the sort',
  'the sorting',
  'the list',
  'the ranking',
];

/** Phrases of the order turned around, with no verb ("the other way round", "other way around"). */
export const OTHER_WAY_PHRASES: readonly string[] = [
  'the other way round',
  'the other way around',
  'other way round',
  'other way around',
  'the other way',
];

/** Words that may open a follow-up before its edit verb, beside the request openers ("alright, drop ...", "great, swap ..."). */
export const EDIT_LEAD_WORDS: readonly string[] = ['alright', 'right', 'great', 'cool', 'thanks', 'so'];

/** Objects standing for the whole earlier set, or everything: no part of it taken out ("remove them", "drop everything"). */
export const WHOLE_SET_OBJECTS: readonly string[] = [
  'them',
  'those',
  'these',
  'it',
  'that',
  'this',
  'everything',
  'everyone',
  'all',
];
