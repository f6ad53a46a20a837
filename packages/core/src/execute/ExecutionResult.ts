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
