import type { ExecutionResult, PageResult } from './ExecutionResult';

/** How one statement runs. */
export interface RunOptions {
  /** Time limit, counted from the moment the statement reaches the executor (waiting counts). */
  timeoutMs?: number;
  rowCap?: number;
  signal?: AbortSignal;
  /**
   * Who the statement runs for (the server passes the API user's id): executors share their
   * processes fairly between users and cap each user's concurrent statements. Statements without
   * a user share one anonymous account.
   */
  user?: string;
}

/** Which rows of a statement {@link QueryExecutor.page} returns, and how far it counts. */
export interface PageWindow {
  /** Rows skipped first (whole number, >= 0). */
  offset: number;
  /** Rows returned at most (1 to the executor's row cap). */
  limit: number;
  /**
   * Rows (from `offset`) counted at most, past the page, without shipping them: the caller's bound on what an exact
   * total may cost. At least `limit + 1` is always counted (to tell whether another page follows).
   */
  countUpTo?: number;
}

/** Runs guarded statements read-only with a time limit and a row cap (SQLite: {@link QueryPool}). */
export interface QueryExecutor {
  run(sql: string, params?: unknown[], options?: RunOptions): Promise<ExecutionResult>;
  /**
   * One page of a statement's rows, with the rows after it counted (up to the window's bound) inside the same
   * execution, behind the same walls as `run`. Every page of a statement is read through the same wrapping with
   * the window bound as parameters, so each page comes from the same plan: the pages of a statement with a total
   * ORDER BY concatenate to its whole result.
   */
  page(sql: string, params: unknown[], window: PageWindow, options?: RunOptions): Promise<PageResult>;
  /** Resolves when the executor can take queries without start-up delay. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Limits for an executor a dialect database creates. */
export interface QueryExecutorOptions {
  timeoutMs?: number;
  rowCap?: number;
  /** Concurrent queries (processes or connections). */
  size?: number;
}
