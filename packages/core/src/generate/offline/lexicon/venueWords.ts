/**
 * Venue groups: names of one venue complex as people write them. A mention of any alias matches venues
 * containing any alias (the Sands Expo & Convention Centre is part of Marina Bay Sands).
 */
export const VENUE_GROUPS: readonly { label: string; aliases: readonly string[] }[] = [
  { label: 'Marina Bay Sands', aliases: ['marina bay sands', 'sands expo', 'mbs'] },
  { label: 'Suntec', aliases: ['suntec'] },
  { label: 'Singapore EXPO', aliases: ['singapore expo'] },
];

/** Words that do not identify a venue by themselves. */
export const GENERIC_VENUE_WORDS: ReadonlySet<string> = new Set([
  'convention',
  'centre',
  'center',
  'exhibition',
  'and',
  'hall',
  'level',
  'the',
  'expo',
  'conference',
  'hotel',
  'at',
  'of',
  'singapore',
  'room',
  'floor',
  'b2',
  '1',
  '2',
  '3',
  '4',
  'a',
  'b',
  'c',
  'international',
  'complex',
  'house',
  'plus',
]);
