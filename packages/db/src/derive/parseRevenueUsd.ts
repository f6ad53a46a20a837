import { cleanText } from './text';

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
const REVENUE_RE =
  /^(?:US\s*)?\$?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([a-z]+)?\.?(?:\s*(?:USD|US\$|dollars?))?$/i;

/**
 * Parses `company_revenue` to US dollars: '$2 million' -> 2e6, '$1.1 billion' -> 1.1e9, '$185000' -> 185000,
 * '$1,200,000', '$3.5M', '$2B', 'USD 4 bn' ... Values are taken as given (no plausibility check).
 * Junk, ranges and non-dollar currencies give null.
 *
 * @example parseRevenueUsd('$1.1 billion') // 1100000000
 */
export function parseRevenueUsd(raw: string | null | undefined): number | null {
  const text = cleanText(raw);
  if (text === null) return null;
  const t = text.replace(/^USD\s*/i, '$').trim();
  const m = REVENUE_RE.exec(t);
  if (!m?.[1]) return null;
  const base = Number(m[1].replace(/,/g, ''));
  const unit = m[2]?.toLowerCase();
  const mult = unit === undefined ? 1 : MULTIPLIERS[unit];
  if (mult === undefined || !Number.isFinite(base)) return null;
  // Round away binary noise (1.1 * 1e9 = 1100000000.0000002).
  return Math.round(base * mult * 100) / 100;
}
