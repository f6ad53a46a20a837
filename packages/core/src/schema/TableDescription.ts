/**
 * The data model's table descriptions, structurally identical to `@musaeid/db`'s
 * `TableDescription` (kept here as a type so core's pure layers do not load the ORM).
 */
export interface ColumnDescription {
  name: string;
  type: 'integer' | 'real' | 'text' | 'date';
  nullable: boolean;
  description: string;
  /** Closed vocabulary of the column, when it has one. */
  values?: readonly string[];
}

/** One data table: what it holds, its columns and keys. */
export interface TableDescription {
  name: string;
  description: string;
  columns: ColumnDescription[];
  primaryKey: string[];
  foreignKeys: { column: string; references: { table: string; column: string } }[];
}
