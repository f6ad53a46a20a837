/** One column of a data table as the engine and users see it. */
export interface ColumnDescription {
  name: string;
  type: 'integer' | 'real' | 'text' | 'date';
  nullable: boolean;
  description: string;
  /** Closed vocabulary of the column, when it has one. */
  values?: readonly string[];
}

/** One data table: what it holds, its columns and keys (fed to the SQL generator, shown to users). */
export interface TableDescription {
  name: string;
  description: string;
  columns: ColumnDescription[];
  primaryKey: string[];
  foreignKeys: { column: string; references: { table: string; column: string } }[];
}
