/**
 * Vague head nouns and the noun of events each stands for there: words that stand for "whatever fits" rather than a kind of thing ("cybersecurity stuff",
 * "aviation things"). After a verb of taking part they can only mean events (`parse/scan/vagueEventNouns.ts`).
 * General English, not words of this data set.
 */
export const VAGUE_NOUNS: ReadonlyMap<string, 'event' | 'events'> = new Map([
  // a singular one names one event ("the afa thing": the readers of loose names take it as an event noun)
  ['thing', 'event'],
  ['thingy', 'event'],
  ['things', 'events'],
  ['thingies', 'events'],
  ['stuff', 'events'],
  ['whatnot', 'events'],
  ['shindigs', 'events'],
  ['gigs', 'events'],
]);

/**
 * Prepositions that give what a vague request is about ("anything on marketing", "stuff about AI", "something re
 * fintech", "what's on around cloud"): a theme follows them (`parse/scan/vagueEventRequests.ts`).
 */
export const THEME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'about',
  'around',
  'regarding',
  'concerning',
  'covering',
  're',
]);

/** Words that make the theme before them a modifier ("anything marketing related", "something AI focused"). */
export const THEMED_ADJECTIVES: ReadonlySet<string> = new Set(['related', 'themed', 'focused', 'oriented', 'centric']);

/**
 * Words that open a time or a definite phrase after "on" ("anything on next month", "anything on this week", "anything
 * on the calendar"): no theme follows, so the vague request is left to the readers of times and of the data itself.
 */
export const NO_THEME_LEADS: ReadonlySet<string> = new Set([
  'next',
  'this',
  'last',
  'coming',
  'today',
  'tomorrow',
  'tonight',
  'now',
  'the',
  'these',
]);

/**
 * Singular heads that name one event only after a word of order by date ("the next one", "first show", "the last
 * one"), in a question that names no other kind of row: "one" stands for a noun said nowhere, and "show" elsewhere
 * is the request verb ("show me"). The vague nouns of one event ("thing") are read there too (`VAGUE_NOUNS`).
 */
export const ORDERED_SINGULAR_HEADS: ReadonlySet<string> = new Set(['one', 'show']);

/**
 * Determiners that ask for an unstated part of a set ("find me some people", "any companies?"): with nothing else said
 * of the rows they name no condition, so the answer would be the whole table the user did not ask for ("all people",
 * "every event" ask for it). Asked about (`parse/indefiniteWholeSets.ts`).
 */
export const INDEFINITE_PART_DETERMINERS: ReadonlySet<string> = new Set(['some', 'any']);

/**
 * Determiners of a set the listener is taken to know ("THE big players", "the large companies"): said of a whole
 * table narrowed only by a vague size word, with no earlier turn to say which set, the set is unstated
 * (`parse/indefiniteWholeSets.ts`); "all big companies", "large companies" ask for every such row.
 */
export const DEFINITE_SET_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these']);

/** Objects of a favour asked for the speaker ("sort ME out", "help US out"): a phrasal verb around them names no rows. */
export const FAVOUR_OBJECTS: ReadonlySet<string> = new Set(['me', 'us']);
