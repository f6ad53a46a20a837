/**
 * Nouns naming the people of a country ("Danes", "Spaniards", "Swedes", "Kiwis", "Britons"), derived from WordNet
 * 3.1: a country of the gazetteer (`lexicon/countryWords.ts`) is a location synset whose member meronyms (`%m`)
 * include the person synset glossed "a native or inhabitant of <country>" (Denmark -> Dane). The gazetteer's own
 * demonyms are adjectives ("Danish", "Spanish"), so these nouns are what a question says of the people themselves.
 * Read once, when the value index is built; no list per country.
 */
import { COUNTRY_WORDS, PEOPLE_DEMONYMS } from '../lexicon/countryWords';
import { loadLanguageData, wordNet } from './language';
import type { WordNet } from './wordnet';

/** WordNet's lexicographer files: places (Denmark) and persons (Dane). */
const LOCATION_FILE = 15;
const PERSON_FILE = 18;

/**
 * A gloss that opens by saying the people are of the place itself, by one of its names ("a native or inhabitant of
 * Spain", "a citizen of ..."), not a group living there ("a member of the Bantu people of Malawi").
 */
function glossedAsPeopleOf(gloss: string, placeWords: readonly string[]): boolean {
  // "a man who is a native or inhabitant of Ireland" (Irishman) says the same of a man
  const g = gloss.toLowerCase().replace(/^(?:an? |the )?(?:(?:man|woman) who is an? )?/, '');
  return placeWords.some((w) =>
    ['native or inhabitant of', 'native of', 'inhabitant of', 'citizen of', 'people of'].some(
      (opening) => g.startsWith(`${opening} ${w}`) || g.startsWith(`${opening} the ${w}`),
    ),
  );
}

/**
 * The plural of a person noun ("Dane" -> "Danes", "Frenchman" -> "Frenchmen"); null for a noun that is its own
 * plural ("Swiss", "Japanese", "Norse").
 */
export function demonymNounPlural(noun: string): string | null {
  if (/man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (/(?:s|se|sh|ch|x|z)$/.test(noun)) return null;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The person nouns of one place name: the people synsets that are members of the name's location senses, kept
 * when the people sense is one of the noun's two most usual ones (a "Greek" is the language first, the person
 * next) and no other usual sense names other people (a "Hindu" is also an adherent of Hinduism).
 */
function peopleNounsOf(wn: WordNet, placeName: string): string[] {
  const out: string[] = [];
  for (const offset of wn.senses(placeName, 'noun')) {
    const place = wn.synset(offset, 'noun');
    if (place.lexFile !== LOCATION_FILE) continue;
    for (const member of place.members) {
      const people = wn.synset(member, 'noun');
      if (people.lexFile !== PERSON_FILE || !glossedAsPeopleOf(people.gloss, place.words)) continue;
      for (const word of people.words) {
        // one word: a phrase ("irish person", "white russian") is read by its own words
        if (!/^[a-z]{3,}$/.test(word)) continue;
        const senses = wn.senses(word, 'noun');
        const rank = senses.indexOf(member);
        // another of its usual senses naming other people ("Hindu": also an adherent of Hinduism) makes it no demonym
        const otherPeople = senses
          .slice(0, 2)
          .some((o) => o !== member && wn.synset(o, 'noun').lexFile === PERSON_FILE);
        if (rank >= 0 && rank < 2 && !otherPeople) out.push(word);
      }
    }
  }
  return out;
}

let derived: ReadonlyMap<string, string> | null = null;

/**
 * Every plural people noun of a gazetteer country, lower case, and the country's canonical name: "danes" ->
 * Denmark, "spaniards" -> Spain, "kiwis" -> New Zealand. A noun two countries share names neither; a noun that is
 * already one of the gazetteer's ways of naming a country is left to it.
 * @example demonymNouns().get('swedes') // 'Sweden'
 */
export function demonymNouns(): ReadonlyMap<string, string> {
  if (derived) return derived;
  loadLanguageData();
  const wn = wordNet();
  const named = new Set(COUNTRY_WORDS.flatMap((c) => [c.name.toLowerCase(), ...c.aliases]));
  const owners = new Map<string, Set<string>>();
  for (const c of COUNTRY_WORDS) {
    const placeNames = [c.name, ...c.aliases].map((a) => a.toLowerCase()).filter((a) => !a.startsWith('the '));
    for (const placeName of new Set(placeNames)) {
      for (const noun of peopleNounsOf(wn, placeName)) {
        const plural = demonymNounPlural(noun);
        if (!plural || named.has(plural)) continue;
        const set = owners.get(plural) ?? new Set<string>();
        set.add(c.name);
        owners.set(plural, set);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [noun, countries] of owners) {
    const [only] = countries;
    if (countries.size === 1 && only) out.set(noun, only);
  }
  derived = out;
  return out;
}

/**
 * True when a word (as typed, any case) names the people of a country by itself: a demonym of the gazetteer in
 * the plural or after "the" (`PEOPLE_DEMONYMS`), or a people noun WordNet gives ("danes", "the swedes").
 */
export function namesPeopleOfCountry(word: string): boolean {
  const key = word.toLowerCase();
  return PEOPLE_DEMONYMS.has(key) || demonymNouns().has(key.replace(/^the /, ''));
}
