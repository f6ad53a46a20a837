/**
 * The words that put something in a place, by whose place they can be (`parse/build/handlers/places.ts` attaches
 * the place to the noun the grammar gives the phrase).
 */

/**
 * Locative participles anyone can be said to be: a person is based / located / sitting in a country as a company
 * is. Whose place they give is the noun they describe: "people based in India", "who ... is based in India", "sdrs
 * at X partners - based in Singapore" (the people), "companies located in India", "sponsors that are based in Japan"
 * (the companies).
 */
export const PLACED_IN_PHRASES: readonly string[] = ['based in', 'based out of', 'based', 'located in', 'situated in'];

/**
 * Where a person is: a company is not sitting or living anywhere, so "folks at X sponsors sitting in India" are
 * the people there whatever noun comes before.
 */
export const PERSON_PLACE_PHRASES: readonly string[] = [
  'sitting in',
  'sat in',
  'seated in',
  'stationed in',
  'live in',
  'lives in',
  'living in',
  'reside in',
  'resides in',
  'residing in',
];

/** Where a person is not ("living outside X"). */
export const PERSON_OUTSIDE_PHRASES: readonly string[] = [
  'live outside',
  'lives outside',
  'living outside',
  'reside outside',
  'residing outside',
  'live outside of',
];

/** Places only a company has: its headquarters and registration ("people at firms headquartered in X"). */
export const HEADQUARTERS_PHRASES: readonly string[] = [
  'headquartered in',
  'headquartered',
  'hq in',
  'hqed in',
  'hqd in',
  // the clipped forms stand alone as "headquartered" does ("whose company is hq'd elsewhere")
  'hqed',
  'hqd',
  'headquarters in',
  // the head office named by its other nouns ("their head office in X", "main office in Y")
  ...['head office', 'head offices', 'main office', 'main offices', 'registered office'].map((noun) => `${noun} in`),
  'hq',
  'registered in',
  'incorporated in',
];

/**
 * Nouns of a company's headquarters that make a place word the headquarters' place ("hq country", "headquarters
 * countries", "head office location"): the company's own country, a grouping dimension like "country".
 */
export const HEADQUARTERS_NOUNS: ReadonlySet<string> = new Set(['hq', 'headquarters', 'headquarter', 'head office']);

/** Places said outside (negated): "based outside X", "not in X". */
export const OUTSIDE_PHRASES: readonly string[] = [
  'outside',
  'outside of',
  'not in',
  'based outside',
  'located outside',
];

/**
 * Words of lying past or of leaving out that say "not in" only before a place ("events beyond Singapore", "anywhere
 * but the US", "away from Europe"): elsewhere they are other words ("Beyond" is a company of the data, "away" an
 * adverb), so `parse/scan/outsidePlaces.ts` reads them as "outside" only right before a place. The exclusion markers
 * (`exclusionWords.ts`: "other than", "except", "apart from") join them there. General English, not words of this data set.
 */
export const OUTSIDE_BEFORE_PLACE_PHRASES: readonly string[] = [
  'beyond',
  'away from',
  // an indefinite place word before a word of exclusion ("anywhere but the US", "somewhere other than Singapore",
  // "everywhere outside Europe"): every place word with every exclusion, not phrases one by one
  ...['anywhere', 'everywhere', 'somewhere'].flatMap((place) =>
    ['but', 'except', 'other than', 'besides', 'outside', 'apart from', 'else than'].map((x) => `${place} ${x}`),
  ),
];

/**
 * Adjectives of being from another country ("foreign", "overseas"), said of companies ("foreign-headquartered
 * companies", "overseas firms"): outside the country the question names before them (`parse/scan/elsewhere.ts`).
 * With no country named they are asked about. General English, not words of this data set.
 */
export const FOREIGN_WORDS: ReadonlySet<string> = new Set([
  'foreign',
  'overseas',
  'international',
  'offshore',
  'nonlocal',
  'non local',
]);

/**
 * Nouns of a theme a people's adjective qualifies by its kind, not by where it happens: "Japanese food", "French
 * wine", "Korean culture" are a cuisine, a wine, a culture of that people, wherever the event is
 * (`parse/scan/demonymThemes.ts`). General English: food, drink and the arts, the themes that have national styles.
 */
export const ORIGIN_THEME_NOUNS: ReadonlySet<string> = new Set([
  'food',
  'foods',
  'cuisine',
  'cuisines',
  'cooking',
  'wine',
  'wines',
  'beer',
  'beers',
  'tea',
  'coffee',
  'culture',
  'art',
  'arts',
  'music',
  'film',
  'films',
  'cinema',
  'fashion',
  'design',
  'literature',
  'crafts',
]);
