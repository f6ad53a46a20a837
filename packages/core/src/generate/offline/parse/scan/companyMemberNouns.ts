/**
 * "googlers", "adobers": a company's name with the agent suffix "-er" (plural "-ers"; "-r" after its final "e") is a
 * noun of the people working there, as "Londoner" is of a city's people. The word is read as a noun of people at the
 * company ("people at google"), so the question is about the people working there.
 *
 * A derivation of the data's names, not a list: the stem must be a company name of one word of the data, and the
 * word typed no word of its own (no English word, "bankers", "traders"; no name of the data, no person's name, no
 * word of the vocabulary). A name that needs capitals to be read is read so only when the word is typed capitalised.
 */
import { isCapitalised, claim, isFree, type ScanState } from './ScanState';
import { LEXICON } from '../lexiconTable';
import { isDataName, type NamedHit } from '../../values/ValueIndex';
import { isEnglishWord } from './vocabularySpelling';

/** The shortest company name read with a suffix: shorter ones ("hp", "sap") are more likely other words. */
const MIN_STEM = 4;

/** The company names a word may be the agent noun of: "googlers" -> "googl", "google". */
function stemsOf(word: string): string[] {
  const m = /^([a-z]+?)(?:ers?|rs?)$/.exec(word);
  if (!m) return [];
  const out: string[] = [];
  for (const cut of [/ers?$/, /rs?$/]) {
    const stem = word.replace(cut, '');
    // "-r" only after a final "e" ("google" + "rs"); "-er" after any letter ("adob" + "ers" is no name, "adobe" + "rs" is)
    if (stem !== word && stem.length >= MIN_STEM && (cut.source.startsWith('e') || stem.endsWith('e'))) out.push(stem);
  }
  return out;
}

/** The company hit a word names as the agent noun of its name, or null. */
export function companyOfMemberNoun(s: ScanState, at: number): NamedHit | null {
  const word = s.w[at] ?? '';
  const { index } = s;
  if (!/^[a-z]+$/.test(word) || LEXICON.has(word) || isDataName(index, word) || isEnglishWord(word)) return null;
  if (index.firstNames.has(word) || index.surnames.has(word)) return null;
  for (const stem of stemsOf(word)) {
    const hit = index.companies.get(stem);
    if (hit && hit.quality >= 2 && (!hit.needsCaps || isCapitalised(s.tokens[at]))) return hit;
  }
  return null;
}

export function readCompanyMemberNouns(s: ScanState): void {
  for (let i = 0; i < s.w.length; i++) {
    if (!isFree(s, i, i + 1)) continue;
    const hit = companyOfMemberNoun(s, i);
    if (!hit) continue;
    // the people, at the company ("people at google")
    const text = s.tokens[i]?.raw ?? '';
    s.mentions.push({ start: i, end: i + 1, text, t: 'entity', entity: 'people', relations: null });
    s.mentions.push({ start: i, end: i + 1, text, t: 'prep', p: 'at' });
    claim(s, i, i + 1, { t: 'company', hit });
  }
}
