/**
 * A job title and a seniority joined by "or" (a slash is read as "or"): "ceos / c suite", "c-suite or ceos". The
 * list is a union, never two conditions that must both hold ("CEO and C-level" would be read as the CEOs only, "CEO
 * and VP" as nobody). When the title is itself of one of the listed levels by the data's own rule (`classifySeniority`
 * of `@musaeid/db`, the rule every person's seniority comes from: a CEO is C-level), the union is the levels: the
 * title's mention gives way to the seniority's, which then covers the whole list. A title of another level ("founders
 * or VPs") is a union the request cannot state as one condition: the list is asked about (`unclear`, either member
 * alone offered), never intersected.
 */
import { classifySeniority } from '@musaeid/db';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';

type Title = Extract<Mention, { t: 'title' }>;
type Rank = Extract<Mention, { t: 'seniority' }>;

/** The title and the seniority of a pair of mentions, in either order, or null. */
function titleAndRank(a: Mention, b: Mention): [Title, Rank] | null {
  if (a.t === 'title' && b.t === 'seniority') return [a, b];
  if (a.t === 'seniority' && b.t === 'title') return [b, a];
  return null;
}

export function readTitleRankUnions(s: ScanState): void {
  const at = (k: number): Mention | undefined => s.mentions.find((m) => m.start <= k && k < m.end);
  for (let k = 0; k < s.w.length; k++) {
    const join = at(k);
    if (join?.t !== 'or' || join.start !== k) continue;
    const left = at(k - 1);
    const right = at(join.end);
    if (!left || !right || left.end !== join.start || right.start !== join.end) continue;
    const pair = titleAndRank(left, right);
    if (!pair) continue;
    const [title, rank] = pair;
    const level = classifySeniority(title.word.label);
    for (const m of [left, join, right]) s.mentions.splice(s.mentions.indexOf(m), 1);
    const text = spanText(s.tokens, left.start, right.end);
    s.mentions.push(
      level && rank.values.includes(level)
        ? { ...rank, start: left.start, end: right.end, text }
        : {
            start: left.start,
            end: right.end,
            text,
            t: 'unclear',
            about: 'word',
            why: `one list of a job title ("${title.text}") or a seniority ("${rank.text}") cannot be asked in one condition`,
            options: [],
            // either member alone is a question the request can answer: offered as the replies
            choices: [title, rank].map((m) => ({ label: m.text, replacement: m.text })),
          },
    );
    k = right.end - 1;
  }
}
