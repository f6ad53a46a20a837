import type { Node, NumericColumn, RankedColumn, Shape } from '../../ir/Request';
import type { Mention } from '../Mention';
import type { BuildState, Superlative } from './BuildState';
import type { Draft } from './Draft';
import { STATED_SIZE_NOUNS } from '../statedSizeAsked';
import { comparedByCount } from './comparedDimension';
import { toNode } from './toNode';
import { verbAsksOne } from '../askedNumber';
import { earlierRankingOrdered } from './followUp';

/** True when a measured count of people is the company's stated size: "which company has the most employees". */
export function statedSize(md: Draft, target: Pick<Node, 'entity'>, ms: readonly Mention[]): boolean {
  if (target.entity !== 'companies' || md.entity !== 'people' || md.conds.length > 0) return false;
  const noun = ms.find((m) => m.t === 'entity' && m.entity === 'people' && m.relations === md.relations);
  return noun !== undefined && STATED_SIZE_NOUNS.has(noun.text.toLowerCase());
}

/** "total" said as the function ("total sponsors"), not "combined" (a combined list is the union of the lists). */
function totalSaid(ms: readonly Mention[]): boolean {
  return ms.some((m) => m.t === 'aggFn' && m.fn === 'sum' && /^(?:total|sum)/i.test(m.text));
}

/** A company's figures that a superlative over a grouping adds up per group. */
const SUMMED_FIGURES: Partial<Record<Superlative['column'], NumericColumn>> = {
  revenue: 'revenue_usd',
  size: 'employees',
};

/**
 * The figure a ranking over groups adds up: a superlative of a named figure ("the most revenue", "the lowest
 * headcount", `measured`) with a grouping and no aggregate or counted noun of its own. Null otherwise.
 */
export function groupedFigure(s: BuildState): NumericColumn | null {
  if (!s.groupDim || s.aggFn || s.measure || !s.superlative?.measured) return null;
  return SUMMED_FIGURES[s.superlative.column] ?? null;
}

/**
 * The shape of the answer from the shape words read: a count (of distinct values), a grouping, a ranking by a
 * count of linked rows or by a column, an aggregate, or a plain list. A singular noun ranks one row ("which
 * company ..."), a plural ten, unless "top N" said how many.
 */
/**
 * The measure an end word of an order names, on the rows of each kind that have it: a company's stated size and age,
 * an event's date and length. Words of every measure ("highest", "most") name none.
 */
const END_WORD_COLUMNS: Partial<Record<string, Readonly<Record<string, RankedColumn>>>> = {
  companies: { biggest: 'size', largest: 'size', smallest: 'size', newest: 'age', oldest: 'age' },
  events: { latest: 'date', earliest: 'date', soonest: 'date', longest: 'duration', shortest: 'duration' },
};

/**
 * A length of time said of companies ("which sponsor has been around the longest", "the shortest-lived exhibitor") is
 * how long they have existed, their age: it ranks by the founding year, the longest the earliest founded. Events keep
 * their own length.
 */
function lengthOfExistence(node: Node, ranked: Superlative): { column: RankedColumn; order: 'asc' | 'desc' } {
  if (ranked.column !== 'duration' || node.entity !== 'companies') return ranked;
  return { column: 'age', order: ranked.order === 'desc' ? 'asc' : 'desc' };
}

/** A founding year aggregated as an age ("the average age", "how old on average"): the years since it. */
function ageAsked(s: BuildState): boolean {
  return s.ageAsked && s.aggColumn === 'founded_year';
}

