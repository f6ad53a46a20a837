/**
 * "Companies with more contacts than employees": the people the data holds at a company against the size it
 * states (its `n_employees` band). A count of people compared with a count of people would otherwise read as
 * a ranking by contacts, answering another question.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
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
    if (!SIZE_NOUNS.has(w[end] ?? '') || !isFree(s, i, end + 1)) continue;
    const label = `${op === '>' ? 'more' : 'fewer'} contacts in the data than their stated employees`;
    claim(s, i, end + 1, { t: 'cond', cond: { kind: 'contactsVsSize', op, label } });
    i = end;
  }
}
