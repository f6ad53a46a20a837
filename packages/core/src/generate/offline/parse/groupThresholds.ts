/**
 * "which countries have 3 or more sponsors at X?", "industries with at least 5 exhibitors": a dimension asked for as
 * the subject of a verb of having (or "with") whose object is a count of rows is a grouping of those rows by the
 * dimension, keeping only the groups whose number meets the count (SQL `HAVING`). Without this the count was read as
 * a condition on each row ("companies with 3 or more sponsors"), which is no question at all, or asked back.
 */
import type { CompareOp, Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';
import { COMPARATORS } from './scanQuantity';
import { verbLemma } from '../text/language';

/** Words joining the dimension to the count of its rows. */
const HAVING_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'with', 'got']);

/**
 * Words that may stand between a grouping's dimension and its threshold when the dimension is said again there
 * ("by country, listing each country with at least two", "per country? only countries having 2+"): a verb of showing
 * or keeping the groups (`RESTATING_VERBS`, in any form, or a request verb the scan released: "giving each country
 * with ..."), a focus word, a determiner of the groups, a relative pronoun and the clause's punctuation. With the
 * dimension's own word they restate the grouping, no condition of their own; any other word keeps the count a
 * condition of each row (the old reading, asked about where it does not fit).
 */
const RESTATING_WORDS: ReadonlySet<string> = new Set([
  ',',
  '-',
  ';',
  'only',
  'just',
  'each',
  'every',
  'the',
  'those',
  'ones',
  'that',
  'which',
]);

/** Verbs (lemmas) of showing or keeping the groups, said before the dimension said again ("keeping countries with"). */
const RESTATING_VERBS: ReadonlySet<string> = new Set(['list', 'show', 'keep', 'include']);

/** True when the token at k restates the grouping (see {@link RESTATING_WORDS}). */
function restatingAt(scan: Scan, w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  return (
    RESTATING_WORDS.has(x) ||
    (/^[a-z]+$/.test(x) && RESTATING_VERBS.has(verbLemma(x))) ||
    (scan.discourse?.has(k) ?? false)
  );
}

/** Trailing bounds after a bare number of the groups' rows ("only countries with 2 or more"). */
const TRAILING_BOUNDS: readonly (readonly [readonly string[], CompareOp])[] = [
  [['or', 'more'], '>='],
  [['and', 'more'], '>='],
  [['or', 'above'], '>='],
  [['and', 'above'], '>='],
  [['plus'], '>='],
  [['+'], '>='],
  [['or', 'fewer'], '<='],
  [['or', 'less'], '<='],
];

export interface GroupThreshold {
  /** The scan with the count read as the noun it counts. */
  scan: Scan;
  having: { op: CompareOp; value: number };
}

/** The words of a dimension mention and their other number ("country" / "countries"), to find it said again. */
function dimensionWords(words: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const x of words) {
    out.add(x);
    out.add(x.endsWith('ies') ? `${x.slice(0, -3)}y` : x.endsWith('s') ? x.slice(0, -1) : `${x}s`);
    if (x.endsWith('y')) out.add(`${x.slice(0, -1)}ies`);
  }
  return out;
}

/**
 * The grouping's threshold, when a dimension is followed, past a verb of having (or "with"), by a count of linked
 * rows; null otherwise. Either the dimension heads the question ("which countries have 3 or more sponsors") or the
 * grouping was said first and its dimension is said again before the threshold ("sponsors of X by country, listing
 * each country with at least two sponsors", "sponsors per country at X - only countries having 2+"; a bare number
 * with its bound, "only countries with 2 or more", counts the rows grouped). The count becomes the noun it counts
 * when that noun is said nowhere else (already said after it when the count reads on: "3 or more aviation
 * sponsors"), so the rows are those the noun names; said elsewhere, the count and the restating words go.
 */
export function readGroupThreshold(scan: Scan): GroupThreshold | null {
  const ms = scan.mentions;
  const dimAt = ms.findIndex((m) => m.t === 'dimension');
  if (dimAt < 0) return null;
  return dimAt === 0 ? headingThreshold(scan) : restatedThreshold(scan, dimAt);
}

/** "which countries have 3 or more sponsors": the dimension heads the question, the count right after its verb. */
function headingThreshold(scan: Scan): GroupThreshold | null {
  const ms = scan.mentions;
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
 * The threshold said after a grouping whose dimension is said again before it: "<grouping by D> ... [listing / only /
 * each] D with|having <count>". The count is read from a count of linked rows naming a noun the request already
 * names, or from a bare number and its bound; the restating words, the dimension said again and the count are
 * dropped, the grouping stays as it was said.
 */
