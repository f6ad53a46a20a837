/** "How many" phrasing. */
export const COUNT_WORDS: readonly string[] = [
  'how many',
  'number of',
  'count of',
  'count',
  'total number of',
  'how much',
  'tally of',
  'number',
  // "the exact number pls", "a rough count": every count is exact; how precise it should be restates the count
  ...['exact', 'precise', 'accurate', 'actual', 'rough', 'approximate', 'ballpark'].flatMap((x) => [
    `${x} number`,
    `${x} count`,
    `${x} number of`,
    `${x} count of`,
    `${x} figure`,
  ]),
];

/**
 * Adverbs saying that a number is over everything together ("how many exhibitors in all", "overall count of
 * speakers", "altogether"): one number, never one per group. What they add is already the reading of a count.
 */
export const TOTAL_ADVERBS: readonly string[] = [
  'overall',
  'altogether',
  'all together',
  'in total',
  'in all',
  'all in all',
  'all told',
  'in aggregate',
  'grand total',
  // "total number of marketing people? across everything": the whole data is the scope
  'across everything',
  'over everything',
  'across the board',
];

/**
 * Adjectives that say the counted rows are told apart ("two or more different events", "at least 3 distinct
 * sponsors", "multiple separate events"): a count of linked rows already takes each row once (events by name), so
 * between a number and its counted noun they add nothing to the count, and must not hide the noun from it.
 */
export const DISTINCTNESS_WORDS: readonly string[] = ['different', 'distinct', 'separate', 'unique', 'individual'];

/**
 * Quantifiers of a large or small number with no figure ("at many events", "with lots of sponsors", "with few
 * exhibitors"): over a clause's object a count the data could hold only with a figure, so asked about
 * (`parse/scan/vagueCounts.ts`) with the readings the request can say.
 */
export const VAGUE_COUNT_WORDS: Readonly<Record<string, 'many' | 'few'>> = {
  many: 'many',
  'lots of': 'many',
  'a lot of': 'many',
  'plenty of': 'many',
  'loads of': 'many',
  'tons of': 'many',
  numerous: 'many',
  few: 'few',
};

/**
 * Words that open a modifier after a counted noun ("2 or more events in 2025", "3+ events in Singapore", "more than
 * one conference held at Suntec", "events with 5+ sponsors from Japan"): a place, a time or a venue said after the
 * noun describes the rows counted, as it would before it ("2 or more 2025 events").
 */
export const COUNTED_NOUN_MODIFIER_LEADS: readonly string[] = [
  'in',
  'at',
  'during',
  'from',
  'held',
  'hosted',
  'located',
  'based',
  'headquartered',
  'this',
  'next',
  'last',
  'since',
  'within',
];

/**
 * Adjectives of taking part again, before a noun of those who take part ("repeat sponsors", "returning exhibitors",
 * "recurring participants"): the companies (or people) at more than one event under that relation.
 */
export const REPEAT_WORDS: readonly string[] = ['repeat', 'repeated', 'returning', 'recurring', 'recurrent'];

/** Quantifiers of a whole set ("across all events", "for every sponsor", "at all the events in 2025"). */
export const WHOLE_SET_QUANTIFIERS: readonly string[] = ['all', 'every', 'the whole', 'the entire', 'each and every'];

/** Average / total phrasing (followed by a numeric attribute). */
export const AGGREGATE_FN_WORDS: readonly (readonly [string, 'avg' | 'sum' | 'min' | 'max'])[] = [
  ['average', 'avg'],
  ['mean', 'avg'],
  ['avg', 'avg'],
  ['typical', 'avg'],
  ['total', 'sum'],
  ['sum of', 'sum'],
  ['combined', 'sum'],
  ['sum', 'sum'],
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['min', 'min'],
  ['max', 'max'],
];

/** Superlatives over a count ("the most sponsors") or an attribute ("the largest"). */
export const MOST_WORDS: readonly (readonly [string, 'desc' | 'asc'])[] = [
  ['the most', 'desc'],
  ['most', 'desc'],
  ['the greatest number of', 'desc'],
  ['the highest number of', 'desc'],
  ['the largest number of', 'desc'],
  ['the biggest number of', 'desc'],
  ['more', 'desc'],
  // how often a value comes up: the value with the most rows ("the most common country", "based most often")
  ['the most common', 'desc'],
  ['most common', 'desc'],
  ['the most frequent', 'desc'],
  ['most frequent', 'desc'],
  ['most often', 'desc'],
  ['most commonly', 'desc'],
  ['most frequently', 'desc'],
  ['the least common', 'asc'],
  ['least common', 'asc'],
  ['least often', 'asc'],
  ['the fewest', 'asc'],
  ['fewest', 'asc'],
  ['the least', 'asc'],
  ['least', 'asc'],
  ['the lowest number of', 'asc'],
  ['the smallest number of', 'asc'],
];

