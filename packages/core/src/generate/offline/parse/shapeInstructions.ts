/**
 * Instructions about the answer's shape, read by what the question already asks (words in
 * `lexicon/shapeInstructionWords.ts`); each was taken as a word of the data and asked back:
 *
 * - one result of a ranking, in a clause of its own after a superlative ("which firm has the most contacts - only the
 *   single top one, not a ranking", "..., just the winner"): the superlative already answers its top row (ties kept,
 *   as every ranking keeps them), so the clause restates the shape and is released; with no superlative it is asked;
 * - a precision adjective before a field or a count ("the precise dates", "the exact number"): the answer shows the
 *   stored value itself, so the adjective adds nothing;
 * - a clause counting both end days of a length of time ("average length in days, inclusive of both ends", "counting
 *   both days") after a duration: the conventions' duration is end - start + 1 days, both ends counted, which the
 *   answer says; after no duration it is asked;
 * - one figure per value of a list ("contacts in Vietnam, Thailand and the Philippines, each separately", "one by
 *   one"): a grouping by the values' dimension, the values kept as the filter (as "by country" is), so one row per
 *   value; with no list of values it is asked.
 */
import type { Dimension } from '../ir/Request';
import {
  INCLUSION_ASIDE_WORDS,
  INCLUSION_WORDS,
  PRECISION_ADJECTIVES,
  RANKING_NEGATIONS,
  RANKING_NOUNS,
  SEPARATELY_ASIDE_WORDS,
  SEPARATELY_PHRASES,
  SEPARATELY_WORDS,
  SINGLE_RESULT_ASIDE_WORDS,
  SINGLE_RESULT_WORDS,
} from '../lexicon/shapeInstructionWords';
import type { Token } from '../text/tokenize';
import { listedDimension } from './contrastedValues';
import type { Mention } from './Mention';
import { groupedBy } from './scan/repeatedCounts';
import type { ScanState } from './scan/ScanState';
import { clauseBounds, releaseClause } from './socialClauses';

/** True when a mention ranks the rows to their top ("the most", "the biggest") with no number of its own. */
function ranksToTop(m: Mention): boolean {
  return m.t === 'most' || (m.t === 'superlative' && m.compared === undefined);
}

/**
 * True when the words of a clause ask for one result: a word of one result ("winner", "single", "top one") or a
 * ranking negated ("not a ranking"), and otherwise only the words such a clause holds.
 */
function asksOneResult(words: readonly string[]): boolean {
  let core = false;
  for (let k = 0; k < words.length; k++) {
    const x = words[k] ?? '';
    if (SINGLE_RESULT_WORDS.has(x)) core = true;
    else if (RANKING_NOUNS.has(x)) {
      // "not a ranking", "no league table": the negation before the noun, a determiner between
      const before = words.slice(Math.max(0, k - 3), k);
      if (!before.some((b) => RANKING_NEGATIONS.has(b))) return false;
      core = true;
    } else if (!RANKING_NEGATIONS.has(x) && !SINGLE_RESULT_ASIDE_WORDS.has(x)) return false;
  }
  return core;
}

/**
 * "which firm has the most contacts - only the single top one, not a ranking": a clause of one result after a
 * superlative that ranks to its top with no number ("top 5" asks five) restates the shape; its words are discourse.
 */
