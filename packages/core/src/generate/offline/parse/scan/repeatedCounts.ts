/**
 * "how many events in Q4 2024 and how many in Q1 2025", "how many sponsors at ITB Asia and how many at AHICE": a
 * second count joined by "and" asks the same count again under another value of the dimension the first value
 * belongs to. Two counts are one count per value: the values stay the filter (joined as "and" joins them: one
 * window over touching periods, the union of places or events) and the answer is grouped by their dimension, one row
 * each. Read as one count, the second value narrowed the first (two periods ANDed: an empty answer given with
 * confidence). Values of no dimension to group by (two periods that are not both years, quarters or months) are
 * left as they are, and the period joiner asks about periods that do not touch. A second relation noun of the
 * companies counted ("how many sponsors at X and how many exhibitors") is a count per relation, as "sponsors vs
 * exhibitors at X" is.
 * Runs over the sorted mentions, before `joinPeriods.ts` joins the periods.
 */
import type { DimensionName } from '../../lexicon/dimensionWords';
import type { Mention } from '../Mention';

/** True when an ISO date is the last day of its month. */
function monthEnd(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.getUTCDate() === 1;
}

/** The calendar unit a start-date window is exactly one of: a year, a quarter or a month. */
function periodUnit(from: string, to: string): 'year' | 'quarter' | 'month' | null {
  if (!/-01$/.test(from) || !monthEnd(to) || from.slice(0, 4) !== to.slice(0, 4)) return null;
  const months = Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  if (months === 12) return 'year';
  if (months === 3 && (Number(from.slice(5, 7)) - 1) % 3 === 0) return 'quarter';
  return months === 1 ? 'month' : null;
}

/** The dimension whose value a mention names, for a count per value; null for other mentions. */
function dimensionOf(m: Mention): DimensionName | null {
  switch (m.t) {
    case 'cond':
      return m.cond.kind === 'startBetween' && m.cond.from && m.cond.to ? periodUnit(m.cond.from, m.cond.to) : null;
    case 'country':
      return 'country';
    case 'city':
      return 'city';
    case 'event':
      return 'event';
    case 'company':
      return 'company';
    // "how many directors and how many VPs at X": a level or a function of the people counted
    case 'seniority':
      return 'seniority';
    case 'function':
      return 'job_function';
    default:
      return null;
  }
}

/** A grouping by a dimension nobody typed, at a position (no words of its own): "by <dimension>". */
export function groupedBy(dim: DimensionName, at: number): Mention[] {
  return [
    { start: at, end: at, text: '', t: 'group', expectsDimension: true },
    { start: at, end: at, text: '', t: 'dimension', dim },
  ];
}

/** True when two nouns name companies by different relations to events ("sponsors", "exhibitors"). */
function otherRelation(a: Mention & { t: 'entity' }, b: Mention & { t: 'entity' }): boolean {
  const ra = a.relations ?? [];
  const rb = b.relations ?? [];
  return (
    a.entity === 'companies' &&
    b.entity === 'companies' &&
    ra.length > 0 &&
    rb.length > 0 &&
    rb.some((r) => !ra.includes(r))
  );
}

export function readRepeatedCounts(mentions: Mention[]): void {
  const first = mentions.findIndex((m) => m.t === 'count');
  if (first < 0) return;
  for (let k = first + 1; k + 1 < mentions.length; k++) {
    const join = mentions[k];
    const again = mentions[k + 1];
    if (join?.t !== 'and' || again?.t !== 'count') continue;
    // the noun counted may be said again ("and how many events in 2025"); a different noun is another question
    const counted = mentions.slice(first + 1, k).find((m) => m.t === 'entity');
    let v = k + 2;
    const noun = mentions[v];
    // "how many sponsors at X and how many exhibitors": another relation of the companies counted is a count per
    // relation, as "sponsors vs exhibitors at X"
    if (noun?.t === 'entity' && counted?.t === 'entity' && otherRelation(counted, noun)) {
      const relations = [...(counted.relations ?? []), ...(noun.relations ?? [])];
      const kept = mentions.filter((m) => m !== join && m !== again && m !== noun);
      kept.splice(kept.indexOf(counted), 1, { ...counted, relations });
      kept.push(...groupedBy('relation', noun.end));
      kept.sort((a, b) => a.start - b.start);
      mentions.splice(0, mentions.length, ...kept);
      return;
    }
    if (noun?.t === 'entity') {
      if (counted?.t !== 'entity' || noun.entity !== counted.entity || noun.text !== counted.text) continue;
      v++;
    }
    while (mentions[v]?.t === 'prep' || mentions[v]?.t === 'copula') v++;
    const second = mentions[v];
    const dim = second ? dimensionOf(second) : null;
    const firstValue = mentions.slice(first + 1, k).findLast((m) => dimensionOf(m) !== null);
    if (!second || !dim || !firstValue || dimensionOf(firstValue) !== dim) continue;
    // the second count (and its noun said again) goes, and the preposition before the value: the values stand beside
    // the "and" that joins them ("at ITB Asia and at AHICE" would read the second event as a link of the first)
    // ... and the counted noun said again after the second value ("how many sales people and how many marketing
    // people": a second set of people would be ANDed with the first)
    const repeated = mentions[v + 1];
    const sameNoun =
      repeated?.t === 'entity' &&
      counted?.t === 'entity' &&
      repeated.entity === counted.entity &&
      !repeated.relations?.length;
    const dropped = new Set<Mention>([again, ...mentions.slice(k + 2, v), ...(sameNoun ? [repeated] : [])]);
    const kept = mentions.filter((m) => !dropped.has(m));
    kept.push(...groupedBy(dim, second.end));
    kept.sort((a, b) => a.start - b.start);
    mentions.splice(0, mentions.length, ...kept);
    return;
  }
}

/** A noun of companies by their relations to events ("sponsors", "experts and associates"). */
function relationNoun(m: Mention | undefined): m is Mention & { t: 'entity' } {
  return m?.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0;
}

/**
 * "how many sponsors, partners, exhibitors, experts and associates (at X)?": relation nouns listed after a count (the
 * commas leave them side by side) are one count per relation, as "by how they're involved" asks; read one by one,
 * each opened a set of the companies before it ("among companies that are among ..."). Runs over the sorted mentions
 * once the lists joined by "and" / "or" are one noun (`relationLists.ts`).
 */
export function readCountedRelationLists(mentions: Mention[]): void {
  const at = mentions.findIndex((m, k) => m.t === 'count' && relationNoun(mentions[k + 1]));
  const first = mentions[at + 1];
  if (at < 0 || !relationNoun(first)) return;
  let end = at + 2;
  while (relationNoun(mentions[end]) && mentions[end]?.start === mentions[end - 1]?.end) end++;
  const listed = mentions.slice(at + 1, end).filter(relationNoun);
  const relations = [...new Set(listed.flatMap((m) => m.relations ?? []))];
  if (relations.length < 2 || mentions.some((m) => m.t === 'group')) return;
  const last = listed.at(-1) ?? first;
  const noun: Mention = {
    start: first.start,
    end: last.end,
    text: listed.map((m) => m.text).join(', '),
    t: 'entity',
    entity: 'companies',
    relations,
  };
  mentions.splice(at + 1, listed.length, noun, ...groupedBy('relation', last.end));
  // "summarise the relations present for X: how many ...": the relations said as a noun are this grouping's
  const said = mentions.findIndex((m) => m.t === 'dimension' && m.dim === 'relation' && m.text !== '');
  if (said >= 0) mentions.splice(said, 1);
}
