/**
 * Titles that restate a job function said with them: "account execs / sales reps" (a title or the function), "sales
 * people - AEs, BDRs, SDRs" (a list of titles after a break, after the function). When every title is of that
 * function by the data's own rule (`classifyJobFunctions` of `@musaeid/db`: an account executive is in sales), the
 * titles are members of the function's people: read as conditions of their own they narrowed it (the sales people
 * whose title is also an AE, a BDR or an SDR; "account executive" AND sales), where the function's people are asked.
 * The titles are read as nothing more. A title of another function ("sales people - CTOs") is left as it was.
 */
import { classifyJobFunctions } from '@musaeid/db';
import { RESTATING_MARKERS } from '../../lexicon/exampleWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

type FunctionMention = Extract<Mention, { t: 'function' }>;
type TitleMention = Extract<Mention, { t: 'title' }>;

const MARKERS: readonly string[][] = RESTATING_MARKERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The title is of every function the mention names, by the data's rule. */
const ofFunction = (title: TitleMention, fn: FunctionMention): boolean => {
  const functions = classifyJobFunctions(title.word.label);
  return fn.values.every((v) => functions.includes(v));
};

/** Drops the titles at `items` and the joins between them, their tokens read. */
function drop(s: ScanState, items: readonly Mention[]): void {
  for (const m of items) {
    const at = s.mentions.indexOf(m);
    if (at >= 0) s.mentions.splice(at, 1);
    for (let k = m.start; k < m.end; k++) s.claimed[k] = true;
  }
}

/** "account execs / sales reps", "sales reps or account executives": the title joined by "or" to its own function. */
function readTitleOrFunction(s: ScanState): void {
  for (const or of s.mentions.filter((m) => m.t === 'or')) {
    const left = s.mentions.find((m) => m.end === or.start);
    const right = s.mentions.find((m) => m.start === or.end);
    const pair =
      left?.t === 'title' && right?.t === 'function'
        ? ([left, right] as const)
        : left?.t === 'function' && right?.t === 'title'
          ? ([right, left] as const)
          : null;
    if (!pair || !ofFunction(pair[0], pair[1])) continue;
    drop(s, [pair[0], or]);
  }
}

/** "sales people - AEs, BDRs, SDRs": a clause of titles only, after a break, restating the function said before. */
function readTitleListAfterFunction(s: ScanState): void {
  const { w, breaks } = s;
  for (const start of [...breaks].sort((a, b) => a - b)) {
    let end = start + 1;
    while (end < w.length && !breaks.has(end)) end++;
    // a restating marker may open the clause ("- e.g. AEs, SDRs")
    const marker = MARKERS.find((p) => p.every((x, d) => w[start + d] === x))?.length ?? 0;
    const inside = s.mentions.filter((m) => m.start >= start && m.end <= end);
    const titles = inside.filter((m): m is TitleMention => m.t === 'title');
    const joins = inside.filter((m) => m.t === 'or' || m.t === 'and');
    if (titles.length === 0 || titles.length + joins.length !== inside.length) continue;
    // every word of the clause read by a title, a join or the marker
    const read = (k: number): boolean => k < start + marker || inside.some((m) => m.start <= k && k < m.end);
    if (![...Array(end - start).keys()].every((d) => read(start + d))) continue;
    const fn = s.mentions
      .filter((m): m is FunctionMention => m.t === 'function' && m.end <= start)
      .sort((a, b) => b.end - a.end)[0];
    if (!fn || !titles.every((t) => ofFunction(t, fn))) continue;
    drop(s, inside);
    for (let k = start; k < start + marker; k++) s.claimed[k] = true;
  }
}

export function readRestatedRoleLists(s: ScanState): void {
  readTitleOrFunction(s);
  readTitleListAfterFunction(s);
}
