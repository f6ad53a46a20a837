/**
 * The text of one result cell: strings as they are, numbers, booleans and bigints by their own
 * `toString`, objects (JSON columns, arrays) as JSON, null and undefined as ''.
 * @example cellText(42) // '42'
 * @example cellText({ a: 1 }) // '{"a":1}'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  if (typeof value === 'symbol') return value.description ?? '';
  if (typeof value === 'function') return '';
  return JSON.stringify(value);
}
