/**
 * A role "to" the person it serves: "executive assistants to the CEO", "advisor to the CTO", "assistants to the VP".
 * The executive after "to" is the role's principal, not a second title the people may hold instead: one title of
 * both, in the order the data's titles write it ("Executive Assistant to the CEO", "Assistant to CEO", "Executive
 * Assistant to Senior Vice President"). Before, the two titles were a union ("executive assistant or CEO").
 */
import { nounLemma } from '../../text/language';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { titleWordForms } from './titleContains';
import { spanText } from './ScanState';

/** The title forms of the principal: a title's own patterns, or a seniority noun's forms ("vp": vice president). */
function principalForms(s: ScanState, m: Mention): string[] | null {
  if (m.t === 'title') return [...m.word.patterns];
  if (m.t === 'seniority' && m.noun) return titleWordForms(nounLemma(s.w.slice(m.start, m.end).join(' ')));
  return null;
}

export function readTitlePrincipals(s: ScanState): void {
  const { mentions, w, claimed } = s;
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const [k, role] of byStart.entries()) {
    const principal = byStart[k + 1];
    if (role.t !== 'title' || !principal || !mentions.includes(role)) continue;
    const between = w.slice(role.end, principal.start);
    if (between[0] !== 'to' || between.length > 2 || (between.length === 2 && between[1] !== 'the')) continue;
    if (claimed.slice(role.end, principal.start).some(Boolean)) continue;
    const forms = principalForms(s, principal);
    if (!forms) continue;
    const patterns = role.word.patterns.flatMap((r) => forms.flatMap((p) => [`${r} to ${p}`, `${r} to the ${p}`]));
    const principalLabel = principal.t === 'title' ? principal.word.label : principal.text;
    const label = `${role.word.label} to the ${principalLabel}`;
    for (let i = role.end; i < principal.start; i++) claimed[i] = true;
    mentions.splice(mentions.indexOf(principal), 1);
    mentions.splice(mentions.indexOf(role), 1, {
      start: role.start,
      end: principal.end,
      text: spanText(s.tokens, role.start, principal.end),
      t: 'title',
      word: { phrase: label, label, patterns },
    });
  }
}
