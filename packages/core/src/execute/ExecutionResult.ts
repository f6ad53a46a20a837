/** Rows a query returned, cut at the row cap. */
export interface ExecutionResult {
  columns: string[];
  rows: unknown[][];
  /** Rows returned (at most the cap). */
  rowCount: number;
  /** True when the query had more rows than the cap. */
  truncated: boolean;
  /** Time SQLite spent, measured inside the query process. */
  elapsedMs: number;
}

/** One page of a statement's rows (see `QueryExecutor.page`). */
export interface PageResult {
  columns: string[];
  /** At most the window's `limit` rows, from its `offset`. */
  rows: unknown[][];
  /** Rows the statement produced from `offset` on, page included, counted up to the window's bound. */
  counted: number;
  /** True when the statement ran out of rows before the bound: `offset + counted` is then its exact total. */
  exhausted: boolean;
  /** Time the database spent, measured where it ran. */
  elapsedMs: number;
}
