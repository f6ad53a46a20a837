import type { PageResult } from '../execute/ExecutionResult';
import type { PageWindow } from '../execute/QueryExecutor';
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
 * Counting stops here. Measured on the generated 1,000,000-person database (`pnpm bench engine --people 1000000`):
 * counting happens inside the same execution as the first page (SQLite: rows stepped through in the query process;
 * PostgreSQL: `MOVE` on the cursor), so up to this bound an exact total costs a fraction of the query itself.
 */
export const DEFAULT_COUNT_LIMIT = 100_000;

/** The window of an answer's first page. */
export function firstPage(paging: ResultPaging): PageWindow {
  return { offset: 0, limit: paging.pageSize, countUpTo: paging.countLimit };
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
