import { formatValue } from './formatValue';

/** What {@link summarizeRows} describes. */
export interface RowSummaryInput {
  interpretation: string | null;
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
  truncated: boolean;
  /** Most names listed in the text. */
  listLimit?: number;
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
 * the number found, the first names listed, the interpretation, and a note when the row cap cut
 * the result.
 *
 * @example
 * summarizeRows({ interpretation: 'events in Singapore', columns: ['name'], rows: [['ABS 2024'], ['AHICE']], truncated: false });
 * // 'Found 2 results for events in Singapore: ABS 2024 and AHICE.'
 */
export function summarizeRows(input: RowSummaryInput): string {
  const { columns, rows, truncated } = input;
  const limit = input.listLimit ?? 10;
  const about = input.interpretation ? ` for ${input.interpretation.replace(/\.$/, '')}` : '';
  const cap = truncated
    ? ` The result was cut at ${rows.length.toLocaleString('en-US')} rows; narrow the question to see everything.`
    : '';
  if (rows.length === 0) return `No results${about}: nothing in the data matches.`;
  if (rows.length === 1 && columns.length === 1) {
    return `The answer${about} is ${formatValue(rows[0]![0])}.`;
  }
  if (rows.length === 1) {
    const parts = columns.map((c, i) => `${humanize(c)}: ${formatValue(rows[0]![i])}`);
    return `Found 1 result${about}: ${parts.join('; ')}.`;
  }
  const lower = columns.map((c) => c.toLowerCase());
  let nameIndex = NAME_COLUMNS.map((n) => lower.indexOf(n)).find((i) => i >= 0) ?? -1;
  if (nameIndex < 0) nameIndex = lower.findIndex((c) => c.endsWith('name'));
  if (nameIndex < 0) nameIndex = rows[0]!.findIndex((v) => typeof v === 'string');
  if (nameIndex < 0) nameIndex = 0;
  const count = `${rows.length.toLocaleString('en-US')}${truncated ? '+' : ''}`;
  const countIndex =
    columns.length === 2
      ? rows[0]!.findIndex((v, i) => i !== nameIndex && typeof v === 'number' && !/(^|_)id$/i.test(columns[i] ?? ''))
      : -1;
  const shown = rows.slice(0, limit).map((row) => {
    const name = formatValue(row[nameIndex], 60);
    return countIndex >= 0 ? `${name} (${formatValue(row[countIndex])})` : name;
  });
  return `Found ${count} results${about}: ${joinList(shown, rows.length - shown.length)}.${cap}`;
}
