import { GuardRejection, PageRequestError, QueryTimeout } from '@musaeid/core';

import type { ChatEngine, ResultSort } from '../engine';
import { ConflictError, InvalidRequestError, NotFoundError, ResultTimeoutError } from '../errors';
import type { ResultPageDto, ResultTotalDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import { csvLines } from './toCsv';

/** A piece of a CSV export: its text and the data rows in it (the header counts none). */
export interface CsvChunk {
  text: string;
  rows: number;
}

/** A stored result with the statement it came from. */
interface StoredResult {
  sql: string | null;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  params: unknown[];
}

/**
 * An answer's result, a page at a time or whole as CSV. The store keeps the first page the engine answered with
 * (and the total); any other page is read from the engine on demand, re-running the answer's statement with the
 * engine's guard, read-only walls and time limit. Reads are scoped to the owning user.
 */
export class ResultReader {
  constructor(
    private readonly store: AppStore,
    private readonly engine: ChatEngine,
  ) {}

  /**
   * The rows from `offset` (at most `limit`), with the total and the next page's offset. Sorted pages are always
   * read from the engine, which orders the answer's statement by the column (a column the result lacks is a
   * BAD_REQUEST): the stored rows are one page in the answer's order, and sorting even a stored-whole result in
   * the database keeps one order (its collation, its NULLs) for every result however large.
   */
  async page(
    userId: string,
    messageId: string,
    offset: number,
    limit: number,
    options: { sort: ResultSort | null } = { sort: null },
  ): Promise<ResultPageDto> {
    const result = await this.#owned(userId, messageId);
    const { sort } = options;
    const stored = sort === null && (offset + limit <= result.rows.length || this.#storedWhole(result));
    const page = stored
      ? {
          columns: result.columns,
          rows: result.rows.slice(offset, offset + limit),
          nextOffset: offset + limit < result.rowCount ? offset + limit : null,
        }
      : await this.#fromEngine(() =>
          this.engine.page(this.#request(result), { offset, limit, ...(sort ? { sort } : {}) }, { user: userId }),
        );
    return {
      messageId,
      columns: page.columns,
      rows: page.rows,
      offset,
      rowCount: Math.max(result.rowCount, page.nextOffset ?? offset + page.rows.length),
      truncated: result.truncated,
      nextOffset: page.nextOffset,
      sort,
    };
  }

  /**
   * The exact number of rows of the result: the stored count when every row is stored, else the engine counts the
   * answer's statement to the end (an answer's first page counts only so far; its `rowCount` is then "at least").
   */
  async total(userId: string, messageId: string): Promise<ResultTotalDto> {
    const result = await this.#owned(userId, messageId);
    if (this.#storedWhole(result)) return { messageId, rowCount: result.rowCount };
    const total = await this.#fromEngine(() => this.engine.total(this.#request(result), { user: userId }));
    return { messageId, rowCount: total.rowCount };
  }

  /**
   * The whole result as CSV text, a chunk per page (the header first): written out as it comes, memory stays one
   * page however large the result.
   */
  async *csv(userId: string, messageId: string): AsyncGenerator<CsvChunk, void, undefined> {
    const result = await this.#owned(userId, messageId);
    yield { text: csvLines([result.columns]), rows: 0 };
    if (this.#storedWhole(result)) {
      if (result.rows.length > 0) yield { text: csvLines(result.rows), rows: result.rows.length };
      return;
    }
    const pages = this.engine.allRows(this.#request(result), { user: userId });
    for (;;) {
      const next = await this.#fromEngine(() => pages.next());
      if (next.done) return;
      yield { text: csvLines(next.value), rows: next.value.length };
    }
  }

  async #owned(userId: string, messageId: string): Promise<StoredResult> {
    const message = await this.store.chats.userMessage(userId, messageId);
    if (!message) throw new NotFoundError(`Message ${messageId} not found`);
    const result = await this.store.chats.result(messageId);
    if (!result) throw new NotFoundError(`Message ${messageId} has no result (only answered questions do)`);
    return { ...result, sql: message.answer?.sql ?? null };
  }

  /** The store holds every row (a small result, or one stored whole before results were paged). */
  #storedWhole(result: StoredResult): boolean {
    return !result.truncated && result.rows.length >= result.rowCount;
  }

  #request(result: StoredResult) {
    return { sql: result.sql, params: result.params, columns: result.columns };
  }

  /** Engine refusals of a read as domain errors: a stale or impossible request is the client's to fix; a timeout is TIMEOUT. */
  async #fromEngine<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof PageRequestError)
        throw error.reason === 'stale' ? new ConflictError(error.message) : new InvalidRequestError(error.message);
      if (error instanceof GuardRejection)
        throw new ConflictError(`the answer's statement no longer passes the guard: ${error.message}`);
      if (error instanceof QueryTimeout)
        throw new ResultTimeoutError(`reading the result took too long: ${error.message}`);
      throw error;
    }
  }
}
