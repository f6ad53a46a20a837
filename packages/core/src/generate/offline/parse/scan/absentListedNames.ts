/**
 * "how many of google, microsoft and aws sponsor something": a word no reader took, standing as a member of a list
 * of company names (a comma or a joining word between it and a name the data holds), is a company the data does not
 * hold. The question is answered for the names it holds and says plainly which name is not in the data (`absent` on
 * the list's company mention, shown with the names by `describeRequest`), rather than asked back as an unknown word.
 * A word of the language ("everyone", "others", "timber") is never taken for a name: it is left to the later readers.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { inWordNet, isLowerCaseWord } from '../../text/language';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Words joining two members of one list of names ("google AND aws", "sap OR siemens"). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'plus', 'vs', 'versus']);

/** True when the unread word may be a name: no word of the vocabulary, of filler, of the language; no number. */
function nameLike(s: ScanState, k: number): boolean {
  const word = s.w[k] ?? '';
  if (s.claimed[k] || word.length < 2 || /\d/.test(word)) return false;
  if (FILLER_WORDS.has(word) || LEXICON.has(word) || LIST_JOINS.has(word)) return false;
  return !isLowerCaseWord(word) && !(inWordNet(word) && s.tokens[k]?.raw === word);
}

/**
 * The company mention covering token `k`, if any, when it is a name said whole (its exact name, or that name without
 * its legal suffix), or a part of a name that is no word of the language ("aws"): a company read from a word of the
 * language that only begins or ends its name ("food" for a "... Foods" company) does not make its neighbours names.
 */
function companyAt(s: ScanState, k: number): Extract<Mention, { t: 'company' }> | undefined {
  return s.mentions.find(
    (m): m is Extract<Mention, { t: 'company' }> =>
      m.t === 'company' &&
      m.start <= k &&
      k < m.end &&
      (m.hit.quality >= 2 || !s.w.slice(m.start, m.end).some((word) => isLowerCaseWord(word))),
  );
}

export function readAbsentListedNames(s: ScanState): void {
  const { w } = s;
  for (let a = 0; a < w.length; a++) {
    if (!nameLike(s, a)) continue;
    let b = a + 1;
    while (b < w.length && !s.breaks.has(b) && nameLike(s, b)) b++;
    // the list member before: across a comma ("google, MICROSOFT") or a joining word ("google and MICROSOFT")
    const before = s.breaks.has(a) ? a - 1 : LIST_JOINS.has(w[a - 1] ?? '') ? a - 2 : -1;
    const after = s.breaks.has(b) ? b : LIST_JOINS.has(w[b] ?? '') ? b + 1 : -1;
    const listed = (before >= 0 ? companyAt(s, before) : undefined) ?? (after >= 0 ? companyAt(s, after) : undefined);
    const from = a;
    // a run starting inside this one has no list member before it (no break or joining word lies inside) and the
    // same one after: it is never listed where this one is not, and trying each start was quadratic in its length
    a = b - 1;
    if (!listed) continue;
    const typed = (s.tokens.slice(from, b).map((t) => t.raw) ?? []).join(' ');
    listed.absent = [...(listed.absent ?? []), typed];
    for (let k = from; k < b; k++) s.claimed[k] = true;
  }
}
