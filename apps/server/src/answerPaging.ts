import type { ChatEngine, RecordedAnswer } from './engine';

/**
 * Rows of an answer's first page: what a client shows first (`chat.result`'s default page) and what the CLI prints
 * from. Small pages are read by the offline compiler's first-page walk (a few thousand rows of the list's order
 * instead of the whole result computed and sorted); the other pages are read on demand.
 */
export const ANSWER_PAGE_ROWS = 100;

/** Rows a whole result is read to at most (the engine's row cap, the most one page may hold). */
export const WHOLE_RESULT_ROWS = 10_000;

/**
 * An answer with its whole result (up to {@link WHOLE_RESULT_ROWS} rows): its first page when that is all of it,
 * else the result read again on demand as one page from its start, as `chat.result` reads pages. One execution
 * gives every row (a statement without a total order could order two executions differently); re-reading the first
 * page's rows costs nothing beside the rest. `truncated` then says whether rows were left past the cap; a result read
 * to its end has its exact count.
 */
export async function withWholeResult<A extends RecordedAnswer>(
  engine: Pick<ChatEngine, 'page'>,
  answer: A,
  options: { user?: string } = {},
): Promise<A> {
  if (answer.status !== 'answered' || answer.sql === null || !answer.truncated) return answer;
  const whole = await engine.page(answer, { offset: 0, limit: WHOLE_RESULT_ROWS }, options);
  const more = whole.nextOffset !== null;
  return {
    ...answer,
    rows: whole.rows,
    rowCount: more ? Math.max(answer.rowCount, whole.rows.length + 1) : whole.rows.length,
    rowCountExact: !more,
    truncated: more,
  };
}
