/**
 * "Brits working at X's sponsors", "Americans at companies sponsoring Y": a demonym used as a noun names people
 * of that country. The word was read as a country (the value index holds demonyms as country aliases), which
 * attaches to the nearest noun, the companies; here it becomes a people noun with the country as where the
 * people are ("based in"), as if the question said "people in <country>".
 *
 * Runs over the sorted mentions, once every recogniser has read the question. A demonym before a noun
 * ("American companies", "Indian contacts") or before "ones" ("just the swiss ones") is an adjective and stays as it
 * is.
 */
import { namesPeopleOfCountry } from '../../text/demonymNouns';
import type { Mention } from '../Mention';

const isPeopleNoun = (m: Mention): boolean =>
  (m.t === 'entity' && m.entity === 'people') || ((m.t === 'function' || m.t === 'seniority') && m.noun);

/**
 * @param breaks the first token of each clause after the first: a demonym opening the topic of a question about
 * companies ("brits attending events - which uk companies?", read with its question clause first) is those
 * companies' nationality, restated by the question's noun, not people of their own.
 */
export function readDemonymPeople(mentions: Mention[], breaks: ReadonlySet<number> = new Set()): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'country' || !namesPeopleOfCountry(m.text)) continue;
    const next = mentions[k + 1];
    // "American companies", and "the swiss ones" after a list of companies: an adjective of the noun or the pro-form
    if (next && next.start === m.end && (next.t === 'entity' || (next.t === 'anaphor' && /^ones?$/i.test(next.text))))
      continue;
    const asked = mentions.slice(0, k).find((x) => x.t === 'entity' || isPeopleNoun(x));
    if (breaks.has(m.start) && asked?.t === 'entity' && asked.entity === 'companies') continue;
    const { start, end, text } = m;
    const added: Mention[] = [{ start, end, text, t: 'prep', p: 'livesIn' }];
    // "contacts who are Brits" already has its people noun
    if (!mentions.slice(0, k).some(isPeopleNoun))
      added.unshift({ start, end, text, t: 'entity', entity: 'people', relations: null });
    mentions.splice(k, 0, ...added);
    k += added.length;
  }
}
