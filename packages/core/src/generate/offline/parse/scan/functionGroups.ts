/**
 * A body of people named after a job function ("marketing management", "the HR department", "the sales force",
 * "finance side"): the people of that function, as "marketing people" or "the marketing team" are. The noun is read
 * by meaning (`text/groupNouns.ts`: a WordNet group sense under a unit, a body or personnel), never from a list, and
 * only right after a function: "management" alone, or "the events industry", stays what it was. The token's
 * normalised form becomes the vocabulary's people noun (its `raw` text stays as typed), before the entity synonyms
 * would read "unit" or "branch" as an organisation.
 */
import { DEPARTMENT_PEOPLE_NOUNS } from '../../lexicon/entityWords';
import { JOB_FUNCTION_WORDS } from '../../lexicon/jobWords';
import { isBodyOfPeople } from '../../text/groupNouns';
import { wordNet } from '../../text/language';
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

/** WordNet's lexicographer file of groups (a department is one). */
const GROUP_FILE = 14;
/** Nouns of people a department's word may modify ("personnel staff", "personnel contacts", "personnel managers"). */
const MODIFIED_PEOPLE: ReadonlySet<string> = new Set([
  ...DEPARTMENT_PEOPLE_NOUNS,
  'contacts',
  'contact',
  'managers',
  'manager',
  'department',
  'dept',
  'office',
]);
/** Words joining a department's word to a function ("personnel and people-management staff"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&', '/', 'n']);
const departments = new Map<string, string | null>();

/**
 * The one-word function phrase a word names as a department: one of its WordNet group senses holds a phrase the
 * lexicon reads as a job function ("personnel": personnel department, HR), or null.
 * @example departmentFunction('personnel') // 'hr'
 */
function departmentFunction(word: string): string | null {
  const hit = departments.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  let found: string | null = null;
  for (const offset of wn.senses(word, 'noun')) {
    const sense = wn.synset(offset, 'noun');
    if (sense.lexFile !== GROUP_FILE) continue;
    const values = sense.words.map((x) => LEXICON.get(x)?.find((r) => r.t === 'function')).find((r) => r !== undefined);
    if (values?.t !== 'function') continue;
    found =
      JOB_FUNCTION_WORDS.find((f) => !f.phrase.includes(' ') && f.values.join() === values.values.join() && !f.noun)
        ?.phrase ?? null;
    if (found) break;
  }
  departments.set(word, found);
  return found;
}

/**
 * A word that names a function's department in one of its senses, used as a modifier of people ("personnel staff",
 * "personnel contacts") or joined to a function before them ("personnel and people-management staff"), is that
 * function; as the head of its phrase ("all personnel at X") it stays a noun of people. Rewritten in place to the
 * function's word, before the entity synonyms read it as "people".
 * @example readDepartmentModifiers(tokenize('personnel staff in singapore')) // 'personnel' -> 'hr'
 */
export function readDepartmentModifiers(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !/^[a-z]{4,}$/.test(t.norm) || LEXICON.get(t.norm)?.some((r) => r.t === 'function')) continue;
    const next = tokens[k + 1]?.norm ?? '';
    const attributive = MODIFIED_PEOPLE.has(next) || (JOINERS.has(next) && functionAfter(tokens, k + 2));
    if (!attributive) continue;
    const fn = departmentFunction(t.norm);
    if (fn) t.norm = fn;
  }
}

/** True when a phrase of the lexicon read as a job function starts at token `k` ("people management"). */
function functionAfter(tokens: readonly Token[], k: number): boolean {
  for (let len = 1; len <= MAX_LEXICON_SPAN && k + len <= tokens.length; len++) {
    const phrase = tokens
      .slice(k, k + len)
      .map((x) => x.norm)
      .join(' ');
    if (LEXICON.get(phrase)?.some((r) => r.t === 'function')) return true;
  }
  return false;
}
