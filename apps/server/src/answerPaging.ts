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
 * An answer with its whole result (up to {@link WHOLE_RESULT_ROWS} rows): its first page, then the rest read on
 * demand in one more page, as `chat.result` reads further pages. `truncated` then says whether rows were left
 * past the cap; a result read to its end has its exact count.
 */
export async function withWholeResult<A extends RecordedAnswer>(
  engine: Pick<ChatEngine, 'page'>,
  answer: A,
  options: { user?: string } = {},
): Promise<A> {
  if (answer.status !== 'answered' || answer.sql === null || !answer.truncated) return answer;
  const rows = [...answer.rows];
  let offset: number | null = rows.length;
  while (offset !== null && rows.length < WHOLE_RESULT_ROWS) {
    const page = await engine.page(answer, { offset, limit: WHOLE_RESULT_ROWS - rows.length }, options);
    rows.push(...page.rows);
    offset = page.nextOffset;
  }
  const more = offset !== null;
  return {
    ...answer,
    rows,
    rowCount: more ? Math.max(answer.rowCount, rows.length + 1) : rows.length,
    rowCountExact: !more,
    truncated: more,
  };
}
