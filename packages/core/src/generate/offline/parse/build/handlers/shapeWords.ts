/**
 * Words that shape the answer rather than filter it: counts, "top N", groupings, aggregate functions, "most" and
 * superlatives. They set the shape fields of the state; `chooseShape` turns them into the request's shape.
 */
import { SAME_AGAIN_PHRASES } from '../../../lexicon/discourseWords';
import { singular } from '../../../text/tokenize';
import { RANK_END_WORDS } from '../../../lexicon/aggregateWords';
import type { BuildState } from '../BuildState';
import type { MentionOf } from '../MentionHandler';
import { AGGREGATED_COLUMN } from './attributeWord';
import type { AttributeName } from '../../../lexicon/attributeWords';

/** "how many", "number of"; after "by" ("top 5 companies by number of contacts") a ranking, not a count. */
export function readCount(s: BuildState): void {
  const prevM = s.ms[s.k - 1];
  // "the smallest event by number of companies": a size superlative before it says which end the ranking keeps
  if (prevM && ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group') && s.target)
    s.mostPending = s.superlative?.column === 'size' ? s.superlative.order : 'desc';
  else s.countFlag = true;
}

/** A number before what it counts ("5 companies", "3 largest") is a limit, and so is one after "bottom" ("bottom 5"). */
export function readNumber(s: BuildState, m: MentionOf<'number'>): void {
  const nextM = s.ms[s.k + 1];
  const before = s.ms[s.k - 1];
  if (before?.t === 'sortOrder' && before.end === m.start && RANK_END_WORDS.has(before.text.toLowerCase())) {
    s.topN = m.value;
    return;
  }
  if (
    nextM &&
    (nextM.t === 'dimension' ||
      nextM.t === 'entity' ||
      nextM.t === 'superlative' ||
      nextM.t === 'most' ||
      nextM.t === 'function' ||
      nextM.t === 'title' ||
      nextM.t === 'topic' ||
      nextM.t === 'country')
  )
    s.topN = m.value;
}

/**
 * A negation right before a ranking word ("not the biggest sponsors", "not the top 5"): a ranking has no negated
 * form in the request, so the words are asked about; left pending, the negation would fall on the noun after it
 * ("not sponsors") and answer another question.
 */
function unnegatedRanking(s: BuildState, text: string): void {
  if (!s.neg || s.ms[s.k - 1]?.t !== 'neg') return;
  s.unnegated.push(`${s.ms[s.k - 1]?.text ?? 'not'} ${text}`);
  s.neg = false;
}

/** "top", "top 5" (the number is read with it). */
export function readTop(s: BuildState, m: MentionOf<'top'>): void {
  unnegatedRanking(s, m.text);
  const nextM = s.ms[s.k + 1];
  if (nextM?.t === 'number') {
    s.topN = nextM.value;
    s.k++;
  } else s.topN = s.topN ?? 10;
}

/** "a few examples", "3 sample companies", "5 of them": members of the set, the number given kept. */
export function readExamples(s: BuildState, m: MentionOf<'examples'>): void {
  s.examples = { limit: m.limit ?? s.examples?.limit ?? null };
}

/** "how many X, and list them": the list, with the number of its rows. */
export function readAlsoList(s: BuildState): void {
  s.alsoList = true;
}

/** "by", "per", "each", "breakdown": a grouping, by the dimension that follows. */
export function readGroup(s: BuildState, m: MentionOf<'group'>): void {
  s.expectDimension = m.expectsDimension;
  // "how many contacts at each of them?": one row per company (event) of the previous answer
  const ofThem = s.ms.slice(s.k + 1, s.k + 3).find((x) => x.t === 'anaphor' && x.strong);
  const previous = s.previous;
  if (
    previous &&
    ofThem &&
    ['each', 'per', 'for each', 'by'].includes(m.text.toLowerCase()) &&
    (previous.target.entity === 'companies' || previous.target.entity === 'events')
  ) {
    s.groupDim = previous.target.entity === 'companies' ? 'company' : 'event';
    s.expectDimension = false;
  }
}

const SAME_AGAIN: ReadonlySet<string> = new Set(SAME_AGAIN_PHRASES);

/** A dimension word: the grouping after "by" or as the question's head ("what year"), else an asked attribute. */
export function readDimension(s: BuildState, m: MentionOf<'dimension'>): void {
  const k = s.k;
  const prevM = s.ms[k - 1];
  const modifiedByEntity = prevM?.t === 'entity' && prevM.end === m.start && s.target !== null && s.drafts.length === 1;
  // "same but for cities, top 5" after "top 10 countries for our contacts": the earlier grouping over another dimension
  const sameGroupingFor =
    s.previous?.shape.kind === 'group' &&
    prevM?.t === 'prep' &&
    prevM.p === 'for' &&
    s.ms.slice(0, k).some((x) => x.t === 'refine' && SAME_AGAIN.has(x.text.toLowerCase()));
  // "seniority split", "country breakdown": the grouping noun right after the dimension groups by it, wherever the
  // phrase stands (after the rows' noun it was read as a shown attribute: one total, "showing seniority")
  const nextM = s.ms[k + 1];
  const groupedAfter = nextM?.t === 'group' && !nextM.expectsDimension && nextM.start === m.end;
  if (s.expectDimension || !s.target || modifiedByEntity || sameGroupingFor || groupedAfter) {
    s.groupDim = m.dim;
    s.groupAsked = !s.expectDimension;
    s.countsDistinct = prevM?.t === 'count' || (prevM?.t === 'other' && s.ms[k - 2]?.t === 'count');
    s.groupSingular = singular(m.text.toLowerCase()) === m.text.toLowerCase();
    s.expectDimension = false;
  } else {
    s.attributes.push(m.dim);
  }
}

/** "average", "total", "minimum": applies to the attribute said before or after it. */
export function readAggFn(s: BuildState, m: MentionOf<'aggFn'>): void {
  // "the min and max revenue", "average and maximum size": another function of the same column, joined by "and"
  const joined = s.ms[s.k - 1]?.t === 'and' && s.ms[s.k - 2]?.t === 'aggFn';
  if (joined && s.aggFn && s.aggFn !== m.fn) {
    if (!s.aggAlso.includes(m.fn)) s.aggAlso.push(m.fn);
    return;
  }
  s.aggFn = m.fn;
  // "how long do events last on average": the function said after its attribute applies to it
  const said: number = s.aggColumn ? -1 : s.attributes.findIndex((a) => AGGREGATED_COLUMN[a as AttributeName]);
  if (said >= 0) {
    s.aggColumn = AGGREGATED_COLUMN[s.attributes[said] as AttributeName] ?? null;
    s.attributes.splice(said, 1);
  }
}

/** "the most", "the fewest": waits for the noun or attribute it ranks by. */
export function readMost(s: BuildState, m: MentionOf<'most'>): void {
  unnegatedRanking(s, m.text);
  s.mostPending = m.order;
  // "the company with the most employees": the noun right before "with" is the one ranked
  const prep = s.ms[s.k - 1];
  if (prep?.t === 'prep' && prep.p === 'with' && s.ms[s.k - 2]?.t === 'entity') s.rankedOf = s.current;
}

/** "the oldest", "the largest", "the next". */
export function readSuperlative(s: BuildState, m: MentionOf<'superlative'>): void {
  unnegatedRanking(s, m.text);
  const noun = s.ms[s.k + 1];
  const one = noun?.t === 'entity' && singular(noun.text.toLowerCase()) === noun.text.toLowerCase();
  s.superlative = { column: m.column, order: m.order, one };
  // "the richest sponsor - how much revenue": the revenue of that one company, not a sum
  if (one && s.aggFn === 'sum' && s.aggColumn === 'revenue_usd' && s.aggFromCount) {
    s.aggFn = null;
    s.aggColumn = null;
    s.attributes.push('revenue');
  }
  if (['next', 'soonest'].includes(m.text.toLowerCase())) s.nextOnly = true;
}
