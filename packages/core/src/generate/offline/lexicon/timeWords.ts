import { TENSE_AUXILIARIES } from './auxiliaryWords';
/** Month names and abbreviations -> month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Each month's full name, capitalised, by month number - 1 (the longest word MONTHS maps to it). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) => {
  const words = Object.keys(MONTHS).filter((word) => MONTHS[word] === i + 1);
  const full = words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
  return full.charAt(0).toUpperCase() + full.slice(1);
});

/** Seasons (northern-hemisphere, meteorological): first and last month; winter runs into the next year. */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

/**
 * Prepositions after which a season word that is also a verb is the verb ("events that fall in H1 2025", "which events
 * fall between may and july", "falls on a weekend"): a season is a noun (after a determiner, "this / next / last", a
 * preposition, before a year, or alone as a time adverbial), never followed by a preposition that places it in time.
 */
export const SEASON_VERB_PARTICLES: ReadonlySet<string> = new Set([
  'in',
  'on',
  'within',
  'into',
  'between',
  'during',
  'inside',
  'under',
]);

/**
 * Bounds on a span from today ("at least a month from now", "more than 2 weeks away", "less than 10 days out"):
 * `after` keeps the events starting that span or more from today (`strict`: the day after it), `before` those
 * starting from today up to it. The anchors say the span is counted from today.
 */
export const OFFSET_BOUNDS: readonly { words: readonly string[]; side: 'after' | 'before'; strict: boolean }[] = [
  { words: ['at', 'least'], side: 'after', strict: false },
  { words: ['no', 'less', 'than'], side: 'after', strict: false },
  { words: ['no', 'sooner', 'than'], side: 'after', strict: false },
  { words: ['more', 'than'], side: 'after', strict: true },
  { words: ['over'], side: 'after', strict: true },
  { words: ['at', 'most'], side: 'before', strict: false },
  { words: ['no', 'more', 'than'], side: 'before', strict: false },
  { words: ['up', 'to'], side: 'before', strict: false },
  { words: ['less', 'than'], side: 'before', strict: false },
  { words: ['under'], side: 'before', strict: false },
];
export const OFFSET_ANCHORS: readonly (readonly string[])[] = [
  ['from', 'now'],
  ['from', 'today'],
  ['away'],
  ['out'],
  ['ahead'],
];

/** Units of relative windows ("next 3 months"). */
export const TIME_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year'>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  fortnight: 'week',
  fortnights: 'week',
  quarter: 'quarter',
  quarters: 'quarter',
};

/** Units that are several of the unit `TIME_UNITS` gives them ("a fortnight": two weeks). */
export const UNIT_MULTIPLES: Readonly<Record<string, number>> = { fortnight: 2, fortnights: 2 };

/**
 * Ordinal words of the calendar units inside a period ("the third month of 2025", "the first quarter of next year"):
 * the position counted from the start. The digit forms ("3rd", "12th") are read by their number.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  opening: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** Vague counts in relative windows ("the next couple of months"): the usual reading, shown in the label. */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = { couple: 2, few: 3 };

/** Words before "the end / start / middle of <period>" that point at it ("towards the end of september"). */
export const TOWARDS_WORDS: readonly string[] = ['towards', 'toward'];

/** Words counting a unit of a period from its end ("the last month of 2024", "the final quarter of 2025"). */
export const FROM_END_WORDS: readonly string[] = ['last', 'final', 'closing'];

/**
 * Words after a period or a year that leave one end open: "2022 or later", "october onwards", "2019 or earlier".
 * `after`: from the period's start on; `before`: up to the period's end.
 */
export const OPEN_RANGE_TAILS: readonly { words: readonly string[]; open: 'after' | 'before' }[] = [
  ...['later', 'after', 'beyond', 'newer', 'since', 'onwards', 'onward', 'more recent', 'more recently'].flatMap(
    (x) => [
      { words: ['or', ...x.split(' ')], open: 'after' as const },
      { words: ['and', ...x.split(' ')], open: 'after' as const },
    ],
  ),
  { words: ['onwards'], open: 'after' },
  { words: ['onward'], open: 'after' },
  ...['earlier', 'before', 'older', 'prior'].flatMap((x) => [
    { words: ['or', x], open: 'before' as const },
    { words: ['and', x], open: 'before' as const },
  ]),
];

