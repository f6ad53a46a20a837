import type { ExecutionResult } from './ExecutionResult';

/** Runs guarded statements read-only with a time limit and a row cap (SQLite: {@link QueryPool}). */
export interface QueryExecutor {
  run(
    sql: string,
    params?: unknown[],
    options?: { timeoutMs?: number; rowCap?: number; signal?: AbortSignal },
  ): Promise<ExecutionResult>;
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
