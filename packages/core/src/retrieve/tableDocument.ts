import type { TableDescription } from '../schema/TableDescription';

/** The searchable text of a table: name, description, columns, their descriptions and vocabularies. */
export function tableDocument(table: TableDescription): string {
  return [
    table.name,
    table.description,
    ...table.columns.map((c) => `${c.name} ${c.description} ${(c.values ?? []).join(' ')}`),
  ].join('\n');
}
