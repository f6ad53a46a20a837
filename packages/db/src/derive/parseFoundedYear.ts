import { cleanText } from './text';

/**
 * Reads a founding year ('2001', '2001.0') within [1000, maxYear]; anything else gives null.
 *
 * @example parseFoundedYear('1999.0') // 1999
 */
export function parseFoundedYear(raw: string | null | undefined, maxYear = 2100): number | null {
  const t = cleanText(raw);
  if (t === null) return null;
  const m = /^(\d{4})(?:\.0+)?$/.exec(t);
  if (!m?.[1]) return null;
  const y = Number(m[1]);
  return y >= 1000 && y <= maxYear ? y : null;
}
