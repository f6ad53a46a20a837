/**
 * Names of several words from the database, longest first: events, companies (in capitals where the name needs
 * them), venues, states ("new south wales"), country nicknames of three words or more, people's full names.
 */
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { MONTHS } from '../../lexicon/timeWords';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import {
  capsOk as namesMayBeLowerCase,
  claim as claimTokens,
  isCapitalised,
  isFree,
  readAcrossBreaks,
  type ScanState,
} from './ScanState';

export function readDatabaseNames(s: ScanState): void {
  const { w, tokens, index } = s;
  const n = w.length;
  const free = (a: number, b: number): boolean => isFree(s, a, b);
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  const capsOk = (a: number, b: number): boolean => namesMayBeLowerCase(s, a, b);
  for (let len = Math.min(index.maxSpan, n); len >= 2; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (!free(i, i + len)) continue;
      const key = w.slice(i, i + len).join(' ');
      // never the words of two clauses ("insurance broker, club or hotel" is no "The Broker Club")
      const across = (names: readonly string[]): boolean => readAcrossBreaks(s, i, i + len, names);
      const ev = index.events.get(key);
      if (ev && ev.quality >= 2 && across(ev.names)) {
        claim(i, i + len, { t: 'event', hit: ev });
        continue;
      }
      const co = index.companies.get(key);
      if (co && co.quality >= 2 && (!co.needsCaps || capsOk(i, i + len)) && across(co.names)) {
        claim(i, i + len, { t: 'company', hit: co });
        continue;
      }
      const venue = index.venues.get(key);
      if (venue && across([venue.label])) {
        claim(i, i + len, { t: 'venue', hit: venue });
        continue;
      }
      // a state of several words ("new south wales", "the state of maryland") is no other reading
      const state = index.states.get(key);
      if (state && across([state.label])) {
        claim(i, i + len, { t: 'state', label: state.label, values: state.values, cities: state.cities });
        continue;
      }
      // a country's nickname of several words holds words other recognisers read ("the land of the rising sun")
      const place = len >= 3 ? index.countries.get(key) : undefined;
      if (place && !place.strict && across(place.names)) {
        claim(i, i + len, { t: 'country', names: place.names });
        continue;
      }
      const person = len <= 4 ? index.people.get(key) : undefined;
      if (
        person &&
        across(person.names) &&
        (isCapitalised(tokens[i]) || lowerCaseFullName(w.slice(i, i + len))) &&
        !w.slice(i, i + len).some((x) => LEXICON.has(x) || FILLER_WORDS.has(x))
      ) {
        claim(i, i + len, { t: 'person', hit: person });
        continue;
      }
    }
  }
}

/**
 * A person's full name of the data typed in lower case ("email for dan maier at versa", "neil thacker netskope
 * email"): people type names as they type everything else. Read when every word is a name word of two letters or
 * more (an initial, "anne s", is too weak without capitals) and none is a word of grammar or a month ("april go"),
 * the words any lexicon reading already excludes: two such words that together are exactly a person of the data
 * are that person.
 */
function lowerCaseFullName(words: readonly string[]): boolean {
  return words.every((x) => /^\p{L}[\p{L}'-]+$/u.test(x) && !CLOSED_CLASS_WORDS.has(x) && MONTHS[x] === undefined);
}