/**
 * How well liked or how full a value is, said of a dimension ("the most popular venue", "the busiest month"): the
 * value most rows have, as "the most common". Before anything but a dimension the words grade nothing the data holds
 * (`qualifierWords.ts`: "popular events" is asked about).
 */
export const POPULARITY_WORDS: readonly (readonly [string, 'desc' | 'asc'])[] = [
  ['the most popular', 'desc'],
  ['most popular', 'desc'],
  ['the busiest', 'desc'],
  ['busiest', 'desc'],
  ['the least popular', 'asc'],
  ['least popular', 'asc'],
  ['the quietest', 'asc'],
  ['quietest', 'asc'],
];

/** Superlative adjectives bound to an attribute. */
export const SUPERLATIVE_WORDS: readonly (readonly [string, string, 'desc' | 'asc'])[] = [
  ['oldest', 'age', 'asc'],
  ['most recent', 'date', 'desc'],
  ['most recently', 'date', 'desc'],
  ['youngest', 'age', 'desc'],
  ['newest', 'age', 'desc'],
  ['most recently founded', 'age', 'desc'],
  ['largest', 'size', 'desc'],
  ['biggest', 'size', 'desc'],
  ['smallest', 'size', 'asc'],
  ['richest', 'revenue', 'desc'],
  ['highest revenue', 'revenue', 'desc'],
  ['highest revenues', 'revenue', 'desc'],
  ['lowest revenue', 'revenue', 'asc'],
  ['most revenue', 'revenue', 'desc'],
  ['highest earning', 'revenue', 'desc'],
  ['earliest', 'date', 'asc'],
  ['soonest', 'date', 'asc'],
  ['next', 'date', 'asc'],
  ['first', 'date', 'asc'],
  ['latest', 'date', 'desc'],
  ['last', 'date', 'desc'],
  ['furthest out', 'date', 'desc'],
  ['farthest out', 'date', 'desc'],
  ['furthest', 'date', 'desc'],
  ['farthest', 'date', 'desc'],
  ['furthest away', 'date', 'desc'],
  ['most distant', 'date', 'desc'],
  ['latest scheduled', 'date', 'desc'],
  ['longest', 'duration', 'desc'],
  ['shortest', 'duration', 'asc'],
  ['most employees', 'size', 'desc'],
  ['lowest', 'revenue', 'asc'],
  ['highest', 'revenue', 'desc'],
  ['maximum', 'revenue', 'desc'],
  ['minimum', 'revenue', 'asc'],
  ['fewest employees', 'size', 'asc'],
  ['most staff', 'size', 'desc'],
];

/**
 * Words saying how a company's figure is stated or over which span, never which figure ("the highest REPORTED
 * revenue", "the largest LISTED headcount", "the lowest ANNUAL revenue"): between a superlative and its measure
 * they leave the ranking as it is (the data holds one stated figure per company). "total" is not one of them: before
 * a measure of a group it is a sum ("the industry with the highest total revenue").
 */
export const MEASURE_QUALIFIERS: ReadonlySet<string> = new Set([
  'reported',
  'stated',
  'listed',
  'declared',
  'disclosed',
  'published',
  'official',
  'recorded',
  'known',
  'annual',
  'yearly',
  'current',
  'overall',
]);

/** Words asking for a grouping. */
export const GROUP_WORDS: readonly string[] = [
  'breakdown',
  'break down',
  'broken down',
  'split',
  'distribution',
  'grouped by',
  'group by',
  'per',
  'by',
  'for each',
  'each',
  'across',
];

/**
 * Verbs asking for the rows in an order ("rank the events by ...", "order them by ..."): read only when the
 * question says what to order by (a ranking, a top N, a grouping or "by ..."), so they never stand alone.
 */
export const ORDERING_WORDS: readonly string[] = [
  'rank',
  'ranks',
  'ranked',
  'ranking',
  'rankings',
  'order',
  'ordered',
  'sort',
  'sorts',
  'sorted',
  'sorting',
  'arrange',
  'arranged',
];

/**
 * Verbs telling the assistant to arrange the rows ("group the sponsors by industry", "split the exhibitors by
 * country", "organize / categorize / cluster the speakers by seniority", "sort the events by month"): as the
 * question's own verb, with a "by" after them, they ask for the grouping or order the "by" phrase says; elsewhere
 * their words keep their other readings (a company's "Group", a relation "organize", a theme).
 */
