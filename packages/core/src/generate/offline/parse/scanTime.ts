import type { Cond } from '../ir/Request';
import { MONTHS, ONGOING_WORDS, PAST_WORDS, SEASONS, TIME_UNITS, UPCOMING_WORDS } from '../lexicon/timeWords';
import type { Token } from '../text/tokenize';
import { addDays, addMonths, monthRange, pad } from './dates';

/** A time expression found in the question, as a condition on an event's dates. */
export interface TimeHit {
  start: number;
  end: number;
  cond: Cond;
}

const YEAR = /^(19|20)\d\d$/;
const LEADS = new Set([
  'in',
  'during',
  'for',
  'of',
  'on',
  'within',
  'over',
  'throughout',
  'across',
  'from',
  'starting',
  'held',
]);
type Range = { from: string | null; to: string | null; label: string };

function windowFrom(asOf: string, n: number, unit: 'day' | 'week' | 'month' | 'year', sign: 1 | -1): string {
  switch (unit) {
    case 'day':
      return addDays(asOf, sign * n);
    case 'week':
      return addDays(asOf, sign * 7 * n);
    case 'month':
      return addMonths(asOf, sign * n);
    case 'year':
      return addMonths(asOf, sign * 12 * n);
  }
}

/** A calendar period at position i: "october 2024", "oct", "q1 2025", "2025", "first half of 2025", "2024.10.09". */
function period(w: string[], i: number, asOf: string): { len: number; range: Range } | null {
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  const a = w[i] ?? '';
  const b = w[i + 1] ?? '';
  const c = w[i + 2] ?? '';
  const iso = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(a);
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return { len: 1, range: { from: d, to: d, label: d } };
  }
  const month = MONTHS[a];
  const dayNext = /^\d{1,2}(st|nd|rd|th)?$/.test(b) && Number(b.replace(/\D/g, '')) <= 31;
  if (month !== undefined && !dayNext) {
    if (a === 'may' && !YEAR.test(b) && !LEADS.has(w[i - 1] ?? '')) return null;
    // "1 march 2025" handled by the caller; "march 2025", "march of 2025", "march"
    let year: number | null = null;
    let len = 1;
    if (YEAR.test(b)) {
      year = Number(b);
      len = 2;
    } else if (b === 'of' && YEAR.test(c)) {
      year = Number(c);
      len = 3;
    }
    if (year === null) year = month >= asOfMonth ? asOfYear : asOfYear + 1;
    const [from, to] = monthRange(year, month);
    return { len, range: { from, to, label: `${year}-${pad(month)}` } };
  }
  const q = /^q([1-4])$/.exec(a);
  const ordinal: Record<string, number> = {
    first: 1,
    '1st': 1,
    second: 2,
    '2nd': 2,
    third: 3,
    '3rd': 3,
    fourth: 4,
    '4th': 4,
    last: 4,
    final: 4,
  };
  let quarter: number | null = null;
  let qlen = 0;
  if (q) {
    quarter = Number(q[1]);
    qlen = 1;
  } else if (ordinal[a] !== undefined && b === 'quarter') {
    quarter = ordinal[a] ?? null;
    qlen = 2;
  }
  if (quarter !== null) {
    let year = asOfYear;
    let len = qlen;
    const n1 = w[i + len] ?? '';
    const n2 = w[i + len + 1] ?? '';
    if (YEAR.test(n1)) {
      year = Number(n1);
      len += 1;
    } else if ((n1 === 'of' || n1 === 'in') && YEAR.test(n2)) {
      year = Number(n2);
      len += 2;
    } else if (quarter * 3 < asOfMonth) year = asOfYear + 1;
    const from = `${year}-${pad(quarter * 3 - 2)}-01`;
    const to = monthRange(year, quarter * 3)[1];
    return { len, range: { from, to, label: `Q${quarter} ${year}` } };
  }
  // "spring 2025", "summer of 2025", "this autumn" (a season without a year is the next one to start)
  const season = SEASONS[a];
  if (
    season &&
    (YEAR.test(b) || (b === 'of' && YEAR.test(c)) || ['in', 'this', 'next', 'the', 'during'].includes(w[i - 1] ?? ''))
  ) {
    const [m1, m2] = season;
    const inSeason = m2 >= m1 ? asOfMonth >= m1 && asOfMonth <= m2 : asOfMonth >= m1 || asOfMonth <= m2;
    let year = inSeason
      ? m2 < m1 && asOfMonth <= m2
        ? asOfYear - 1
        : asOfYear
      : m1 >= asOfMonth
        ? asOfYear
        : asOfYear + 1;
    let len = 1;
    if (YEAR.test(b)) {
      year = Number(b);
      len = 2;
    } else if (b === 'of' && YEAR.test(c)) {
      year = Number(c);
      len = 3;
    }
    const from = `${year}-${pad(m1)}-01`;
    const to = monthRange(m2 < m1 ? year + 1 : year, m2)[1];
    return { len, range: { from, to, label: `${a} ${year}` } };
  }
  const half = /^h([12])$/.exec(a);
  let h: number | null = half ? Number(half[1]) : null;
  let hlen = half ? 1 : 0;
  if (h === null && (a === 'first' || a === 'second') && b === 'half') {
    h = a === 'first' ? 1 : 2;
    hlen = 2;
  }
  if (h !== null) {
    let year = asOfYear;
    let len = hlen;
    const n1 = w[i + len] ?? '';
    const n2 = w[i + len + 1] ?? '';
    if (YEAR.test(n1)) {
      year = Number(n1);
      len += 1;
    } else if ((n1 === 'of' || n1 === 'in') && YEAR.test(n2)) {
      year = Number(n2);
      len += 2;
    }
    return {
      len,
      range: {
        from: h === 1 ? `${year}-01-01` : `${year}-07-01`,
        to: h === 1 ? `${year}-06-30` : `${year}-12-31`,
        label: `H${h} ${year}`,
      },
    };
  }
  if (
    MONTHS[a] !== undefined &&
    /^\d{1,2}(st|nd|rd|th)?$/.test(b) &&
    Number(b.replace(/\D/g, '')) <= 31 &&
    !YEAR.test(b)
  ) {
    const day = Number(b.replace(/\D/g, ''));
    const m = MONTHS[a] ?? 1;
    let year = m >= asOfMonth ? asOfYear : asOfYear + 1;
    let len = 2;
    if (YEAR.test(c)) {
      year = Number(c);
      len = 3;
    }
    const d = `${year}-${pad(m)}-${pad(day)}`;
    return { len, range: { from: d, to: d, label: d } };
  }
  if (
    /^\d{1,2}(st|nd|rd|th)?$/.test(a) &&
    b === 'of' &&
    MONTHS[c] !== undefined &&
    Number(a.replace(/\D/g, '')) <= 31
  ) {
    // "20th of October (2024)"
    const day = Number(a.replace(/\D/g, ''));
    const m = MONTHS[c] ?? 1;
    const y = w[i + 3] ?? '';
    let year = m >= asOfMonth ? asOfYear : asOfYear + 1;
    let len = 3;
    if (YEAR.test(y)) {
      year = Number(y);
      len = 4;
    }
    const d = `${year}-${pad(m)}-${pad(day)}`;
    return { len, range: { from: d, to: d, label: d } };
  }
  if (/^\d{1,2}(st|nd|rd|th)?$/.test(a) && MONTHS[b] !== undefined) {
    const day = Number(a.replace(/\D/g, ''));
    const m = MONTHS[b] ?? 1;
    let year = m >= asOfMonth ? asOfYear : asOfYear + 1;
    let len = 2;
    if (YEAR.test(c)) {
      year = Number(c);
      len = 3;
    }
    const d = `${year}-${pad(m)}-${pad(day)}`;
    return { len, range: { from: d, to: d, label: d } };
  }
  if (YEAR.test(a)) {
    return { len: 1, range: { from: `${a}-01-01`, to: `${a}-12-31`, label: a } };
  }
  return null;
}

