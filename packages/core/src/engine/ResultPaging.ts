import type { PageResult } from '../execute/ExecutionResult';
import type { PageWindow, QueryExecutor, RunOptions } from '../execute/QueryExecutor';
import { FIRST_PAGE_WALK_ROWS } from '../generate/offline/compile/compileRequest';
import type { SqlRun } from './SqlRun';

/** How an answer's result is paged: the rows it carries and how far its total is counted. */
export interface ResultPaging {
  /** Rows of an answer's first page (and the default size of `Engine.page`). */
  pageSize: number;
  /** Rows counted at most for an answer's total; past it the total is "at least" this many. */
  countLimit: number;
}

/** An answer holds the rows it always held (the old 10,000-row cap) unless the caller asks for smaller pages. */
export const DEFAULT_PAGE_SIZE = 10_000;
/**
 * How far an answer's first page counts by default, by backend. SQLite: up to 100,000 rows, stepped through in the
 * query process inside the same execution as the page, a fraction of the statement itself (measured on the
 * generated 1,000,000-person database, `pnpm bench engine --people 1000000`). PostgreSQL: only the row after the
 * page (the total is "at least" the page plus one when more follow): the page is then the statement with a LIMIT,
 * planned with it, while counting further needs a cursor whose plan (or the whole result) cost 4-6x the page on the
 * same database. The exact total is there on demand: {@link Engine.total}.
 */
export function defaultCountLimit(backend: 'sqlite' | 'postgresql', pageSize: number): number {
  return backend === 'sqlite' ? 100_000 : pageSize + 1;
}

/** The window of an answer's first page. */
export function firstPage(paging: ResultPaging): PageWindow {
  return { offset: 0, limit: paging.pageSize, countUpTo: paging.countLimit };
}

/**
 * An answer's first page: read through `firstPageSql` (a guarded statement whose rows are exactly the statement's
 * first rows, see `GeneratedQuery.firstPageSql`) when it yields more than a page; otherwise the statement itself,
 * counted up to the paging's bound. A walk's total is "at least" the rows it found (all of them counted: the walk
 * computes them anyway); counting the statement's would cost the whole result the walk avoided. A walk covers
 * {@link FIRST_PAGE_WALK_ROWS} rows of its table: it is tried only for pages of at most a tenth of that (the
 * server's pages of 100 rows; not the 10,000-row pages of an engine left at its default).
 */
export async function readFirstPage(
  executor: QueryExecutor,
  statement: { sql: string; firstPageSql?: string; params: unknown[] },
  paging: ResultPaging,
  options: RunOptions,
): Promise<PageResult> {
  if (statement.firstPageSql !== undefined && paging.pageSize * 10 <= FIRST_PAGE_WALK_ROWS) {
    const walked = await executor.page(statement.firstPageSql, statement.params, firstPage(paging), options);
    // The walk covers part of the table: the rows past it are not counted, so its count is a lower bound.
    if (walked.counted > paging.pageSize) return { ...walked, exhausted: false };
  }
  return executor.page(statement.sql, statement.params, firstPage(paging), options);
}

/** The fields of a run that the first page fills. */
export function firstPageRun(
  page: PageResult,
): Pick<SqlRun, 'columns' | 'rows' | 'rowCount' | 'rowCountExact' | 'truncated'> {
  return {
    columns: page.columns,
    rows: page.rows,
    rowCount: page.counted,
    rowCountExact: page.exhausted,
    truncated: page.counted > page.rows.length,
  };
}
