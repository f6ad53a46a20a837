import { cellText } from './cellText';

/** A cell value as text for answers and prompts (numbers with thousands separators, long text cut). */
export function formatValue(value: unknown, maxChars = 80): string {
  if (value === null || value === undefined) return '—';
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
