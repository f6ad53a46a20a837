import { formatValue } from './formatValue';

/** Rows as a compact pipe table for a synthesis prompt (first `maxRows`, then a count of the rest). */
export function rowsAsText(
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { maxRows?: number; truncated?: boolean } = {},
): string {
  const max = options.maxRows ?? 30;
  const lines = [
    columns.join(' | '),
    ...rows.slice(0, max).map((row) => row.map((v, i) => formatValue(v, 60, columns[i])).join(' | ')),
  ];
  if (rows.length > max)
    lines.push(`... ${rows.length - max} more rows (${rows.length}${options.truncated ? '+' : ''} in total)`);
  else lines.push(`(${rows.length}${options.truncated ? '+, cut at the row cap' : ''} rows in total)`);
  return lines.join('\n');
}
