/**
 * "Japanese food events", "french wine tastings": a demonym right before a theme noun of kind (food, cuisine, wine,
 * culture: `ORIGIN_THEME_NOUNS`) says which cuisine or culture the theme is, not where the event happens (Japanese
 * food fairs are held in Singapore). The value index reads the demonym as a country, which would ask for events in
 * Japan; here it becomes a theme of its own, the events saying the word (name or description), beside the theme the
 * noun names ("tagged Food & Beverage, mentioning japanese").
 *
 * Runs over the sorted mentions. A country's name ("Japan food events") and a demonym before any other noun
 * ("Japanese companies", "Indian tech events") stay places.
 */
import { ADJECTIVE_DEMONYMS } from '../../lexicon/countryWords';
import { ORIGIN_THEME_NOUNS } from '../../lexicon/placeWords';
import type { Mention } from '../Mention';

export function readDemonymThemes(mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'country') continue;
    const word = m.text.toLowerCase();
    if (!ADJECTIVE_DEMONYMS.has(word)) continue;
    const next = mentions[k + 1];
    if (next?.t !== 'topic' || next.start !== m.end || !ORIGIN_THEME_NOUNS.has(next.words[0] ?? '')) continue;
    mentions[k] = { start: m.start, end: m.end, text: m.text, t: 'topic', words: [word] };
  }
}
