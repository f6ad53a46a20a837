/**
 * Nouns of the list of who takes part in an event ("on the lineup for X", "on the roster of X", "on the bill at X"):
 * being on it is taking part in the event in some role (`parse/scan/participantLists.ts`). General English, not words
 * of this data set; a list of one role ("the speaker list") says the role with its own noun.
 */
export const PARTICIPANT_LIST_NOUNS: readonly string[] = [
  'lineup',
  'line up',
  'roster',
  'bill',
  'programme',
  'program',
  'list',
  'guest list',
  'slate',
];

/** Prepositions joining such a list to its event ("the lineup for X", "the roster of X", "the bill at X"). */
export const PARTICIPANT_LIST_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'at']);

/**
 * Participles of being entered on such a list ("exhibitors confirmed for X", "companies registered at X", "who is
 * signed up for X"): before an event they restate taking part, in the relation of the noun they are said of.
 */
export const LISTED_PARTICIPLES: readonly string[] = [
  'confirmed',
  'listed',
  'registered',
  'signed up',
  'lined up',
  'booked',
  'scheduled',
  'slated',
  'enrolled',
];

/** Prepositions joining such a participle to its event ("confirmed for X", "registered at X", "signed up to X"). */
export const LISTED_LINKS: ReadonlySet<string> = new Set(['for', 'at', 'to', 'on', 'in']);

/** Words asking for the members of a list of relations apart ("separately", "separate lists", "split out"). */
export const SEPARATE_WORDS: ReadonlySet<string> = new Set(['separately', 'separate', 'apart', 'individually']);

/** Nouns of the lists asked apart after a number ("two lists", "2 tables"). */
export const SEPARATE_LIST_NOUNS: ReadonlySet<string> = new Set(['lists', 'tables', 'sets', 'groups']);
