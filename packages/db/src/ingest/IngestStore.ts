/** A value of a stored column, as the ingestion handles it (numbers for INTEGER and REAL columns). */
export type SqlValue = string | number | null;

/** A table the ingestion merges rows into by a natural key (one column, or several). */
export interface KeyedTableSpec {
  table: string;
  /** Every column written, in order (the `id` column excluded). */
  columns: readonly string[];
  /** The columns of the natural key (a unique constraint on the table). */
  key: readonly string[];
}

/**
 * Where one ingestion reads and writes the rows of a keyed table. Ids are `max(id) + 1` in insertion order on
 * every backend, so two backends fed the same rows number them alike.
 */
export interface KeyedRows {
  /** The largest id stored when the ingestion started (0 when empty). */
  readonly maxIdAtStart: number;
  /** Inserts `row` (aligned with the spec's columns) unless its key is taken; returns the new id, or null. */
  insertNew(row: readonly SqlValue[]): number | null;
  /** The stored row with the key of `row`: `[id, ...columns]`, or undefined. */
  get(row: readonly SqlValue[]): readonly SqlValue[] | undefined;
  /** Replaces the columns of row `id`. */
  update(id: number, row: readonly SqlValue[]): void;
}

/** The ordered child values of parent rows (an event's tags, a person's job functions). */
export interface ChildList {
  /** The parent's values, in position order (or value order for a table without positions). */
  list(parentId: number): readonly string[];
  /**
   * Makes the parent's values exactly `values` (position i for the i-th value, when the table has positions).
   * The caller never changes `values` afterwards (a store may keep the list as given).
   */
  replace(parentId: number, values: readonly string[], fresh: boolean): void;
}

/** A child table: its parent id column, value column and (optional) position column. */
export interface ChildTableSpec {
  table: string;
  parentColumn: string;
  valueColumn: string;
  positionColumn?: string;
}

/** An issue log row (see IngestSession.issue). */
export type IssueRow = [
  file: string,
  line: number,
  column: string | null,
  action: string,
  reason: string,
  value: string | null,
];

/**
 * The storage one ingestion writes through: SQLite statements (SqliteIngestStore) or rows held in memory and
 * bulk-loaded into PostgreSQL at the end (PostgresIngestStore). The ingestion's rules (validation, merging,
 * issue log) live in the modules that use it, once for both.
 */
export interface IngestStore {
  /** The keyed table `spec.table` (one instance per table: lookups see the rows this run wrote). */
  keyed(spec: KeyedTableSpec): KeyedRows;
  children(spec: ChildTableSpec): ChildList;
  /** A function giving the id of `table`'s row whose `column` (a unique key) is `value`, or null. */
  idLookup(table: string, column: string): (value: string) => number | null;
  /** Appends an issue of this run. */
  issue(row: IssueRow): void;
}
