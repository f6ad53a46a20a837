import { VENUES } from '@musaeid/db';
import { normKey } from '../text/tokenize';

/**
 * Venue groups: the names of one venue complex as people write them, from the venue gazetteer of
 * `@musaeid/db` (the one the event-location derivation uses). A mention of any alias matches venues containing
 * any alias (the Sands Expo & Convention Centre is part of Marina Bay Sands).
 */
export const VENUE_GROUPS: readonly { label: string; aliases: readonly string[] }[] = (() => {
  const groups = new Map<string, Set<string>>();
  for (const v of VENUES) {
    const label = v.group ?? v.name;
    const aliases = groups.get(label) ?? new Set<string>();
    for (const name of [v.name, ...v.aliases]) aliases.add(normKey(name));
    groups.set(label, aliases);
  }
  return [...groups].map(([label, aliases]) => ({ label, aliases: [...aliases] }));
})();

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
