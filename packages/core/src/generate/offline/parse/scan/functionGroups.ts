/**
 * A body of people named after a job function ("marketing management", "the HR department", "the sales force",
 * "finance side"): the people of that function, as "marketing people" or "the marketing team" are. The noun is read
 * by meaning (`text/groupNouns.ts`: a WordNet group sense under a unit, a body or personnel), never from a list, and
 * only right after a function: "management" alone, or "the events industry", stays what it was. The token's
 * normalised form becomes the vocabulary's people noun (its `raw` text stays as typed), before the entity synonyms
 * would read "unit" or "branch" as an organisation.
 */
import { isBodyOfPeople } from '../../text/groupNouns';
import type { Token } from '../../text/tokenize';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';

/** The vocabulary noun of people the group noun is read as. */
const PEOPLE_NOUN = 'people';

/** Readings that already name people or a job: such a word keeps them ("leadership" is a range of levels). */
const PEOPLE_READINGS = new Set(['entity', 'who', 'function', 'seniority', 'title', 'relation', 'employment']);

/** True when a phrase of the lexicon read as a job function ends right before token `k` ("human resources"). */
function functionBefore(tokens: readonly Token[], k: number): boolean {
  for (let len = 1; len <= MAX_LEXICON_SPAN && len <= k; len++) {
    const phrase = tokens
      .slice(k - len, k)
      .map((t) => t.norm)
      .join(' ');
    if (LEXICON.get(phrase)?.some((r) => r.t === 'function' && !r.noun)) return true;
  }
  return false;
}

/**
 * Rewrites a group noun after a job function to the people noun, in place.
 * @example readFunctionGroups(tokenize('paypal marketing management')) // 'management' -> 'people'
 */
export function readFunctionGroups(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !/^[a-z]{3,}$/.test(t.norm) || !functionBefore(tokens, k)) continue;
    if (LEXICON.get(t.norm)?.some((r) => PEOPLE_READINGS.has(r.t))) continue;
    if (isBodyOfPeople(t.norm)) t.norm = PEOPLE_NOUN;
  }
}