/** Phrases meaning "start date from today on". */
export const UPCOMING_WORDS: readonly string[] = [
  'upcoming',
  'coming up',
  'future',
  'forthcoming',
  'yet to happen',
  'yet to take place',
  'not yet happened',
  'not happened yet',
  'still to come',
  'yet to come',
  // what is left of a period: "which events are left this year", "the remaining events"
  'remaining',
  'still remaining',
  'are left',
  'is left',
  'still left',
  'left to go',
  'ahead',
  'will take place',
  'will be held',
  'are coming',
  'coming',
];

/**
 * Nouns of the list of what is planned ("on the calendar", "in the diary", "on the schedule"): every event of the
 * data is on it, so being on it says nothing; said with "still" / "left" / "remain" it is the part of it still ahead.
 */
export const CALENDAR_NOUNS: readonly string[] = [
  'calendar',
  'schedule',
  'agenda',
  'diary',
  'books',
  'cards',
  'roster',
];

/**
 * Verbs of remaining said of events ("which events remain this year", "what remains of 2024"): the part of the
 * period still ahead, from today on (`parse/scanTime.ts` `remainingAt`, with a noun of events or "what" before it).
 */
export const REMAIN_VERBS: readonly string[] = ['remain', 'remains'];

/**
 * Participles of being planned that "still" makes the part still ahead ("still scheduled", "still planned", "still
 * slated"): from today on.
 */
export const SCHEDULED_WORDS: readonly string[] = ['scheduled', 'planned', 'slated', 'booked', 'lined up', 'listed'];

/** Phrases meaning "already over" (end date, or start date without one, before today). */
export const PAST_WORDS: readonly string[] = [
  'already taken place',
  'already took place',
  'already happened',
  'have happened',
  'has happened',
  'already been held',
  'in the past',
  'past',
  'previous',
  'finished',
  'ended',
  'over already',
  'already over',
  'have taken place',
  'has taken place',
  'already ended',
  'completed',
  'concluded',
  'held previously',
  'have ended',
  'gone by',
  // up to today ("which events already took place before today", "events to date"): the past window
  'before today',
  'prior to today',
  'until today',
  'until now',
  'till now',
  'up to now',
  'up until now',
  'to date',
];

/**
 * The states of a thing that has ended, as said of events ("done", "over", "wrapped up", "behind us"): an event in
 * that state already took place (end date, or start date without one, before today). Read where the grammar makes
 * the word a state (`parse/scanTime.ts` `pastStateAt`): after a copula or a perfect auxiliary ("events that are
 * over", "have wrapped up"), beside "already" ("events already done", "done already"), or as a phrase that is no
 * preposition ("behind us"); "over 3 days", "done by X" stay what they are.
 */
export const PAST_STATE_WORDS: readonly string[] = [
  'over',
  'done',
  'finished',
  'ended',
  'concluded',
  'completed',
  'complete',
  'wrapped up',
  'wrapped',
  'gone',
  'gone by',
  'past',
  'elapsed',
  'behind us',
  'in the past',
  'done and dusted',
  'all over',
];

/**
 * Participles of arriving that a state of having ended may be joined to ("have been and gone", "has come and gone"):
 * the whole course of the events, which ends in the state. (A participle of occurring, "have happened", is a past
 * phrase of its own, read before.)
 */
export const OCCURRED_BEFORE_STATES: readonly string[] = ['been', 'come', 'arrived'];

/** Words before a state that make it the subject's state ("are over", "have ended", "already done"). */
export const STATE_LEADS: readonly string[] = [
  'are',
  'is',
  'was',
  'were',
  'been',
  'be',
  'have',
  'has',
  'had',
  'already',
];

/** State phrases that are no preposition nor participle of anything else: read after the noun with no lead. */
export const UNLED_PAST_STATES: readonly string[] = ['behind us', 'done and dusted', 'wrapped up', 'gone by'];

/**
 * An event's occurring, in the forms that follow a negation ("has not taken place", "didn't happen", "not held
 * yet"): negated, the event has not started, so its start date is from today on.
 */
export const OCCURRENCE_VERBS: readonly string[] = [
  'take place',
  'taken place',
  'took place',
  'happen',
  'happened',
  'occur',
  'occurred',
  'be held',
  'been held',
  'held',
  'start',
  'started',
  'begin',
  'begun',
  'kick off',
  'kicked off',
];

/**
 * An event's ending, in the forms that follow a negation ("is not over yet", "hasn't finished"): negated, the event
 * is not over, so its end date (or start date without one) is from today on; a running event is included.
 */
