import type { Dimension, NumericColumn, RankedColumn } from '../../../ir/Request';
import { ORDERING_WORDS } from '../../../lexicon/aggregateWords';
import { KNOWN_VALUE_COLUMNS, type AttributeName } from '../../../lexicon/attributeWords';
import { singular } from '../../../text/tokenize';
import type { BuildState } from '../BuildState';
import { applyCondTo, ensureFrom } from '../graph';
import type { MentionOf } from '../MentionHandler';

/** The numeric column an aggregate of an attribute word computes ("average revenue", "how long on average"). */
export const AGGREGATED_COLUMN: Partial<Record<AttributeName, NumericColumn>> = {
  revenue: 'revenue_usd',
  employees: 'employees',
  founded: 'founded_year',
  duration: 'duration_days',
};

/** Attributes whose values can be counted as a grouping ("the most common industry", "the least common city"). */
const GROUPED_ATTRIBUTE: Partial<Record<AttributeName, Dimension>> = {
  industry: 'industry',
  country: 'country',
  city: 'city',
  venue: 'venue',
  relation: 'relation',
  job_title: 'job_title',
};

/** The column of the target's own that "by <attribute>" orders by. */
const RANKED_BY: Partial<Record<AttributeName, RankedColumn>> = {
  employees: 'size',
  revenue: 'revenue',
  founded: 'age',
  duration: 'duration',
  dates: 'date',
};

/** Words of the founding-year attribute that ask for an age, not a year ("how old", "age"). */
const AGE_WORDS = /\b(old|age|ages)\b/i;

/** A verb of ordering said anywhere in the question ("sort", "rank", "order ... by"). */
function orderingVerbSaid(s: BuildState): boolean {
  return s.scan.tokens.some((t) => ORDERING.has(t.norm));
}
const ORDERING: ReadonlySet<string> = new Set(ORDERING_WORDS);

/**
 * An attribute word ("revenue", "email", "founding year"): the column of an aggregate, the column of a ranking
 * ("the largest revenue", "by revenue", "the most employees"), a missing value under a negation ("no revenue
 * listed"), or else an attribute shown.
 */
export function readAttribute(s: BuildState, m: MentionOf<'attribute'>): void {
  const prevM = s.ms[s.k - 1];
  // "how old is X", "the average age of the sponsors": the founding year asked as the years since it
  if (m.attr === 'founded' && AGE_WORDS.test(m.text)) s.ageAsked = true;
  if (s.aggFn && AGGREGATED_COLUMN[m.attr]) {
    s.aggColumn = AGGREGATED_COLUMN[m.attr] ?? null;
  } else if (prevM?.t === 'superlative' && ['employees', 'revenue', 'founded', 'duration', 'dates'].includes(m.attr)) {
    // "the largest revenue", "the earliest founding year": rank on that attribute, and show it
    const column =
      m.attr === 'employees'
        ? 'size'
        : m.attr === 'revenue'
          ? 'revenue'
          : m.attr === 'founded'
            ? 'age'
            : m.attr === 'duration'
              ? 'duration'
              : 'date';
    // the superlative's own word: "lowest" of "the lowest reported revenue" (the words saying how the measure is
    // stated belong to its phrase)
    const word = prevM.text.toLowerCase().split(/\s+/)[0] ?? '';
    const low = ['earliest', 'oldest', 'smallest', 'lowest', 'shortest', 'first', 'soonest', 'next'].includes(word);
    s.superlative = { column, order: low ? 'asc' : 'desc', measured: true };
    s.attributes.push(m.attr);
    if (s.topN === null && singular(m.text.toLowerCase()) === m.text.toLowerCase()) s.topN = 1;
  } else if (
    prevM &&
    ((prevM.t === 'prep' && prevM.p === 'by') || prevM.t === 'group') &&
    // "which is bigger by revenue, A or B": the superlative's measure, its rows named only after it
    (s.target || (prevM.t === 'prep' && s.superlative !== null && s.ms[s.k - 2]?.t === 'superlative')) &&
    (['employees', 'revenue', 'founded'].includes(m.attr) ||
      // "sort the events by duration / by date": an event's own measure, said after a verb of ordering (a grouping
      // reads "by date" otherwise)
      (['duration', 'dates'].includes(m.attr) && s.target?.entity === 'events' && orderingVerbSaid(s)))
  ) {
    const column = RANKED_BY[m.attr] ?? 'revenue';
    s.superlative = {
      column,
      // a founding year or a date: the earliest first; a size, revenue or duration: the largest first
      order: s.superlative?.order ?? (column === 'age' || column === 'date' ? 'asc' : 'desc'),
      // "the biggest sponsors by revenue" keeps its superlative's top; "sponsors by revenue" is an order only
      ...(s.superlative ? {} : { ordering: true }),
    };
    s.expectDimension = false;
  } else if (s.mostPending && !s.groupDim && GROUPED_ATTRIBUTE[m.attr] && !s.measure) {
    // "the most common industry among exhibitors": the values of that attribute counted, the most frequent first
    s.groupDim = GROUPED_ATTRIBUTE[m.attr] ?? null;
    s.groupAsked = true;
    s.groupSingular = singular(m.text.toLowerCase()) === m.text.toLowerCase();
  } else if (
    s.topN !== null &&
    !s.target &&
    !s.groupDim &&
    !s.measure &&
    GROUPED_ATTRIBUTE[m.attr] &&
    singular(m.text.toLowerCase()) !== m.text.toLowerCase()
  ) {
    // "top 5 job titles among ...": the values asked for first, ranked, are the most frequent ones (as "the 5 most
    // common job titles"); no rows of their own hold a job title to rank
    s.groupDim = GROUPED_ATTRIBUTE[m.attr] ?? null;
    s.groupAsked = true;
    s.groupSingular = false;
  } else if (s.mostPending && (m.attr === 'employees' || m.attr === 'revenue')) {
    s.superlative = { column: m.attr === 'employees' ? 'size' : 'revenue', order: s.mostPending, measured: true };
    s.mostPending = null;
  } else if (s.countFlag && m.attr === 'revenue') {
    s.aggFn = 'sum';
    s.aggColumn = 'revenue_usd';
    s.countFlag = false;
    s.aggFromCount = true;
  } else if (s.neg && s.current && KNOWN_VALUE_COLUMNS[m.attr]) {
    // "companies with no revenue listed", "events without a venue"
    const known = KNOWN_VALUE_COLUMNS[m.attr];
    if (known)
      applyCondTo(s, s.current, {
        kind: 'hasValue',
        entity: known.entity,
        column: known.column,
        label: known.label,
        negate: true,
      });
    s.neg = false;
  } else if (s.neg && m.attr === 'email') {
    const host = s.current?.entity === 'people' ? s.current : s.current ? ensureFrom(s, s.current, 'people') : null;
    if (host) host.conds.push({ kind: 'hasEmail', negate: true });
    s.neg = false;
  } else {
    s.attributes.push(m.attr);
  }
}