export function chooseShape(s: BuildState, root: Draft, node: Node): Shape {
  const shape = shapeOf(s, root, node);
  // "highest first", "in ascending order": the order of a ranking on a column; said of no such ranking (or against
  // the descending order of a count per member) it orders nothing, and is asked about
  const sorted = s.ms.find((m): m is Extract<Mention, { t: 'sortOrder' }> => m.t === 'sortOrder');
  if (!sorted) return shape;
  if (shape.kind === 'rankByColumn') return { ...shape, order: sorted.order };
  // "the bottom 3 events by number of sponsors": the ranking by a count from its low end
  if (shape.kind === 'rankByCount' && s.topN !== null) return { ...shape, order: sorted.order };
  // "group that by company, count per company, biggest first": the order of the groups' counts; "bottom 1 country by
  // total employees": the order of the groups' sums
  if (shape.kind === 'group') return { ...shape, order: sorted.order };
  // "flip it, smallest first" after a ranking: the earlier ranking in that order
  const reordered = shape.kind === 'list' ? earlierRankingOrdered(s, node, sorted.order) : null;
  if (reordered) return reordered;
  // "the sponsors, biggest first", "events, soonest first": an end word that names a measure of the rows listed
  // orders the whole list by it ("highest first" names none, and is asked about)
  const named = shape.kind === 'list' ? END_WORD_COLUMNS[node.entity]?.[sorted.text.split(/\s+/)[0] ?? ''] : undefined;
  if (named) return { kind: 'rankByColumn', column: named, order: sorted.order, limit: s.topN };
  // ... and of a count per member read after this (`parse/countEach.ts`), which is descending
  const countedPer = s.countFlag && s.groupDim !== null;
  if (!((shape.kind === 'countEach' || shape.kind === 'rankByCount' || countedPer) && sorted.order === 'desc'))
    s.unresolved.push(sorted.text);
  return shape;
}

