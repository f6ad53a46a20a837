import { cellText } from './cellText';

/** A column holding a calendar year ("founded_year", "year"): its values are years, written without separators. */
const YEAR_COLUMN = /(^|_)year$/i;

/**
 * A cell value as text for answers and prompts (numbers with thousands separators, long text cut); a year of a year
 * column as a year ("founded year: 1848", not "1,848").
 */
export function formatValue(value: unknown, maxChars = 80, column?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && Number.isInteger(value) && column !== undefined && YEAR_COLUMN.test(column))
    return String(value);
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  if (typeof value === 'bigint') return value.toLocaleString('en-US');
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  const text = cellText(value).replace(/\s+/g, ' ').trim();
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