function matchPhrase(w: string[], i: number, phrases: readonly string[]): number {
  let best = 0;
  for (const p of phrases) {
    const parts = p.split(' ');
    if (parts.every((x, k) => w[i + k] === x)) best = Math.max(best, parts.length);
  }
  return best;
}

/**
 * Finds time expressions: relative windows ("next 9 months", "last year"), calendar periods
 * ("in October 2024", "Q1 2025", "this year"), open ranges ("before March 2025", "since 2024"),
 * "upcoming", "already taken place", "ongoing". Tokens already claimed are skipped.
 */
export function scanTime(tokens: Token[], claimed: boolean[], asOf: string): TimeHit[] {
  const w = tokens.map((t) => t.norm);
  const hits: TimeHit[] = [];
  const asOfYear = Number(asOf.slice(0, 4));
  const free = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (claimed[k] || k >= w.length) return false;
    return true;
  };
  const push = (start: number, end: number, range: Range): void => {
    hits.push({ start, end, cond: { kind: 'startBetween', from: range.from, to: range.to, label: range.label } });
    for (let k = start; k < end; k++) claimed[k] = true;
  };
  for (let i = 0; i < w.length; i++) {
    if (!free(i, i + 1)) continue;
    const a = w[i] ?? '';
    const b = w[i + 1] ?? '';
    const c = w[i + 2] ?? '';
    // relative windows: (in|over|within|during) (the) (next|coming|following|upcoming) (N) unit
    {
      let j = i;
      if (['in', 'over', 'within', 'during', 'for'].includes(w[j] ?? '')) j++;
      if (w[j] === 'the') j++;
      const lead = w[j] ?? '';
      const forward = ['next', 'coming', 'following', 'upcoming'].includes(lead);
      const backward = ['last', 'past', 'previous', 'preceding'].includes(lead);
      const within = w[i] === 'within' && /^\d+$/.test(w[j] ?? '');
      if (forward || backward || within) {
        let k = within ? j : j + 1;
        let n = 1;
        let explicitN = false;
        if (/^\d+$/.test(w[k] ?? '')) {
          n = Number(w[k]);
          k++;
          explicitN = true;
        } else if (w[k] === 'a' || w[k] === 'one') k++;
        const unit = TIME_UNITS[w[k] ?? ''];
        // a bare "next year" / "last year" is the calendar year; "over the next year" is a window
        const calendarYear = unit === 'year' && !explicitN && j === i && (lead === 'next' || lead === 'last');
        if (unit && free(i, k + 1) && !calendarYear) {
          if (backward) {
            const from = windowFrom(asOf, n, unit, -1);
            push(i, k + 1, { from, to: asOf, label: `${from}..${asOf}` });
          } else {
            const to = windowFrom(asOf, w[k] === 'fortnight' ? 2 * n : n, unit, 1);
            push(i, k + 1, { from: asOf, to, label: `${asOf}..${to}` });
          }
          i = k;
          continue;
        }
      }
    }
    // this/next/last year|month|week ; today ; tomorrow
    if ((a === 'this' || a === 'current') && (b === 'year' || b === 'month' || b === 'week' || b === 'quarter')) {
      const start = w[i - 1] === 'in' || w[i - 1] === 'during' ? i - 1 : i;
      if (b === 'year')
        push(start, i + 2, { from: `${asOfYear}-01-01`, to: `${asOfYear}-12-31`, label: String(asOfYear) });
      else if (b === 'month') {
        const [f, t] = monthRange(asOfYear, Number(asOf.slice(5, 7)));
        push(start, i + 2, { from: f, to: t, label: f.slice(0, 7) });
      } else if (b === 'quarter') {
        const q = Math.ceil(Number(asOf.slice(5, 7)) / 3);
        push(start, i + 2, {
          from: `${asOfYear}-${pad(q * 3 - 2)}-01`,
          to: monthRange(asOfYear, q * 3)[1],
          label: `Q${q} ${asOfYear}`,
        });
      } else {
        push(start, i + 2, { from: asOf, to: addDays(asOf, 6), label: `${asOf}..${addDays(asOf, 6)}` });
      }
      continue;
    }
    if ((a === 'next' || a === 'last') && b === 'year') {
      const y = a === 'next' ? asOfYear + 1 : asOfYear - 1;
      push(w[i - 1] === 'in' ? i - 1 : i, i + 2, { from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) });
      continue;
    }
    if (a === 'today' || a === 'tonight') {
      hits.push({ start: i, end: i + 1, cond: { kind: 'ongoing', asOf } });
      claimed[i] = true;
      continue;
    }
    if (a === 'tomorrow') {
      const d = addDays(asOf, 1);
      push(i, i + 1, { from: d, to: d, label: d });
      continue;
    }
    // open ranges
    if (
      ['before', 'until', 'till', 'by', 'after', 'since', 'from'].includes(a) ||
      (a === 'prior' && b === 'to') ||
      (a === 'earlier' && b === 'than') ||
      (a === 'later' && b === 'than')
    ) {
      let skip = a === 'prior' || a === 'earlier' || a === 'later' ? 2 : 1;
      if (w[i + skip] === 'the' && /^\d{1,2}(st|nd|rd|th)$/.test(w[i + skip + 1] ?? '')) skip++; // "after the 20th of October"
      const p = period(w, i + skip, asOf);
      if (p && free(i, i + skip + p.len)) {
        const end = i + skip + p.len;
        if (a === 'from' && ['to', 'until', 'through', 'till'].includes(w[end] ?? '')) {
          const p2 = period(w, end + 1, asOf);
          if (p2) {
            push(i, end + 1 + p2.len, {
              from: p.range.from,
              to: p2.range.to,
              label: `${p.range.from}..${p2.range.to}`,
            });
            i = end + p2.len;
            continue;
          }
        }
        const before = a === 'before' || a === 'prior' || a === 'earlier';
        const until = a === 'until' || a === 'till' || a === 'by';
        if (before)
          push(i, end, { from: null, to: addDays(p.range.from ?? asOf, -1), label: `before ${p.range.from}` });
        else if (until) push(i, end, { from: null, to: p.range.to, label: `until ${p.range.to}` });
        else if (a === 'after' || a === 'later')
          push(i, end, { from: addDays(p.range.to ?? asOf, 1), to: null, label: `after ${p.range.to}` });
        else push(i, end, { from: p.range.from, to: null, label: `from ${p.range.from}` });
        i = end - 1;
        continue;
      }
    }
    if (a === 'between') {
      const p1 = period(w, i + 1, asOf);
      if (p1 && (w[i + 1 + p1.len] === 'and' || w[i + 1 + p1.len] === 'to')) {
        const p2 = period(w, i + 2 + p1.len, asOf);
        if (p2) {
          let r1 = p1.range;
          // "between March and May 2025": the first month takes the second's year
          if (
            p2.len === 2 &&
            p1.len === 1 &&
            MONTHS[w[i + 1] ?? ''] !== undefined &&
            YEAR.test(w[i + 2 + p1.len + 1] ?? '')
          ) {
            const y = Number(w[i + 2 + p1.len + 1]);
            r1 = { from: monthRange(y, MONTHS[w[i + 1] ?? ''] ?? 1)[0], to: null, label: '' };
          }
          push(i, i + 2 + p1.len + p2.len, { from: r1.from, to: p2.range.to, label: `${r1.from}..${p2.range.to}` });
          i = i + 1 + p1.len + p2.len;
          continue;
        }
      }
    }
    // calendar periods after a lead word, or directly before an event noun ("2025 events")
    {
      let lead = LEADS.has(a) || a === 'this' ? 1 : 0;
      if (lead === 1 && w[i + 1] === 'the' && SEASONS[w[i + 2] ?? ''] !== undefined) lead = 2; // "in the spring of 2025"
      const p = period(w, i + lead, asOf);
      if (p && free(i, i + lead + p.len)) {
        const isYearOnly = p.len === 1 && YEAR.test(w[i + lead] ?? '');
        if (
          !isYearOnly ||
          lead === 1 ||
          ['events', 'event', 'conferences', 'shows', 'exhibitions', 'edition'].includes(w[i + 1] ?? '')
        ) {
          // "January to March 2025"
          const next = i + lead + p.len;
          if (
            (w[next] === 'to' || w[next] === 'through' || w[next] === 'until') &&
            MONTHS[w[next + 1] ?? ''] !== undefined
          ) {
            const p2 = period(w, next + 1, asOf);
            if (p2) {
              push(i, next + 1 + p2.len, {
                from: p.range.from,
                to: p2.range.to,
                label: `${p.range.from}..${p2.range.to}`,
              });
              i = next + p2.len;
              continue;
            }
          }
          push(i, i + lead + p.len, p.range);
          i = i + lead + p.len - 1;
          continue;
        }
      }
    }
    // upcoming / past / ongoing
    const up = matchPhrase(w, i, UPCOMING_WORDS);
    if (up && free(i, i + up)) {
      if (!(w[i] === 'coming' && (c === 'month' || c === 'months'))) {
        push(i, i + up, { from: asOf, to: null, label: `from ${asOf}` });
        i += up - 1;
        continue;
      }
    }
    const past = matchPhrase(w, i, PAST_WORDS);
    if (past && free(i, i + past) && !(w[i] === 'past' && TIME_UNITS[b] !== undefined)) {
      hits.push({ start: i, end: i + past, cond: { kind: 'past', asOf } });
      for (let k = i; k < i + past; k++) claimed[k] = true;
      i += past - 1;
      continue;
    }
    const ongoing = matchPhrase(w, i, ONGOING_WORDS);
    if (ongoing && free(i, i + ongoing)) {
      hits.push({ start: i, end: i + ongoing, cond: { kind: 'ongoing', asOf } });
      for (let k = i; k < i + ongoing; k++) claimed[k] = true;
      i += ongoing - 1;
    }
  }
  return hits;
}
