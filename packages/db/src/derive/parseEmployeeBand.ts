import { cleanText } from './text';

export interface EmployeeBand {
  /** Lower bound (inclusive). */
  readonly min: number | null;
  /** Upper bound (inclusive); null for an open-ended band such as '10,001+'. */
  readonly max: number | null;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const RANGE_RE = new RegExp(String.raw`^(${NUM})\s*(?:-|–|—|to)\s*(${NUM})$`, 'i');
const OPEN_RE = new RegExp(String.raw`^(${NUM})\s*\+$|^(?:more than|over|>)\s*(${NUM})$`, 'i');
const COUNT_RE = /^(\d+)(?:\.0+)?$/;

/**
 * Parses `n_employees`: LinkedIn bands ('11-50', '1,001-5,000 employees', '10,001+', '0-1') give a lower
 * and upper bound; a head count ('3.0', '250') gives min = max = that count. Junk, fractions and
 * inverted ranges give null.
 *
 * @example parseEmployeeBand('1,001-5,000 employees') // { min: 1001, max: 5000 }
 * @example parseEmployeeBand('10,001+') // { min: 10001, max: null }
 * @example parseEmployeeBand('13.0') // { min: 13, max: 13 }
 */
export function parseEmployeeBand(raw: string | null | undefined): EmployeeBand | null {
  const text = cleanText(raw);
  if (text === null) return null;
  const t = text.replace(/\s*(?:employees?|staff|people)\s*$/i, '').trim();
  const count = COUNT_RE.exec(t.replace(/,/g, ''));
  if (count?.[1] && !/,\d{1,2}(?!\d)/.test(t)) {
    const n = Number(count[1]);
    return Number.isSafeInteger(n) ? { min: n, max: n } : null;
  }
  const range = RANGE_RE.exec(t);
  if (range?.[1] && range[2]) {
    const min = toInt(range[1]);
    const max = toInt(range[2]);
    return min <= max ? { min, max } : null;
  }
  const open = OPEN_RE.exec(t);
  const from = open?.[1] ?? open?.[2];
  if (from) {
    const n = toInt(from);
    // '10,001+' starts at 10,001; 'more than 500' starts at 501
    return { min: open?.[1] ? n : n + 1, max: null };
  }
  return null;
}

function toInt(s: string): number {
  return Number(s.replace(/,/g, ''));
}
