/**
 * Job titles and seniorities listed with "or" (a slash is read as "or", a comma leaves no word): "ceos / c suite",
 * "founders or vps", "ceos, ctos or vps"; a member named with its class ("ceos and other c suite", "cmos or any other
 * c-level") is the class. The list is a union, never conditions that must all hold ("CEO and C-level"
 * would be the CEOs only, "founder and VP" nobody). A title that is itself of one of the listed levels by the data's
 * own rule (`classifySeniority` of `@musaeid/db`, the rule every person's seniority comes from: a CEO is C-level) adds
 * nothing to them and gives way; the others stay alternatives of the one seniority condition (`orTitles`: "VP, or a
 * title mentioning founder"). A list of titles alone or of levels alone is left to the readers that join them.
 */
import { classifySeniority } from '@musaeid/db';
import type { TitleMatch } from '../../ir/Request';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';

type Role = Extract<Mention, { t: 'title' } | { t: 'seniority' }>;
/** Words between "and" / "or" and "other" in a member named with its class ("or any other", "and all other"). */
const CLASS_DETERMINERS: ReadonlySet<string> = new Set(['the', 'any', 'all']);
const isRole = (m: Mention | undefined): m is Role => m?.t === 'title' || m?.t === 'seniority';

export function readTitleRankUnions(s: ScanState): void {
  const at = (k: number): Mention | undefined => s.mentions.find((m) => m.start <= k && k < m.end);
  /** The "other" of "and other", "or any other", "and the other" at `k` (a determiner may come first). */
  const classJoin = (k: number): Mention | undefined => {
    const m = at(k) ?? (CLASS_DETERMINERS.has(s.w[k] ?? '') && !s.claimed[k] ? at(k + 1) : undefined);
    return m?.t === 'other' ? m : undefined;
  };
  for (let k = 0; k < s.w.length; k++) {
    const first = at(k);
    if (!isRole(first) || first.start !== k) continue;
    // the run of roles side by side or joined by "or"
    const roles: Role[] = [first];
    const joins: Mention[] = [];
    for (let end = first.end; ;) {
      const next = at(end);
      // side by side only across a comma ("ceos, ctos or vps"): "senior ceos" is one role qualified
      if (isRole(next) && next.start === end && s.breaks.has(end)) {
        roles.push(next);
        end = next.end;
        continue;
      }
      // "ceos and other c suite", "cmos or any other c-level": a member named with its class is that class, joined as
      // "or" joins (the member of the class gives way to it below)
      const other = (next?.t === 'and' || next?.t === 'or') && next.start === end ? classJoin(next.end) : undefined;
      const after = other ? at(other.end) : next?.t === 'or' && next.start === end ? at(next.end) : undefined;
      if (!next || !isRole(after) || after.start !== (other ?? next).end) break;
      joins.push(next, ...(other ? [other] : []));
      roles.push(after);
      end = after.end;
    }
    const last = roles.at(-1);
    const ranks = roles.filter((m): m is Extract<Role, { t: 'seniority' }> => m.t === 'seniority');
    const titles = roles.filter((m): m is Extract<Role, { t: 'title' }> => m.t === 'title');
    if (joins.length === 0 || ranks.length === 0 || titles.length === 0 || !last) {
      k = (last?.end ?? k + 1) - 1;
      continue;
    }
    const values = [...new Set(ranks.flatMap((m) => m.values))];
    const orTitles: TitleMatch[] = titles
      .filter((m) => {
        const level = classifySeniority(m.word.label);
        return level === null || !values.includes(level);
      })
      .map((m) => ({ label: m.word.label, patterns: [...m.word.patterns], exclude: [...(m.word.exclude ?? [])] }));
    const orFunctions = [...new Set(ranks.flatMap((m) => m.orFunctions ?? []))];
    for (const m of [...roles, ...joins]) s.mentions.splice(s.mentions.indexOf(m), 1);
    s.mentions.push({
      start: first.start,
      end: last.end,
      text: spanText(s.tokens, first.start, last.end),
      t: 'seniority',
      values,
      // a title names its people: the list is a noun when any member is one
      noun: ranks.some((m) => m.noun) || titles.length > 0,
      ...(orFunctions.length > 0 ? { orFunctions } : {}),
      ...(orTitles.length > 0 ? { orTitles } : {}),
    });
    k = last.end - 1;
  }
}