function restatedThreshold(scan: Scan, dimAt: number): GroupThreshold | null {
  const ms = scan.mentions;
  const dim = ms[dimAt] as Mention;
  if (dim.t !== 'dimension') return null;
  const w = scan.tokens.map((t) => t.norm);
  const own = dimensionWords(w.slice(dim.start, dim.end));
  // the word said again may have been read as the dimension or as the field it names ("industries": an attribute)
  const inOtherMention = (j: number): boolean =>
    ms.some(
      (m) =>
        m.start <= j &&
        j < m.end &&
        !((m.t === 'dimension' || m.t === 'attribute') && w.slice(m.start, m.end).every((x) => own.has(x))),
    );
  for (let r = dim.end; r < w.length; r++) {
    // the dimension said again, read as no other thing
    if (!own.has(w[r] ?? '') || inOtherMention(r)) continue;
    let from = r;
    while (from > dim.end && restatingAt(scan, w, from - 1)) from--;
    let k = r + 1;
    while (k < w.length && restatingAt(scan, w, k)) k++;
    if (!HAVING_WORDS.has(w[k] ?? '')) continue;
    const count = countAfter(scan, dim, k + 1);
    if (!count) return null;
    const { having, end } = count;
    // the restating words, the dimension said again and the count: read, no condition of their own
    const mentions = ms.filter((m) => m.end <= from || m.start >= end);
    const said = [w, scan.tokens.map((t) => t.raw.toLowerCase())].map((x) => ` ${x.slice(from, end).join(' ')} `);
    const inSpan = (text: string): boolean => said.some((x) => x.includes(` ${text.toLowerCase()} `));
    const ignored = scan.ignored.filter((x) => !inSpan(x));
    const unclear = scan.unclear.filter((u) => !inSpan(u.text));
    return { scan: { ...scan, mentions, ignored, unclear }, having };
  }
  return null;
}

/** Comparisons of a bare number of the groups' rows before it ("with at least 3", "having more than 2"). */
const LEADING_BOUNDS: readonly (readonly [readonly string[], CompareOp])[] = COMPARATORS.filter(([, op]) =>
  ['>', '>=', '<', '<='].includes(op),
)
  .map(([phrase, op]) => [phrase.split(' '), op] as const)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The threshold at token `at`: a count of linked rows naming a noun the request already names before the dimension
 * ("... at least two sponsors"), or a bare number with its bound before or after it ("at least 3", "2 or more",
 * "5+"); null when neither is there.
 */
function countAfter(
  scan: Scan,
  dim: Mention,
  at: number,
): { having: { op: CompareOp; value: number }; end: number } | null {
  const ms = scan.mentions;
  const w = scan.tokens.map((t) => t.norm);
  const count = ms.find((m) => m.start === at);
  if (count?.t === 'cond' && count.cond.kind === 'linkCount' && count.cond.value2 === undefined) {
    if (count.cond.conds && count.cond.conds.length > 0) return null;
    const { entity, relations } = count.cond;
    // the counted noun must be the rows the request names already ("the sponsors of X ... at least two sponsors")
    const named = ms.some(
      (m) =>
        m.t === 'entity' &&
        m.end <= dim.start &&
        m.entity === entity &&
        JSON.stringify(m.relations ?? []) === JSON.stringify(relations),
    );
    if (!named || count.countsNext === true || count.countsNoun === true) return null;
    return { having: { op: count.cond.op, value: count.cond.value }, end: count.end };
  }
  const lead = LEADING_BOUNDS.find(([p]) => p.every((x, j) => w[at + j] === x));
  const numAt = at + (lead ? lead[0].length : 0);
  const m = /^(\d+)(\+)?$/.exec(w[numAt] ?? '');
  if (!m) return null;
  const value = Number(m[1]);
  if (lead) return { having: { op: lead[1], value }, end: numAt + 1 };
  if (m[2]) return { having: { op: '>=', value }, end: numAt + 1 };
  const bound = TRAILING_BOUNDS.find(([p]) => p.every((x, j) => w[numAt + 1 + j] === x));
  return bound ? { having: { op: bound[1], value }, end: numAt + 1 + bound[0].length } : null;
}

/**
 * The request grouped, with the threshold on its groups' number; a request of any other shape cannot hold it, and
 * its words are asked about (never a broader answer without it).
 */
export function withGroupThreshold(r: Request, t: GroupThreshold): Request {
  if (r.shape.kind === 'group' && !r.shape.measure) return { ...r, shape: { ...r.shape, having: t.having } };
  return r;
}
