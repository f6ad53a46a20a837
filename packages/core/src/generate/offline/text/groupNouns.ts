/**
 * Nouns of a body of people inside an organisation, read from WordNet: one of the noun's first senses is a group
 * (noun.group) at or under an anchor of `lexicon/groupNounWords.ts` ("department" -> division -> administrative unit
 * -> unit; "management" -> administration -> body; "workforce" -> force). No list of such nouns is kept.
 */
import { BUSINESS_BODY_NOUNS, PEOPLE_BODY_ANCHORS, PEOPLE_BODY_DEPTH } from '../lexicon/groupNounWords';
import { nounLemma, wordNet } from './language';

/** WordNet's lexicographer file of groups of people and things (noun.group). */
const GROUP_FILE = 14;
/** How many of a noun's senses (most frequent first) are read. */
const SENSES = 5;
const cache = new Map<string, boolean>();

/**
 * True when `word` names a body of people of an organisation.
 * @example isBodyOfPeople('management') // true: "those in charge of running a business"
 * @example isBodyOfPeople('industry') // false: a commercial enterprise
 */
export function isBodyOfPeople(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (BUSINESS_BODY_NOUNS.has(word)) return true;
  const wn = wordNet();
  let found = false;
  for (const sense of wn.senses(nounLemma(word), 'noun').slice(0, SENSES)) {
    if (wn.synset(sense, 'noun').lexFile !== GROUP_FILE) continue;
    let level = [sense];
    for (let d = 0; d <= PEOPLE_BODY_DEPTH && level.length > 0 && !found; d++) {
      const next: number[] = [];
      for (const offset of level) {
        const s = wn.synset(offset, 'noun');
        if (s.lexFile === GROUP_FILE && s.words.some((x) => PEOPLE_BODY_ANCHORS.includes(x))) found = true;
        next.push(...s.hypernyms);
      }
      level = next;
    }
    if (found) break;
  }
  cache.set(word, found);
  return found;
}
