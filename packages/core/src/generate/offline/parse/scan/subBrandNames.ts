/**
 * The units of a company named by the word that extends its name, in a list of them: after a company is named
 * ("Acme"), a list of its units typed without the parent's name ("not Acme Health or Acme Power", written "not health
 * or power") names those companies: a word left unread next to a coordinated company whose name is the parent's name
 * and more ("Acme Health"), and which with the parent's name is another company's name of the data ("Acme Power"), is
 * that company, not an ordinary word ("power") to read as a theme or to ask about.
 *
 * A derivation of the data's names, not a list: both the sibling and the word must extend the same parent named
 * earlier in the question.
 */
import type { NamedHit } from '../../values/ValueIndex';
import { normKey } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

/** Words joining the members of a list. */
const COORDINATORS: ReadonlySet<string> = new Set(['or', 'and', 'nor']);

type CompanyMention = Extract<Mention, { t: 'company' }>;

function companyAt(s: ScanState, start: number | null, end: number | null): CompanyMention | null {
  const m = s.mentions.find(
    (x) => x.t === 'company' && (start === null || x.start === start) && (end === null || x.end === end),
  );
  return m && m.t === 'company' ? m : null;
}

/** The company named by the parent's name and `word`, when the sibling extends that parent too. */
function unitOf(s: ScanState, word: string, sibling: CompanyMention): NamedHit | null {
  const parents = s.mentions.filter((m): m is CompanyMention => m.t === 'company' && m.end <= sibling.start);
  for (const parent of parents)
    for (const parentName of parent.hit.names) {
      const key = normKey(parentName);
      const extends_ = sibling.hit.names.some((n) => normKey(n).startsWith(`${key} `));
      const hit = extends_ ? s.index.companies.get(`${key} ${word}`) : undefined;
      if (hit) return hit;
    }
  return null;
}

/** The theme a word alone was read as ("energy"), which the unit's name takes over; -1 when none. */
function themeAt(s: ScanState, k: number): number {
  return s.mentions.findIndex((m) => (m.t === 'topic' || m.t === 'sector') && m.start === k && m.end === k + 1);
}

export function readSubBrandNames(s: ScanState): void {
  for (let k = 0; k < s.w.length; k++) {
    const theme = isFree(s, k, k + 1) ? -1 : themeAt(s, k);
    if ((theme < 0 && !isFree(s, k, k + 1)) || !/^[a-z]{3,}$/.test(s.w[k] ?? '')) continue;
    // "... X or <word>" and "<word> or X ..."
    const before = COORDINATORS.has(s.w[k - 1] ?? '') ? companyAt(s, null, k - 1) : null;
    const after = COORDINATORS.has(s.w[k + 1] ?? '') ? companyAt(s, k + 2, null) : null;
    const sibling = before ?? after;
    const hit = sibling ? unitOf(s, s.w[k] ?? '', sibling) : null;
    if (!hit) continue;
    if (theme >= 0) s.mentions.splice(theme, 1);
    s.claimed[k] = false;
    claim(s, k, k + 1, { t: 'company', hit });
  }
}