function shapeOf(s: BuildState, root: Draft, node: Node): Shape {
  const ms = s.ms;
  // "which of those events HAS the most sponsors": the verb's number says one, whatever the noun's
  const one = root.singular || verbAsksOne(s.scan.tokens) === true;
  // "3 examples of the largest companies": the number of examples asked is the number ranked
  if (s.topN === null && s.examples?.limit != null && (s.measure || s.superlative || s.groupDim))
    s.topN = s.examples.limit;
  // "the event listings": every stored row, not each event once (`parse/scan/rowNouns.ts`)
  const perRow = ms.some((m) => m.t === 'entity' && m.rows === true && m.entity === node.entity)
    ? { perRow: true as const }
    : {};
  // "every event in Singapore in October": "every" / "each" before the asked noun quantifies the set asked; events
  // grouped by event would be each event alone (and the event dimension has no path from an event's own row)
  if (s.groupDim === 'event' && node.entity === 'events') s.groupDim = null;
  if (s.groupDim && s.countFlag && s.countsDistinct) return { kind: 'count', distinct: s.groupDim };
  // "which country has the most companies ...? Give the count.": a count asked after the superlative asks the top
  // group's number, which its row shows; the superlative still keeps one group (ties kept by the rank)
  const mostAt = ms.findIndex((m) => m.t === 'most');
  const countAfterMost = mostAt >= 0 && ms.slice(mostAt + 1).some((m) => m.t === 'count');
  const countFirst = s.countFlag && !countAfterMost;
  // "which industry has the most revenue", "the country with the largest headcount": a figure ranked over a grouping
  // ranks the groups by its sum (as "the highest total revenue"), not the groups' numbers of rows
  const summed = groupedFigure(s);
  if (summed) {
    s.aggFn = 'sum';
    s.aggColumn = summed;
  }
  // "which industry has the highest total revenue": a superlative said of the aggregate ranks the groups by it
  const rankedAggregate = s.groupDim && s.aggFn && s.aggColumn && s.superlative && !s.measure ? s.superlative : null;
  if (s.groupDim)
    return {
      ...perRow,
      kind: 'group',
      dimension: s.groupDim,
      // "the country with the fewest companies": the order of the measured noun's "fewest"
      order: (rankedAggregate?.order ?? s.mostPending ?? s.groupOrder ?? s.measure?.order) === 'asc' ? 'asc' : 'desc',
      limit:
        s.topN ?? (s.groupSingular && s.measure === null && !countFirst && (mostAt >= 0 || rankedAggregate) ? 1 : null),
      // "average company size of sponsors at each event": each group's average, not its number of rows
      // "average age by country": each group's ages, the years since the founding, as the plain aggregate's
      ...(s.aggFn && s.aggColumn
        ? { measure: { fn: s.aggFn, column: s.aggColumn, ...(ageAsked(s) ? { age: true as const } : {}) } }
        : {}),
    };
  // "events ranked by number of sponsors", "sort the sponsors by employees": no "most", no "top", no number: the
  // whole list in that order, not a top ten
  const wholeList = s.topN === null && !one && !ms.some((m) => m.t === 'most' || m.t === 'top');
  if (s.measure && statedSize(s.measure.draft, node, ms)) {
    // "the most employees" is the company's stated size, not the number of its people in the data
    const limit = wholeList && s.measure.order === 'desc' ? null : (s.topN ?? (one ? 1 : 10));
    return { kind: 'rankByColumn', column: 'size', order: s.measure.order, limit };
  }
  if (s.measure) {
    const md = s.measure.draft;
    const label =
      ms.find((m) => m.t === 'entity' && m.entity === md.entity && m.relations === md.relations)?.text ?? md.entity;
    // "list events by number of companies": each with its number; so are named items compared on it
    // ... but a choice between named things on an amount ("more sales people at X or at Y?") asks for one of them:
    // the winner alone, ties kept, as a choice on a column is (below)
    const choice = ms.some((m) => m.t === 'most' && m.compared?.claimed === null);
    if ((wholeList && s.measure.order === 'desc') || (comparedByCount(s, node) && !choice))
      return { kind: 'countEach', node: toNode(md), relations: md.relations ?? [], label };
    if (choice && comparedByCount(s, node))
      return {
        kind: 'rankByCount',
        node: toNode(md),
        relations: md.relations ?? [],
        order: s.measure.order,
        limit: 1,
        label,
        keepNone: true,
      };
    return {
      kind: 'rankByCount',
      node: toNode(md),
      relations: md.relations ?? [],
      order: s.measure.order,
      limit: s.topN ?? (one ? 1 : 10),
      label:
        ms.find((m) => m.t === 'entity' && m.entity === md.entity && m.relations === md.relations)?.text ?? md.entity,
    };
  }
  // "which company has the highest total revenue": a superlative of an aggregate with no groups to rank is asked
  // about (one row's figure is no total; the sum over the set is not what was asked)
  if (s.aggFn && s.aggColumn && s.superlative) {
    const said = ms.find((m) => m.t === 'superlative');
    if (said) s.unresolved.push(said.text);
  }
  if (s.aggFn && s.aggColumn)
    return {
      kind: 'aggregate',
      fn: s.aggFn,
      column: s.aggColumn,
      ...perRow,
      // "the average age of the sponsors": of the years since each founding, not of the years themselves
      ...(ageAsked(s) ? { age: true as const } : {}),
      ...(s.aggAlso.length > 0 ? { also: [...s.aggAlso] } : {}),
    };
  if (s.superlative) {
    const { column, order } = lengthOfExistence(node, s.superlative);
    // "is X longer than Y?" (a yes/no: the thing said to win is `claimed`): every named thing in the order, the
    // winner first, so the answer shows both values; "which is bigger, X or Y" asks for one of them: the winner
    // alone, ties kept (a ranked list of the two answers a question that was not asked)
    const compared = ms.find(
      (m): m is Extract<Mention, { t: 'superlative' }> => m.t === 'superlative' && m.compared !== undefined,
    )?.compared;
    if (compared)
      return { kind: 'rankByColumn', column, order, limit: compared.claimed === null && !compared.both ? 1 : null };
    // "sort the sponsors by revenue", "exhibitors ranked by size": an order said with no superlative word either
    return {
      kind: 'rankByColumn',
      column,
      order,
      limit:
        s.superlative.ordering === true && wholeList ? null : (s.topN ?? (one || s.superlative.one === true ? 1 : 10)),
    };
  }
  // "total sponsors": a total of rows (no figure to add up) is their count ("contacts at X + Y combined" stays a list)
  // "how many events are in Singapore, and list them", "how many sponsors at X? a few examples": the list (cut to the
  // number of examples asked), each row with the number of all
  if (s.countFlag && (s.alsoList || s.examples)) {
    const limit = s.examples?.limit;
    return limit != null
      ? { kind: 'list', withCount: true, limit, ...perRow }
      : { kind: 'list', withCount: true, ...perRow };
  }
  if (s.countFlag || (s.aggFn === 'sum' && !s.aggColumn && totalSaid(ms))) return { kind: 'count', ...perRow };
  // "show me 3 sample companies at X": the list cut to the number asked
  const limit = s.examples?.limit;
  return limit != null ? { kind: 'list', limit, ...perRow } : { kind: 'list', ...perRow };
}
