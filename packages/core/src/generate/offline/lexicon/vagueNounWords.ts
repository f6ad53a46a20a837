/**
 * Vague head nouns: words that stand for "whatever fits" rather than a kind of thing ("cybersecurity stuff",
 * "aviation things"). After a verb of taking part they can only mean events (`parse/scan/vagueEventNouns.ts`).
 * General English, not words of this data set.
 */
export const VAGUE_NOUNS: ReadonlySet<string> = new Set([
  'stuff',
  'things',
  'thing',
  'thingies',
  'thingy',
  'whatnot',
  'shindigs',
  'gigs',
]);
