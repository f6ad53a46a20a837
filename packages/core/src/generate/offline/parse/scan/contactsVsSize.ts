/**
 * "Companies with more contacts than employees": the people the data holds at a company against the size it
 * states (its `n_employees` band). A count of people compared with a count of people would otherwise read as
 * a ranking by contacts, answering another question.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

const MORE: Readonly<Record<string, '>' | '<'>> = { more: '>', fewer: '<', less: '<' };
/** The stated size of a company, as people say it after "than". */
const SIZE_NOUNS: ReadonlySet<string> = new Set([
  'employees',
  'employee',
  'staff',
  'headcount',
  'workforce',
  'workers',
]);
/** Words allowed between the parts ("more contacts in our database than their stated number of employees"). */
const BETWEEN_LIMIT = 6;

function peopleNoun(word: string): boolean {
  return LEXICON.get(word)?.some((r) => r.t === 'entity' && r.entity === 'people' && r.relations === null) ?? false;
}

export function readContactsVsSize(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 3 < w.length; i++) {
    const op = MORE[w[i] ?? ''];
    if (!op || !peopleNoun(w[i + 1] ?? '') || SIZE_NOUNS.has(w[i + 1] ?? '')) continue;
    const than = w.indexOf('than', i + 2);
    if (than < 0 || than - i > BETWEEN_LIMIT) continue;
    let end = than + 1;
    while (end < w.length && end - than <= BETWEEN_LIMIT && !SIZE_NOUNS.has(w[end] ?? '')) {
      const x = w[end] ?? '';
      if (!FILLER_WORDS.has(x) && !['number', 'count', 'stated', 'listed', 'reported', 'official'].includes(x)) break;
      end++;
    }
    if (!SIZE_NOUNS.has(w[end] ?? '')) continue;
    // "their employee count", "employee numbers": the noun of the size belongs to the phrase
    if (['count', 'counts', 'number', 'numbers', 'size', 'figure'].includes(w[end + 1] ?? '')) end++;
    if (!isFree(s, i, end + 1)) continue;
    const label = `${op === '>' ? 'more' : 'fewer'} contacts in the data than their stated employees`;
    claim(s, i, end + 1, { t: 'cond', cond: { kind: 'contactsVsSize', op, label } });
    i = end;
  }
}

/**
 * "the biggest contact lists", "the largest number of people with us": a superlative of size right before a noun of
 * the people the data holds (not of a company's stated size: staff, employees, headcount) ranks by how many of them
 * the data holds, as "the most contacts" does; read as size it ranked by stated headcount, another measure.
 * @example "which companies have the biggest contact lists" // ranked by number of contacts
 */
export function readLargestContactCounts(mentions: Mention[], w: readonly string[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const sup = mentions[i];
    const noun = mentions[i + 1];
    if (sup?.t !== 'superlative' || sup.column !== 'size' || noun?.t !== 'entity') continue;
    if (noun.entity !== 'people' || noun.relations !== null || noun.start !== sup.end || noun.end - noun.start !== 1)
      continue;
    if (SIZE_NOUNS.has(w[noun.start] ?? '')) continue;
    mentions.splice(i, 1, { start: sup.start, end: sup.end, text: sup.text, t: 'most', order: sup.order });
  }
}
