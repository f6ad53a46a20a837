/**
 * A period left out of the window asked for: "events in the next six months, not the 2025 ones", "anything in the
 * coming year? don't need the 2025 stuff yet", "shows this year and next, skip q1". The negated (or excepted) period
 * after a window of start dates cuts it: left out at one end, the window ends (or starts) where the period begins (or
 * ends), one window as the start-date condition holds. Left out inside the window, or sharing no day with it (which
 * year was meant?), it stays as said (the exclusion reader leaves those rows out, or the words are asked about).
 *
 * Between the negation and the period only words of wanting and determiners may stand ("don't need the", "no need for
 * any"), and after the period only a vague noun of the rows and words of "for now" ("the 2025 stuff yet", "the q1
 * ones"): the clause then says nothing but which dates are not wanted. Its words were asked back one by one.
 */
import type { Mention } from './Mention';
import { addDays } from './dates';

/** Words between the negation and the period: a verb of wanting, its preposition, a determiner. */
const WANT_WORDS: ReadonlySet<string> = new Set([
  ...['need', 'needed', 'want', 'wanted', 'care', 'require', 'interested', 'in', 'about', 'for', 'with', 'yet'],
  ...['the', 'any', 'those', 'these', 'anything', 'stuff', 'from', 'of', 'really', 'bother', 'bothered', 'looking'],
  ...['at', 'into', 'show', 'include', 'including', 'list', 'listing', 'me', 'us', 'worry', 'worried', 'got', 'to'],
]);

/** Words after the period: a vague noun of the rows, and words of "for the time being". */
const TAIL_WORDS: ReadonlySet<string> = new Set([
  ...['stuff', 'ones', 'one', 'events', 'event', 'shows', 'things', 'bits', 'bit', 'side', 'part', 'lot', 'batch'],
  ...['yet', 'for', 'now', 'atm', 'rn', 'though', 'tho', 'either', 'please', 'pls', 'thanks', 'obviously'],
]);

const YEAR = /^(19|20)\d\d$/;

/** The window of a mention: a start-date condition with both ends, or a full year left a number ("the 2025 stuff"). */
function windowOf(m: Mention | undefined): { from: string; to: string } | null {
  if (m?.t === 'cond' && m.cond.kind === 'startBetween' && m.cond.from !== null && m.cond.to !== null)
    return { from: m.cond.from, to: m.cond.to };
  if (m?.t === 'number' && YEAR.test(m.text)) return { from: `${m.text}-01-01`, to: `${m.text}-12-31` };
  return null;
}

/**
 * Cuts the windows of `mentions` by the periods said left out after them (see the file's comment). `w`: the words;
 * `ignored` / `ignoredAt`: the words left unread, from which the clause's own words are taken when it is read.
 */
export function trimExcludedPeriods(
  mentions: Mention[],
  w: readonly string[],
  claimed: boolean[],
  ignored: string[],
  ignoredAt: number[],
): void {
  for (let i = 1; i < mentions.length - 1; i++) {
    const neg = mentions[i];
    const excludedMention = mentions[i + 1];
    const excluded = windowOf(excludedMention);
    if (neg?.t !== 'neg' || !excludedMention || excluded === null) continue;
    // only words of wanting between the negation and the period, only a vague noun and "for now" after it
    const gap = w.slice(neg.end, excludedMention.start);
    if (!gap.every((x) => WANT_WORDS.has(x))) continue;
    let end = excludedMention.end;
    while (end < w.length && TAIL_WORDS.has(w[end] ?? '') && !mentions.some((m) => m.start === end)) end++;
    const keptAt = mentions.slice(0, i).findLastIndex((m) => m.t === 'cond' && m.cond.kind === 'startBetween');
    const kept = mentions[keptAt];
    if (kept?.t !== 'cond' || kept.cond.kind !== 'startBetween') continue;
    const window = windowOf(kept);
    if (window === null) continue;
    const overlaps = excluded.from <= window.to && window.from <= excluded.to;
    let from = window.from;
    let to = window.to;
    // inside the window, all of it, or none of it ("next year, not the h2 ones": h2 of which year?): left as said
    if (!overlaps) continue;
    if (excluded.from <= window.from && excluded.to < window.to) from = addDays(excluded.to, 1);
    else if (excluded.to >= window.to && excluded.from > window.from) to = addDays(excluded.from, -1);
    else continue;
    mentions[keptAt] = { ...kept, cond: { ...kept.cond, from, to, label: `${from}..${to}` } };
    mentions.splice(i, 2);
    for (let k = neg.start; k < end; k++) {
      claimed[k] = true;
      const j = ignoredAt.indexOf(k);
      if (j >= 0) {
        ignored.splice(j, 1);
        ignoredAt.splice(j, 1);
      }
    }
    i--;
  }
}
