/**
 * Words of a person's attributes that the data does not hold (it has names, job titles, places, e-mail
 * patterns and tenure, never languages, ages or pay). A question narrowing people by one of these is asked
 * about or refused naming the words, never answered without them.
 */

/** Verbs and adjectives that make the word after them a spoken language ("speak Spanish", "fluent in French"). */
export const SPEAKING_WORDS: ReadonlySet<string> = new Set([
  'speak',
  'speaks',
  'speaking',
  'spoke',
  'fluent',
  'native',
  'bilingual',
]);

/** Words of a person's age ("older than 40", "aged 30", "30 years old", "younger than 25"). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['older', 'younger', 'aged', 'age', 'ages', 'old']);

/** Words of a person's pay ("salary over 100k", "earning more than 200k"). */
export const PAY_WORDS: ReadonlySet<string> = new Set([
  'salary',
  'salaries',
  'earning',
  'earnings',
  'earn',
  'earns',
  'earned',
  'income',
  'paid',
  'pay',
  'wage',
  'wages',
  'compensation',
]);

/**
 * The WordNet synsets prices fall under: "cost" (noun.possession: a price, a fee, a fare, a rate, a charge) and
 * "monetary value" (noun.attribute). A noun one of whose first senses is or lies under one of these names a price,
 * which the data never holds (`text/priceNouns.ts`): "the ticket price", "the entry fee", "exhibitor rates".
 */
export const PRICE_ANCHORS: readonly { word: string; lexFile: number }[] = [
  { word: 'cost', lexFile: 21 },
  { word: 'monetary value', lexFile: 7 },
];

/** How many of a noun's senses, and hypernym levels above each, are searched for a price anchor. */
export const PRICE_SENSES = 2;
export const PRICE_DEPTH = 3;

/**
 * WordNet's kinds of person that someone coming to or watching an event is ("visitor", "guest", "tourist": travelers;
 * "spectator", "viewer", "onlooker": perceivers). A noun of such a kind said of an event asks its attendance, which
 * the data does not hold; it names no job title, industry or theme there.
 */
export const ATTENDING_PERSON_KINDS: ReadonlySet<string> = new Set(['traveler', 'perceiver']);

/** WordNet's kinds of group that the people come to an event are ("attendance", "turnout": a gathering). */
export const ATTENDING_GROUP_KINDS: ReadonlySet<string> = new Set(['gathering']);
