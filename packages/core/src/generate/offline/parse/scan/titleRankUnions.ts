/**
 * Job titles and seniorities listed with "or" (a slash is read as "or", a comma leaves no word): "ceos / c suite",
 * "founders or vps", "ceos, ctos or vps"; a member named with its class ("ceos and other c suite", "cmos or any other
 * c-level") is the class. The list is a union, never conditions that must all hold ("CEO and C-level"
 * would be the CEOs only, "founder and VP" nobody). A title that is itself of one of the listed levels by the data's
 * own rule (`classifySeniority` of `@musaeid/db`, the rule every person's seniority comes from: a CEO is C-level) adds
 * nothing to them and gives way; the others stay alternatives of the one seniority condition (`orTitles`: "VP, or a
 * title mentioning founder"). A list of titles alone or of levels alone is left to the readers that join them.
 */
import { classifyJobFunctions, classifySeniority } from '@musaeid/db';
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
    // "marketing directors or ctos": a function before the first level is that level's, and a title of another
    // function (by the data's rule) holds without it; with every title of that function ("marketing directors or
    // cmos") the function may stand beside the whole list
    const fn =
      first.t === 'seniority' ? s.mentions.find((m) => m.t === 'function' && m.end === first.start) : undefined;
    const ownFunctions =
      fn?.t === 'function' &&
      !fn.all &&
      orTitles.some((t) => !fn.values.every((v) => classifyJobFunctions(t.label).includes(v)))
        ? fn
        : undefined;
    if (ownFunctions) s.mentions.splice(s.mentions.indexOf(ownFunctions), 1);
    const start = ownFunctions?.start ?? first.start;
    for (const m of [...roles, ...joins]) s.mentions.splice(s.mentions.indexOf(m), 1);
    s.mentions.push({
      start,
      end: last.end,
      text: spanText(s.tokens, start, last.end),
      t: 'seniority',
      values,
      // a title names its people: the list is a noun when any member is one
      noun: ranks.some((m) => m.noun) || titles.length > 0,
      ...(orFunctions.length > 0 ? { orFunctions } : {}),
      ...(orTitles.length > 0 ? { orTitles } : {}),
      ...(ownFunctions?.t === 'function' ? { ofFunctions: [...ownFunctions.values] } : {}),
    });
    k = last.end - 1;
  }
}

/**
 * "cmos / marketing directors", "marketing directors or CMOs": a title joined by "or" (a slash) to a function and a
 * level is one or the other, never all three at once (the CMOs who are also directors: nobody). When the title is of
 * that function by the data's own rule (`classifyJobFunctions`: a CMO is in marketing), the union is the function's
 * people of that level or with that title: the level's condition takes the title as its alternative (`orTitles`) and
 * the function stays. A title of another function ("ctos / marketing directors") holds without the function: the
 * function goes into the level (`ofFunctions`: the marketing directors, or the CTOs).
 */
export function readTitleOrRankedFunction(s: ScanState): void {
  const starting = (k: number): Mention | undefined => s.mentions.find((m) => m.start === k);
  const ending = (k: number): Mention | undefined => s.mentions.find((m) => m.end === k);
  const ors = s.mentions.filter((m): m is Extract<Mention, { t: 'or' }> => m.t === 'or');
  for (const or of ors) {
    // the title on one side, the function and its level on the other (in either order)
    const leftTitle = ending(or.start);
    const rightTitle = starting(or.end);
    const leftRank = ending(or.start);
    const leftFn = leftRank ? ending(leftRank.start) : undefined;
    const rightFn = starting(or.end);
    const rightRank = rightFn ? starting(rightFn.end) : undefined;
    const sides: [Mention | undefined, Mention | undefined, Mention | undefined][] = [
      [leftTitle, rightFn, rightRank],
      [rightTitle, leftFn, leftRank],
    ];
    for (const [title, fn, rank] of sides) {
      if (title?.t !== 'title' || fn?.t !== 'function' || rank?.t !== 'seniority' || rank.orTitles) continue;
      const orTitle: TitleMatch = {
        label: title.word.label,
        patterns: [...title.word.patterns],
        exclude: [...(title.word.exclude ?? [])],
      };
      s.mentions.splice(s.mentions.indexOf(title), 1);
      s.mentions.splice(s.mentions.indexOf(or), 1);
      rank.orTitles = [orTitle];
      rank.noun = true;
      // "ctos / marketing directors": a title of another function (by the data's rule) holds without the function,
      // so the function goes into the level (the marketing directors) and no longer stands beside it for both
      if (!fn.values.every((v) => classifyJobFunctions(title.word.label).includes(v))) {
        s.mentions.splice(s.mentions.indexOf(fn), 1);
        rank.ofFunctions = [...fn.values];
        rank.text = spanText(s.tokens, fn.start, rank.end);
        rank.start = fn.start;
      }
      break;
    }
  }
}
