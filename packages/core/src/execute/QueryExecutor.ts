import type { ExecutionResult } from './ExecutionResult';

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

/** Runs guarded statements read-only with a time limit and a row cap (SQLite: {@link QueryPool}). */
export interface QueryExecutor {
  run(sql: string, params?: unknown[], options?: RunOptions): Promise<ExecutionResult>;
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