export function releaseSingleResultClauses(text: string, s: ScanState): number[] {
  const bounds = clauseBounds(text, s.w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds) {
    if (!asksOneResult(s.w.slice(a, b))) continue;
    const outside = s.mentions.filter((m) => m.end <= a || m.start >= b);
    // a number said outside the clause ("the top 3") asks more than one
    if (!outside.some(ranksToTop) || outside.some((m) => m.t === 'number' || m.t === 'examples')) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}

/** True when a mention is a field shown or a count ("the precise DATES", "the exact NUMBER"). */
const valueAsked = (m: Mention): boolean => m.t === 'attribute' || m.t === 'count';

/** True when token `at` is claimed by no reading but a joining word ("opening AND closing dates"). */
function fieldWordAt(s: ScanState, at: number): boolean {
  const here = s.mentions.filter((m) => m.start <= at && at < m.end);
  return at < s.w.length && here.every((m) => m.t === 'and' || m.t === 'or');
}

/**
 * "the precise opening and closing dates of X", "the exact number of sponsors": a precision adjective no reader took
 * right before a field or a count names nothing; the value shown is the stored one.
 */
export function releasePrecisionAdjectives(s: ScanState): number[] {
  const released: number[] = [];
  for (let k = 0; k < s.w.length; k++) {
    if (s.claimed[k] || !PRECISION_ADJECTIVES.has(s.w[k] ?? '')) continue;
    if (s.mentions.some((m) => m.start <= k && k < m.end)) continue;
    // the field may be said with words of its own before it ("the precise OPENING AND CLOSING dates")
    let at = k + 1;
    while (at < k + 5 && !s.mentions.some((m) => m.start === at && valueAsked(m)) && fieldWordAt(s, at)) at++;
    if (!s.mentions.some((m) => m.start === at && valueAsked(m))) continue;
    released.push(k);
  }
  return released;
}

/** True when a mention measures a length of time in days (a duration field, ranking or threshold). */
function measuresDuration(m: Mention): boolean {
  if (m.t === 'attribute') return m.attr === 'duration';
  if (m.t === 'superlative') return m.column === 'duration';
  return m.t === 'cond' && m.cond.kind === 'compare' && m.cond.column === 'duration_days';
}

/**
 * "average length in days of shows at X, inclusive of both ends", "how long is X, counting both days": a clause
 * counting both end days after a duration restates the conventions' duration (end - start + 1 days); released.
 */
export function releaseInclusiveDurations(text: string, s: ScanState, done: readonly number[]): number[] {
  const bounds = clauseBounds(text, s.w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds) {
    const words = s.w.slice(a, b);
    // a range's ends already read ("between 50 and 500 - inclusive": `releaseInclusiveBounds`)
    if (done.some((k) => k >= a && k < b)) continue;
    if (!words.some((x) => INCLUSION_WORDS.has(x))) continue;
    // both ends said: "both", or the start and the end / first and last day named
    const ends = words.includes('both') || (words.includes('start') && words.includes('end'));
    if (!ends && !words.includes('inclusive') && !words.includes('inclusively')) continue;
    if (!words.every((x) => INCLUSION_WORDS.has(x) || INCLUSION_ASIDE_WORDS.has(x))) continue;
    const duration = s.mentions.some((m) => m.end <= a && measuresDuration(m));
    releaseClause(s, [a, b], duration ? released : []);
    // said of no length of time: asked about, never dropped
    if (!duration)
      s.mentions.push({
        start: a,
        end: b,
        text: s.tokens
          .slice(a, b)
          .map((t) => t.raw)
          .join(' '),
        t: 'unclear',
        about: 'word',
        why: 'I count both end days only in a length of time (a duration is end - start + 1 days)',
        options: [],
      });
  }
  return released;
}

/** The dimension whose values the question lists two or more of (a list of countries in one mention counts each). */
function listedValues(mentions: readonly Mention[]): Dimension | null {
  const dim = listedDimension(mentions);
  if (dim) return dim;
  // named events or companies listed ("sponsors of A and B, each separately"): one row per named thing
  for (const kind of ['event', 'company'] as const) {
    const named = mentions.flatMap((m) => (m.t === kind ? m.hit.names : []));
    if (new Set(named.map((n) => n.toLowerCase())).size >= 2) return kind;
  }
  const places = mentions.filter((m) => m.t === 'country' || m.t === 'city');
  const [only] = places;
  if (places.length !== 1 || !only) return null;
  const n = only.t === 'country' ? only.names.length : only.t === 'city' ? only.values.length : 0;
  return n >= 2 ? only.t : null;
}

/** Where a word or phrase of separateness starts among tokens no reading took, and where it ends; null if none. */
function separatelyAt(mentions: readonly Mention[], tokens: readonly Token[]): [number, number] | null {
  const free = (k: number): boolean => !mentions.some((m) => m.start <= k && k < m.end && m.t !== 'group');
  for (let k = 0; k < tokens.length; k++) {
    if (!free(k)) continue;
    if (SEPARATELY_WORDS.has(tokens[k]?.norm ?? '')) return [k, k + 1];
    const phrase = SEPARATELY_PHRASES.find((p) => p.every((x, i) => tokens[k + i]?.norm === x && free(k + i)));
    if (phrase) return [k, k + phrase.length];
  }
  return null;
}

/**
 * "contacts in Vietnam, Thailand and the Philippines, each separately", "how many events in 2024 and 2025, one by one":
 * a word of separateness after two or more values of one dimension is a grouping by it, the values kept as the filter
 * (one row per value, as "by country" reads). Its words are taken out of `ignored`; with a grouping said in words, or
 * no list, nothing is read.
 */
export function readSeparateValues(mentions: Mention[], tokens: readonly Token[], ignored: string[]): void {
  const at = separatelyAt(mentions, tokens);
  if (!at) return;
  if (mentions.some((m) => m.t === 'dimension' || m.t === 'compare')) return;
  const dim = listedValues(mentions);
  // nothing listed to take apart: the word is asked about, never dropped
  if (!dim) {
    for (let k = at[0]; k < at[1]; k++) ignored.push(tokens[k]?.raw ?? '');
    return;
  }
  // "each" before the word ("each separately") is part of it, not a grouping by the noun after it
  let [start] = at;
  const [, end] = at;
  while (start > 0 && SEPARATELY_ASIDE_WORDS.has(tokens[start - 1]?.norm ?? '')) start--;
  const kept = mentions.filter((m) => !(m.t === 'group' && m.start >= start && m.end <= end));
  kept.push(...groupedBy(dim, end));
  kept.sort((a, b) => a.start - b.start);
  mentions.splice(0, mentions.length, ...kept);
  for (let k = start; k < end; k++) {
    const raw = tokens[k]?.raw;
    const i = raw === undefined ? -1 : ignored.indexOf(raw);
    if (i >= 0) ignored.splice(i, 1);
  }
}