export const ARRANGING_VERBS: readonly string[] = [
  'group',
  'regroup',
  'split',
  'sort',
  'arrange',
  'organize',
  'organise',
  'categorize',
  'categorise',
  'classify',
  'cluster',
  'bucket',
  'segment',
  'divide',
  'separate',
  'tabulate',
];

/**
 * Verbs of arranging whose particle may follow their object ("break that down by event", "split them up by
 * country"): the verb and its particle are the question's verb, as `ARRANGING_VERBS` are.
 */
export const ARRANGING_PARTICLE_VERBS: Readonly<Record<string, string>> = {
  break: 'down',
  split: 'up',
  divide: 'up',
  carve: 'up',
  sort: 'out',
};

/**
 * An aside keeping the groups with nothing counted ("number of sponsors per event, including events with none",
 * "even those with zero", "zeros included"): words that open it, the nouns it may name, and the words for nothing.
 */
export const ZERO_GROUP_OPENERS: readonly string[] = ['including', 'include', 'incl', 'even', 'also', 'and', 'plus'];
export const ZERO_GROUP_NOUNS: readonly string[] = ['the', 'those', 'ones', 'any', 'all', 'if', 'when', 'they', 'it'];
export const ZERO_GROUP_LINKS: readonly string[] = [
  'with',
  'that have',
  'having',
  'which have',
  'have',
  'has',
  'is',
  'are',
];
export const ZERO_WORDS: readonly string[] = ['none', 'zero', '0', 'no', 'nothing', 'nobody', 'no one'];
/**
 * Words opening an aside that leaves the members with nothing counted out ("skip the ones with none", "excluding events
 * with zero", "leave out those that have none"): the opposite of `ZERO_GROUP_OPENERS`, read by
 * `parse/scan/zeroGroups.ts`. General English, not words of this data set.
 */
export const ZERO_DROP_OPENERS: readonly string[] = [
  'skip',
  'skipping',
  'excluding',
  'exclude',
  'except',
  'leave out',
  'leaving out',
  'ignore',
  'ignoring',
  'drop',
  'dropping',
  'omit',
  'omitting',
  'hide',
  'hiding',
  'remove',
  'removing',
  'minus',
];
/** Whole asides that leave the members with nothing counted out: "no zeros", "zeros excluded", "non-zero only". */
export const ZERO_DROP_PHRASES: readonly string[] = [
  'no zeros',
  'no zeroes',
  'zeros excluded',
  'zeroes excluded',
  'skip zeros',
  'skip zeroes',
  'excluding zeros',
  'excluding zeroes',
  'non zero only',
  'nonzero only',
  'no empty ones',
  'skip empty ones',
  'skip the empty ones',
  'empty ones excluded',
];
/** Whole asides: "zeros included", "including zeros", "with zero counts", "even empty ones". */
export const ZERO_GROUP_PHRASES: readonly string[] = [
  'zeros included',
  'zeroes included',
  'zero included',
  'including zeros',
  'including zeroes',
  'including zero',
  'zero counts included',
  'including zero counts',
  'including empty ones',
  'even empty ones',
  'empty ones included',
];

/** Words of the high end of an ordered measure ("highest first", "from largest to smallest"), and of the low end. */
const HIGH_END: readonly string[] = [
  'highest',
  'largest',
  'biggest',
  'most',
  'greatest',
  'latest',
  'newest',
  'longest',
];
const LOW_END: readonly string[] = [
  'lowest',
  'smallest',
  'fewest',
  'least',
  'earliest',
  'oldest',
  'shortest',
  'soonest',
];

/**
 * Phrases saying which end of an ordering comes first ("sort the sponsors by revenue, highest first", "in ascending
 * order", "from smallest to largest", "high to low"): the order of the ranking the question asks for. An end read on a
 * year or a date is its value's: the oldest founding year and the earliest date are the low end.
 */
/** The low end of a ranking said as "top" says its high end, the number of rows after it ("the bottom 5"). */
export const RANK_END_WORDS: ReadonlySet<string> = new Set(['bottom']);

export const SORT_ORDER_WORDS: readonly (readonly [string, 'desc' | 'asc'])[] = [
  ...HIGH_END.map((w) => [`${w} first`, 'desc'] as const),
  ...LOW_END.map((w) => [`${w} first`, 'asc'] as const),
  ...HIGH_END.flatMap((h) =>
    LOW_END.flatMap((l) => [[`${h} to ${l}`, 'desc'] as const, [`${l} to ${h}`, 'asc'] as const]),
  ),
  ['high to low', 'desc'],
  ['low to high', 'asc'],
  // "the bottom 5 by revenue", "and the bottom 5?": the low end of a ranking, as "top" is its high end
  ...[...RANK_END_WORDS].map((w) => [w, 'asc'] as const),
  // "order by employees desc": SQL's own abbreviations, typed as such
  ...['descending', 'decreasing', 'desc'].flatMap((w) => [[w, 'desc'] as const, [`${w} order`, 'desc'] as const]),
  ...['ascending', 'increasing', 'asc'].flatMap((w) => [[w, 'asc'] as const, [`${w} order`, 'asc'] as const]),
];

