import type { ComparisonAsked } from '../types/ComparisonAsked';
import { comparisonText } from './comparisonText';
import { formatValue } from './formatValue';

/** What {@link summarizeRows} describes. */
export interface RowSummaryInput {
  interpretation: string | null;
  columns: readonly string[];
  /** The first page of the result (its first names are listed). */
  rows: readonly (readonly unknown[])[];
  /** Rows in the whole result (default: the rows given). */
  rowCount?: number;
  /** False when `rowCount` is a lower bound (counting stopped). Default true. */
  rowCountExact?: boolean;
  /** Most names listed in the text. */
  listLimit?: number;
  /** A comparison between named things the rows answer: its verdict opens the text. */
  comparison?: ComparisonAsked;
}

/** Columns that name a row, best first: the text names companies and events by name, never by domain or URL. */
const NAME_COLUMNS = [
  'full_name',
  'person',
  'name',
  'company',
  'company_name',
  'event',
  'event_name',
  'email',
  'domain',
  'title',
  'label',
  'tag',
];

function humanize(column: string): string {
  return column
    .replace(/^(count|cnt)\W*\(?\*?\)?$/i, 'count')
    .replaceAll('_', ' ')
    .replace(/[()*"]/g, '')
    .trim();
}

function joinList(items: readonly string[], more: number): string {
  if (more > 0) return `${items.join(', ')} and ${more.toLocaleString('en-US')} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A deterministic, readable answer from rows (used without a model, and for refusals/failures):
 * the number found (of the whole result: `rows` may be its first page only), the first names
 * listed and the interpretation.
 *
 * @example
 * summarizeRows({ interpretation: 'events in Singapore', columns: ['name'], rows: [['ABS 2024'], ['AHICE']] });
 * // 'Found 2 results for events in Singapore: ABS 2024 and AHICE.'
 */
export function summarizeRows(input: RowSummaryInput): string {
  const { columns, rows } = input;
  const total = Math.max(input.rowCount ?? rows.length, rows.length);
  const limit = input.listLimit ?? 10;
  const about = input.interpretation ? ` for ${input.interpretation.replace(/\.$/, '')}` : '';
  if (rows.length === 0) return `No results${about}: nothing in the data matches.`;
  if (total === 1 && columns.length === 1) {
    return `The answer${about} is ${formatValue(rows[0]![0], 80, columns[0])}.`;
  }
  if (total === 1) {
    const parts = columns.map((c, i) => `${humanize(c)}: ${formatValue(rows[0]![i], 80, c)}`);
    return `Found 1 result${about}: ${parts.join('; ')}.`;
  }
  const nameIndex = nameColumn(columns, rows[0]!);
  const count = `${input.rowCountExact === false ? 'at least ' : ''}${total.toLocaleString('en-US')}`;
  const countIndex =
    columns.length === 2
      ? rows[0]!.findIndex((v, i) => i !== nameIndex && typeof v === 'number' && !/(^|_)id$/i.test(columns[i] ?? ''))
      : -1;
  const shown = rows.slice(0, limit).map((row) => {
    // a row named by nothing is the group of those whose value is unknown ("sponsors by country": no known country)
    const name = row[nameIndex] === null ? 'unknown' : formatValue(row[nameIndex], 60);
    return countIndex >= 0 ? `${name} (${formatValue(row[countIndex])})` : name;
  });
  const found = `Found ${count} results${about}: ${joinList(shown, total - shown.length)}.`;
  const verdict = input.comparison ? comparisonText(input.comparison, columns, rows, nameIndex) : null;
  return verdict ? `${verdict} ${found}` : found;
}

/** The column naming a row: a name column (best first), else one ending in "name", else the first text. */
function nameColumn(columns: readonly string[], row: readonly unknown[]): number {
  const lower = columns.map((c) => c.toLowerCase());
  let nameIndex = NAME_COLUMNS.map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? -1;
  if (nameIndex < 0) nameIndex = lower.findIndex((c) => c.endsWith('name'));
  if (nameIndex < 0) nameIndex = row.findIndex((v) => typeof v === 'string');
  return nameIndex < 0 ? 0 : nameIndex;
}