export const ENDING_VERBS: readonly string[] = [
  'over',
  'done',
  'end',
  'ended',
  'finish',
  'finished',
  'conclude',
  'concluded',
  'complete',
  'completed',
  'wrap up',
  'wrapped up',
];

/**
 * The auxiliaries of a negated occurrence that speak of now ("has not", "didn't", "aren't"); after a modal ("won't
 * happen", "might not take place") the question is about a plan or a cancellation, which the data cannot tell.
 */
export const OCCURRENCE_AUXILIARIES: readonly string[] = TENSE_AUXILIARIES;

/** Auxiliaries of the simple tenses: "didn't happen" (without "yet") may say it was cancelled, which no date tells. */
export const SIMPLE_TENSE_AUXILIARIES: readonly string[] = ['did', 'do', 'does', 'was', 'were', 'had'];

/** Adverbs a negated occurrence may carry around its verb ("not yet held", "hasn't happened yet"). */
export const NOT_YET_WORDS: readonly string[] = ['yet', 'still'];

/** Verbs in the past tense that put a question in the past ("events that took place before March"). */
export const PAST_TENSE_WORDS: readonly string[] = [
  'took place',
  'happened',
  'was held',
  'were held',
  'occurred',
  'ran',
  'did',
  'was',
  'were',
  // verbs of beginning in the past tense: "events that started in march" asks of the March gone by
  'started',
  'began',
  'kicked off',
];

/** Phrases meaning "running today". */
export const ONGOING_WORDS: readonly string[] = [
  'ongoing',
  'going on',
  'currently going on',
  'going on now',
  'underway',
  'under way',
  'on right now',
  'taking place now',
  'running now',
  'at the moment',
  'live now',
  'happening now',
  'currently running',
  'in progress',
  'right now',
  'currently happening',
  'happening today',
];

/** The label of the date window that lifts every date condition (open at both ends, asked for in words). */
export const ANY_DATE_LABEL = 'at any date';

/**
 * Phrases that lift every date condition: "any time", "whenever", "past or future alike". The events of every date are
 * meant (`parse/scanTime.ts` reads them as a window open at both ends, said in the description), never a date
 * condition; the words are read so they are neither asked about nor taken as a theme ("time").
 */
export const ANY_TIME_WORDS: readonly string[] = [
  'any time',
  'anytime',
  'at any time',
  'whenever',
  'any date',
  'any dates',
  'all dates',
  'all time',
  'of all time',
  'regardless of date',
  'regardless of when',
  // the choice of date left free in the speaker's words ("..., doesn't matter when", "i don't mind when")
  'no matter when',
  'does not matter when',
  'do not mind when',
  'do not care when',
  'not fussed when',
];

/**
 * The present state of events ("events now", "which events are on now", "events still running"): running today.
 * Read after an events noun or its copula (`parse/scanTime.ts` `presentStateAt`); elsewhere "now" and "currently"
 * say nothing the data can tell ("companies currently sponsoring": a relation has no dates) and stay filler.
 */
export const PRESENT_STATE_WORDS: readonly string[] = [
  'now',
  'currently',
  'presently',
  'at present',
  'on now',
  'currently on',
  'still on',
  'still running',
  'still going',
  'still going on',
  'still happening',
];

/**
 * Adverbs of aspect that say a state only with a word after them ("events already [over]", "events yet [to come]",
 * "events still [running]"): filler inside a clause, but ending the clause after an events noun or a copula they
 * stand for a state nobody said, so they are asked about (`parse/scan/leftoverWords.ts`).
 */
export const ASPECT_ADVERBS: ReadonlySet<string> = new Set(['already', 'yet', 'still']);

/**
 * The state of events that have begun ("have started", "already begun", "kicked off already"): started by today (a
 * running event included), read after a perfect auxiliary or beside "already" as the past states are.
 */
export const STARTED_STATE_WORDS: readonly string[] = ['started', 'begun', 'began', 'kicked off', 'commenced'];

/** Times that are dates people mean but no start-date window can hold ("on weekends"): asked back, never dropped. */
export const UNREPRESENTABLE_TIME_WORDS: readonly string[] = [
  'weekends',
  'on weekends',
  'at weekends',
  'weekdays',
  'on weekdays',
  'every week',
  'every month',
  'every year',
  'in the evening',
  'in the evenings',
  'in the morning',
  'in the mornings',
  'in the afternoon',
  'evenings',
  'mornings',
];

/** Words before an event that ask for the events sharing its dates ("on the same dates as X"). */
export const SAME_DATES_WORDS: readonly string[] = [
  'same dates as',
  'same date as',
  'same days as',
  'same day as',
  'same week as',
  'same dates of',
];

