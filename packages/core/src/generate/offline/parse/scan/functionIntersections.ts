/**
 * "People who do both sales and marketing", "whose role covers sales and HR", "sales people who also do
 * marketing": job functions that must ALL hold (a title can state several, person_job_functions), told apart by
 * grammar from the usual list sense of "sales and marketing people" (any of them). Read after the lexicon
 * passes, on the function mentions they made.
 */
import type { Mention } from '../Mention';
import { claim, type ScanState } from './ScanState';

/** Verbs saying one role spans several functions ("covers", "combines", "spans", "includes"). */
const COVERING_VERBS: ReadonlySet<string> = new Set([
  'cover',
  'covers',
  'covering',
  'combine',
  'combines',
  'combining',
  'span',
  'spans',
  'spanning',
  'straddle',
  'straddles',
  'straddling',
  'include',
  'includes',
]);
/** The noun a covering verb has as subject ("whose role covers", "their job functions include"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'role',
  'roles',
  'job',
  'jobs',
  'function',
  'functions',
  'position',
  'positions',
  'title',
  'titles',
  'responsibilities',
  'remit',
  'portfolio',
]);
/** Words between "also" and the second function ("who are also in marketing", "that also do sales"). */
const ALSO_LINKS: ReadonlySet<string> = new Set([
  'in',
  'do',
  'does',
  'doing',
  'work',
  'works',
  'working',
  'handle',
  'handles',
  'cover',
  'covers',
  'into',
  'on',
  'the',
  'a',
  'an',
]);

/** A role noun after a list: singular, one role spans the functions ("a sales and marketing role"). */
const ROLE_AFTER: ReadonlyMap<string, 'one' | 'several'> = new Map([
  ['role', 'one'],
  ['position', 'one'],
  ['job', 'one'],
  ['remit', 'one'],
  ['roles', 'several'],
  ['positions', 'several'],
  ['jobs', 'several'],
]);
/** Words saying someone is in charge of a function ("responsible for marketing", "in charge of sales"). */
const RESPONSIBILITY_WORDS: ReadonlySet<string> = new Set([
  'responsible',
  'charge',
  'oversee',
  'oversees',
  'overseeing',
  'handle',
  'handles',
  'handling',
  'heads',
  'heading',
  'leads',
  'leading',
  'runs',
  'running',
]);
/** Words that may sit between the members of a list ("both a sales and a marketing role"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

type FunctionMention = Mention & { t: 'function' };

const isFunction = (m: Mention | undefined): m is FunctionMention => m?.t === 'function';

/** Removes the mentions that overlap tokens [a, b) (a phrase re-read as a whole). */
function release(s: ScanState, a: number, b: number): void {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k];
    if (m && m.start < b && m.end > a) s.mentions.splice(k, 1);
  }
  for (let k = a; k < b; k++) s.claimed[k] = false;
}

export function readFunctionIntersections(s: ScanState): void {
  const { w } = s;
  /** True when only articles separate token a from token b. */
  const adjacent = (a: number, b: number): boolean => {
    if (b < a) return false;
    for (let t = a; t < b; t++) if (!ARTICLES.has(w[t] ?? '') || s.claimed[t]) return false;
    return true;
  };
  s.mentions.sort((x, y) => x.start - y.start);
  for (let k = 0; k < s.mentions.length; k++) {
    const first = s.mentions[k];
    if (!isFunction(first)) continue;
    // "sales and marketing", "sales, marketing and HR": a list of functions right after one another
    const list: FunctionMention[] = [first];
    let j = k + 1;
    for (;;) {
      const conj = s.mentions[j];
      const next = s.mentions[j + 1];
      const last = list.at(-1);
      if (!conj || !last || !adjacent(last.end, conj.start) || !isFunction(next) || !adjacent(conj.end, next.start))
        break;
      if (conj.t !== 'and' && !(conj.t === 'other' && conj.text === ',')) break;
      list.push(next);
      j += 2;
    }
    let end = list.at(-1)?.end ?? first.end;
    // "a sales and marketing role": one role spanning the functions; "sales and marketing roles": any of them
    const roleAfter = ROLE_AFTER.get(w[end] ?? '');
    if (roleAfter && !s.claimed[end]) end++;
    // what introduces the list: "both", or "<role noun> <covering verb> [both]"
    let start = first.start;
    const before = s.mentions[k - 1];
    if (before?.t === 'both' && adjacent(before.end, start)) start = before.start;
    const oneRole = roleAfter === 'one' && ARTICLES.has(w[first.start - 1] ?? '');
    let covering = false;
    if (COVERING_VERBS.has(w[start - 1] ?? '')) {
      covering = true;
      start--;
      while (start > 0 && ROLE_NOUNS.has(w[start - 1] ?? '')) start--;
    }
    if (list.length < 2) {
      // a single function: its role noun is still read ("a sales role")
      if (roleAfter && end > first.end) {
        first.end = end;
        s.claimed[end - 1] = true;
      }
      continue;
    }
    if (start === first.start && !covering && !oneRole) {
      if (roleAfter) {
        const last = list.at(-1);
        if (last) last.end = end;
        s.claimed[end - 1] = true;
      }
      continue;
    }
    const values = [...new Set(list.flatMap((m) => m.values))];
    const noun = list.some((m) => m.noun);
    release(s, start, end);
    claim(s, start, end, { t: 'function', values, noun, all: true });
    s.mentions.sort((x, y) => x.start - y.start);
    k = s.mentions.findIndex((m) => m.start === start);
  }
  // "responsible for marketing", "in charge of sales": the words of being in charge lead to the function
  for (let t = 0; t < w.length; t++) {
    if (s.claimed[t] || !RESPONSIBILITY_WORDS.has(w[t] ?? '')) continue;
    const next = s.mentions.find((m) => m.start > t && m.t !== 'prep');
    if (isFunction(next) && next.start - t <= 3) s.claimed[t] = true;
  }
  // "sales people who are also in marketing": a function after "also" must hold as well
  for (let k = 0; k < s.mentions.length; k++) {
    const also = s.mentions[k];
    if (also?.t !== 'refine' || also.text.toLowerCase() !== 'also') continue;
    const earlier = s.mentions.slice(0, k).some(isFunction);
    let j = k + 1;
    while (j < s.mentions.length && ['copula', 'prep', 'other'].includes(s.mentions[j]?.t ?? '')) j++;
    const next = s.mentions[j];
    if (!earlier || !isFunction(next)) continue;
    let gapOk = true;
    for (let t = also.end; t < next.start; t++) if (!s.claimed[t] && !ALSO_LINKS.has(w[t] ?? '')) gapOk = false;
    if (!gapOk) continue;
    for (let t = also.end; t < next.start; t++) s.claimed[t] = true;
    next.all = true;
  }
}
