import { cellText } from '../answer/cellText';
import type { TableDescription } from './TableDescription';

/** Options for {@link formatTableInfo}. */
export interface TableInfoOptions {
  /** Example rows (in column order) shown under the columns. */
  sampleRows?: readonly (readonly unknown[])[];
  /** Longest sample value shown, in characters. */
  maxValueChars?: number;
}

function sampleValue(value: unknown, max: number): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = cellText(value).replace(/\s+/g, ' ');
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return `'${cut.replaceAll("'", "''")}'`;
}

/**
 * The prompt text describing one table (llama-index's `get_single_table_info`, with the data
 * model's descriptions and closed vocabularies).
 *
 * @example
 * formatTableInfo(eventsTable) // "Table 'events': Events ...\nColumns:\n  id INTEGER primary key ..."
 */
export function formatTableInfo(table: TableDescription, options: TableInfoOptions = {}): string {
  const lines = [`Table '${table.name}': ${table.description}`, 'Columns:'];
  for (const column of table.columns) {
    const flags: string[] = [];
    if (table.primaryKey.includes(column.name)) flags.push('primary key');
    if (!column.nullable) flags.push('not null');
    let line = `  ${column.name} ${column.type.toUpperCase()}${flags.length ? ` (${flags.join(', ')})` : ''}`;
    if (column.description) line += ` -- ${column.description}`;
    if (column.values?.length) line += `; values: ${column.values.map((v) => `'${v}'`).join(', ')}`;
    lines.push(line);
  }
  if (table.foreignKeys.length) {
    lines.push(
      `Foreign keys: ${table.foreignKeys
        .map((fk) => `${table.name}.${fk.column} -> ${fk.references.table}.${fk.references.column}`)
        .join('; ')}`,
    );
  }
  const samples = options.sampleRows ?? [];
  if (samples.length) {
    const max = options.maxValueChars ?? 60;
    lines.push(`Sample rows (${table.columns.map((c) => c.name).join(', ')}):`);
    for (const row of samples) lines.push(`  (${row.map((v) => sampleValue(v, max)).join(', ')})`);
  }
  return lines.join('\n');
}