/**
 * Nouns of where an event is held, after "the same" ("at the same venue as X", "in the same place"): the events held
 * where X is (`parse/scan/sameDates.ts`). General English.
 */
export const SAME_VENUE_NOUNS: readonly string[] = ['venue', 'venues', 'place', 'location', 'site', 'spot'];

/**
 * Nouns of when an event is held, after "the same" when no "as" follows ("..., on the same dates at the same venue"):
 * restating the dates of the event compared with (`parse/scan/sameDates.ts`).
 */
export const SAME_DATE_NOUNS: readonly string[] = ['dates', 'date', 'days', 'day', 'time', 'week', 'weekend'];

/**
 * Words before an event that ask for the events held with it, at its venue while it runs ("co-located with X",
 * "colocated alongside X"): the hyphen is gone from the tokens. General English of trade shows.
 */
export const COLOCATION_WORDS: readonly string[] = [
  'co located with',
  'co located alongside',
  'colocated with',
  'colocated alongside',
  'co located',
  'colocated',
  'co locate with',
  'colocate with',
];

/** Words before an event that ask for the events whose dates overlap its own ("clashing with X"). */
export const OVERLAP_WORDS: readonly string[] = [
  // "at the same time as X": while X runs, its dates overlapping (no one means the very same first and last day)
  'same time as',
  'overlap with',
  'overlaps with',
  'overlapping with',
  'overlapping',
  'overlap',
  'overlaps',
  'clash with',
  'clashes with',
  'clashing with',
  'coincide with',
  'coincides with',
  'coinciding with',
  'concurrent with',
  'running alongside',
  'alongside',
];

/** Prepositions that open or close a time window ("before March", "since 2024", "until christmas"). */
export const TIME_PREPOSITIONS: readonly string[] = [
  'before',
  'after',
  'until',
  'since',
  'through',
  'between',
  'during',
  'within',
];

/** Words that scale the number before them ("ten thousand", "5 million"). */
export const NUMBER_SCALE_WORDS: readonly string[] = ['hundred', 'thousand', 'million', 'billion', 'trillion'];

/** The single words of the states: each a word of its own, never a filler verb's tense ("done" is no "do"). */
export const STATE_WORDS: ReadonlySet<string> = new Set(
  [...PAST_STATE_WORDS, ...PRESENT_STATE_WORDS].filter((p) => !p.includes(' ')),
);

/** Words that set a state of events at today, the date the question is asked as of ("as of today", "to date"). */
export const TODAY_REFERENCES: readonly string[] = [
  'as of today',
  'as at today',
  'as of now',
  'as at now',
  'as of right now',
  'to date',
  'so far',
  'until now',
  'till now',
  'up to now',
  'up till now',
  'until today',
  'up to today',
];

/**
 * Nouns of a break after a season or a holiday that name that period itself ("the winter hols", "christmas
 * holidays", "summer break", "the easter vacation"): read with the period, never as a word to ask about.
 */
export const PERIOD_TAIL_NOUNS: ReadonlySet<string> = new Set([
  'holidays',
  'holiday',
  'hols',
  'break',
  'vacation',
  'vacations',
  'season',
]);

/**
 * The end of a period said as its state after the period ("before summer's over", "until the autumn ends"): the
 * period's last day is the deadline. The copula is optional (the tokenizer drops the possessive "'s").
 */
export const PERIOD_END_STATES: readonly string[] = [
  'is over',
  'over',
  'is out',
  'is done',
  'is finished',
  'ends',
  'is through',
  'wraps up',
  'winds down',
];

/** Days of the week as typed, by their place from Monday (0) to Sunday (6). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 0,
  mon: 0,
  tuesday: 1,
  tue: 1,
  tues: 1,
  wednesday: 2,
  wed: 2,
  thursday: 3,
  thu: 3,
  thur: 3,
  thurs: 3,
  friday: 4,
  fri: 4,
  saturday: 5,
  sat: 5,
  sunday: 6,
  sun: 6,
};

/**
 * Units an event's length is said in, with their number of days: the duration is stored in days, so "longer than a
 * week" and "two-week events" are read in days ("a fortnight" 14). Months and years are no unit of an event's length
 * here (their days vary): "a month long" stays unread.
 */
export const LENGTH_UNIT_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  wk: 7,
  wks: 7,
  fortnight: 14,
  fortnights: 14,
};