/** Words before a number that make it a bound or a range, not an amount of things had ("more than 0", "0 to 5"). */
export const ZERO_AMOUNT_BOUNDS: ReadonlySet<string> = new Set([
  'than',
  'least',
  'most',
  'over',
  'under',
  'above',
  'below',
  'between',
  'from',
  'to',
  'and',
  'or',
  'exactly',
]);

/**
 * Nouns of a part of a set measured against the whole ("what SHARE of the sponsors are from Singapore", "the
 * PERCENTAGE of events in Q4 that are in Asia"): before "of" and a set, how many of it have the property said after.
 */
export const SHARE_NOUNS: ReadonlySet<string> = new Set(['share', 'percentage', 'percent', 'proportion', 'fraction']);

/** Words that restate a share's form after it ("..., as a percentage", "in percent"): said by the share itself. */
export const SHARE_FORM_WORDS: ReadonlySet<string> = new Set(['as', 'a', 'in', 'of', 'the', 'total', 'all']);

/**
 * Prepositions joining the second compared item to the first after "compare" ("compare the sponsors at X with Y",
 * "compare X to Y", "X against Y"): the items compared, like "and" or "vs".
 */
export const COMPARED_ITEM_JOINS: ReadonlySet<string> = new Set(['with', 'to', 'against']);

/**
 * The comparative of each one-word superlative ending in "-est" ("earliest": earlier, "biggest": bigger, "latest":
 * later), derived from `SUPERLATIVE_WORDS`: in a choice between named things ("which is earlier, X or Y?") the
 * comparative ranks them as its superlative would.
 */
export const COMPARATIVE_WORDS: ReadonlyMap<string, { column: string; order: 'desc' | 'asc' }> = new Map(
  SUPERLATIVE_WORDS.filter(([word]) => /^[a-z]+est$/.test(word)).map(
    ([word, column, order]) => [`${word.slice(0, -3)}er`, { column, order }] as const,
  ),
);

/** Words opening a choice between named things ("WHICH is earlier, X or Y?", "WHICH one's first"). */
export const CHOICE_OPENERS: ReadonlySet<string> = new Set(['which', 'whichever']);

/** Words for the average a comparison is made against ("more sponsors than the AVERAGE event", "above AVG revenue"). */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'avg', 'mean', 'typical']);
/** Comparatives said against an average, by the comparison they make ("MORE companies than the average event"). */
export const AVERAGE_COMPARATIVES: ReadonlyMap<string, '>' | '<'> = new Map([
  ['more', '>'],
  ['greater', '>'],
  ['higher', '>'],
  ['bigger', '>'],
  ['larger', '>'],
  ['fewer', '<'],
  ['less', '<'],
  ['lower', '<'],
  ['smaller', '<'],
]);
/** Words placing a measure against an average without "than" ("ABOVE average revenue", "revenue BELOW the average"). */
export const AVERAGE_SIDES: ReadonlyMap<string, '>' | '<'> = new Map([
  ['above', '>'],
  ['over', '>'],
  ['below', '<'],
  ['under', '<'],
]);
/** Measures of a company's own columns compared with their average ("more revenue than the average sponsor"). */
export const AVERAGED_COLUMNS: Readonly<Record<string, 'revenue_usd' | 'employees'>> = {
  revenue: 'revenue_usd',
  revenues: 'revenue_usd',
  turnover: 'revenue_usd',
  employees: 'employees',
  staff: 'employees',
  headcount: 'employees',
  size: 'employees',
};

/**
 * Phrases of respect before a measure ("the biggest sponsor in terms of revenue", "with respect to headcount"): the
 * measure a superlative or an order is by, as "by" says it. General English.
 */
export const RESPECT_PHRASES: readonly string[] = [
  'in terms of',
  'with respect to',
  'with regard to',
  'when it comes to',
  'as measured by',
  'measured by',
];

/**
 * The suffix of respect after a measure ("revenue-wise", "headcount wise"): the measure said before it, as "by <measure>"
 * (`parse/scan/respectSuffix.ts`).
 */
export const RESPECT_SUFFIXES: ReadonlySet<string> = new Set(['wise']);
