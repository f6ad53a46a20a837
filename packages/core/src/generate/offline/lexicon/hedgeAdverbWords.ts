/**
 * Adverbs that hedge or stress a condition inside the data clause without changing it (`text/hedgeAdverbs.ts`):
 * degree adverbs before an adjective ("super large", "properly old"), adverbs of preference before a condition
 * ("preferably in Seoul", "ideally with sponsors": the condition is kept as a filter), and adverbs of real or local
 * presence before a place ("physically in Lima", "actually based in Oslo": where the person is, which is the only
 * place a person has in the data). General English, not words of this data set.
 */

/**
 * Adverbs whose WordNet synsets are the degree senses: any adverb sharing a synset with one of them is a degree
 * adverb ("super": {extremely, exceedingly, super}; "insanely": {madly, insanely, deucedly}).
 */
export const DEGREE_ADVERB_SEEDS: readonly string[] = [
  'very',
  'extremely',
  'exceedingly',
  'highly',
  'deucedly',
  'terribly',
  'awfully',
  'incredibly',
  'quite',
  'fairly',
  'pretty',
  'somewhat',
];

/**
 * Intensifiers of chat that WordNet gives no degree sense ("properly old", "mega big", "hella large", "dead
 * cheap"): read as degree adverbs only right before an adjective.
 */
export const SLANG_INTENSIFIERS: ReadonlySet<string> = new Set([
  'properly',
  'proper',
  'mega',
  'hella',
  'uber',
  'wicked',
  'dead',
  'mad',
  'crazy',
  'seriously',
  'massively',
  'way',
]);

/**
 * Adverbs that never weaken or negate an adjective into something else: a comparison or a negation before an
 * adjective is content ("not big", "less large", "too old"), never a degree hedge.
 */
export const CONTENT_DEGREE_ADVERBS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'no',
  'less',
  'least',
  'more',
  'most',
  'too',
  'hardly',
  'barely',
  'scarcely',
  'only',
  'almost',
  'nearly',
]);

/**
 * Adverbs of preference before a condition ("preferably based in Seoul", "ideally in Q3"): the speaker wants the
 * condition; it is kept as a filter.
 */
export const PREFERENCE_ADVERBS: ReadonlySet<string> = new Set([
  'preferably',
  'preferentially',
  'ideally',
  'optimally',
  'hopefully',
]);

/**
 * Adverbs of real or local presence before a place ("physically in Lima", "actually sitting in Oslo", "currently
 * based in Rome", "locally in Perth"): the person's location, the place a person has in the data.
 */
export const PRESENCE_ADVERBS: ReadonlySet<string> = new Set([
  'physically',
  'actually',
  'really',
  'currently',
  'presently',
  'personally',
  'locally',
  'permanently',
]);
