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
