import { PageRequestError } from '../errors/PageRequestError';

/** The order a result's pages are read in: one of its columns, ascending or descending. */
export interface ResultSort {
  /** A column of the result, by the name it was shown with (the first one of that name when names repeat). */
  column: string;
  direction: 'asc' | 'desc';
}

/**
 * A guarded statement ordered by one of its result's columns, for paging a result in an order the reader chose
 * (a table header clicked) without shipping it whole. The columns are named by position (`ORDER BY 2 DESC`), never
 * by text from the request: the request only picks a position among the result's own columns, and positions work
 * where names would not (a result with two columns of one name, a name needing quotes). NULLs come last in both
 * directions and on both backends (SQLite puts them first ascending, PostgreSQL last), as the web table always
 * showed them. Every other column follows ascending as a tiebreak, so rows equal in the sort column keep one order
 * from page to page: without it, each page's sort could order the ties differently and a row could appear on two
 * pages and another on none.
 *
 * @throws PageRequestError (`sort`) when the column is not one of the result's.
 */
export function sortedStatement(sql: string, columns: readonly string[], sort: ResultSort): string {
  const at = columns.indexOf(sort.column);
  if (at < 0)
    throw new PageRequestError(
      'sort',
      `cannot sort by "${sort.column}": the result's columns are ${columns.map((c) => `"${c}"`).join(', ')}`,
    );
  const keys = [`${at + 1} ${sort.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`];
  for (let i = 0; i < columns.length; i += 1) if (i !== at) keys.push(`${i + 1} ASC NULLS LAST`);
  return `SELECT * FROM (${sql}\n) AS "sorted" ORDER BY ${keys.join(', ')}`;
}
