/**
 * "which countries have 3 or more sponsors at X?", "industries with at least 5 exhibitors": a dimension asked for as
 * the subject of a verb of having (or "with") whose object is a count of rows is a grouping of those rows by the
 * dimension, keeping only the groups whose number meets the count (SQL `HAVING`). Without this the count was read as
 * a condition on each row ("companies with 3 or more sponsors"), which is no question at all, or asked back.
 */
import type { CompareOp, Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/** Words joining the dimension to the count of its rows. */
const HAVING_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'with', 'got']);

export interface GroupThreshold {
  /** The scan with the count read as the noun it counts. */
  scan: Scan;
  having: { op: CompareOp; value: number };
}

/**
 * The grouping's threshold, when the question's first mention is a dimension and the next, past a verb of having, a
 * count of linked rows; null otherwise. The count becomes the noun it counts (already said after it when the count
 * reads on: "3 or more aviation sponsors"), so the rows are those the noun names.
 */
export function readGroupThreshold(scan: Scan): GroupThreshold | null {
  const ms = scan.mentions;
  const dimAt = ms.findIndex((m) => m.t === 'dimension');
  if (dimAt !== 0) return null;
  const dim = ms[0] as Mention;
  // "countries with 3 or more ...": the "with" read as a preposition stands between them
  const count = ms[1]?.t === 'prep' && ms[1].p === 'with' ? ms[2] : ms[1];
  if (count?.t !== 'cond' || count.cond.kind !== 'linkCount' || count.cond.value2 !== undefined) return null;
  const between = scan.tokens.slice(dim.end, count.start).map((t) => t.norm);
  if (between.length !== 1 || !HAVING_WORDS.has(between[0] ?? '')) return null;
  // a count of rows under conditions of their own ("3 or more sales contacts") is left as it was
  if (count.cond.conds && count.cond.conds.length > 0) return null;
  const { entity, relations, op, value } = count.cond;
  const reads = count.countsNext === true || count.countsNoun === true;
  const noun: Mention = {
    start: count.start,
    end: count.end,
    text: count.text,
    t: 'entity',
    entity,
    relations: relations.length > 0 ? [...relations] : null,
  };
  const mentions = reads ? ms.filter((m) => m !== count) : ms.map((m) => (m === count ? noun : m));
  return { scan: { ...scan, mentions }, having: { op, value } };
}

/**
 * The request grouped, with the threshold on its groups' number; a request of any other shape cannot hold it, and
 * its words are asked about (never a broader answer without it).
 */
export function withGroupThreshold(r: Request, t: GroupThreshold): Request {
  if (r.shape.kind === 'group' && !r.shape.measure) return { ...r, shape: { ...r.shape, having: t.having } };
  return r;
}
