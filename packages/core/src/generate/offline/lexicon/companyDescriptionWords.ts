/**
 * Words of a company described instead of named ("the Swedish electric car brand", "the government agency that
 * promotes tourism in Singapore", "the online dictionary site that spoke at X"), read by
 * `parse/scan/companyDescriptions.ts`.
 */

/** Determiners that make a singular noun phrase a reference to one thing the speaker has in mind. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this']);

/**
 * Head nouns naming a company by its web presence: every company of the data has a web domain, so the noun holds
 * of each of them and selects none ("the online dictionary site": the company behind the site).
 */
export const WEB_PRESENCE_NOUNS: ReadonlySet<string> = new Set(['site', 'website', 'portal', 'webpage']);

/**
 * The kind of organisation a label of a web domain's public suffix says ("stb.gov.sg": a government body;
 * "ox.ac.uk": an academic one), and the words a description uses for that kind. A label is read only inside the
 * public suffix (the Public Suffix List's part of the domain), never as a word of the company's own name.
 */
export const DOMAIN_KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['gov', ['government', 'governmental', 'state', 'public', 'statutory', 'ministry', 'federal', 'official']],
  ['edu', ['university', 'college', 'academic', 'educational', 'education', 'school']],
  ['ac', ['university', 'college', 'academic', 'educational', 'education', 'school']],
  ['mil', ['military', 'defence', 'defense', 'armed']],
]);

/**
 * Endings of a word that make another word of the same root, said of the maker or of the making ("shipbuilder",
 * "shipbuilding"; "insurer", "insurance"; "consultancy", "consulting"): two words with the same root after one of
 * them is taken off describe the same line of business. Longest first.
 */
export const ROOT_ENDINGS: readonly string[] = [
  'ancies',
  'encies',
  'ancy',
  'ency',
  'ance',
  'ence',
  'ments',
  'ment',
  'ings',
  'ing',
  'ions',
  'ion',
  'ers',
  'ors',
  'er',
  'or',
  'es',
  's',
];

/**
 * Head nouns saying only that the company makes, builds, offers or runs what the words before them say ("the Korean
 * satellite builder", "the Taiwanese laptop maker", "the Finnish cloud provider"): like a noun of companies, the head
 * selects nothing itself (a satellite maker need not call itself a builder); the words before it are checked.
 */
export const MAKER_NOUNS: ReadonlySet<string> = new Set([
  'maker',
  'builder',
  'manufacturer',
  'producer',
  'supplier',
  'provider',
  'developer',
  'seller',
  'operator',
  'outfit',
  'specialist',
]);

/**
 * Plural heads saying the companies make what the words before them name ("food manufacturers", "electronics
 * makers", "chemical producers"), and the word the data's industry labels say it with ("Food and Beverage
 * Manufacturing"): a sector before them is the sector's manufacturing industries (`parse/scan/sectorMakers.ts`).
 */
export const MANUFACTURER_NOUNS: ReadonlySet<string> = new Set(['manufacturers', 'makers', 'producers']);
export const MANUFACTURING_INDUSTRY_WORD = 'manufacturing';
