import type { LLM } from '@llamaindex/core/llms';
import { DATA_TABLES } from '@musaeid/db';
import {
  DATE_RANGE_SQL,
  dateRangeNote,
  usesTimeWindow,
  windowOutsideData,
  type DateRange,
} from '../answer/dateRangeNote';
import { summarizeRows } from '../answer/summarizeRows';
import { ConfigError } from '../errors/ConfigError';
import { GuardRejection } from '../errors/GuardRejection';
import { PageRequestError } from '../errors/PageRequestError';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { compileDialectOf } from '../generate/offline/compile/CompileDialect';
import { FORBIDDEN_TABLES, SqlGuard } from '../guard/SqlGuard';
import { createEmbedder } from '../llm/createEmbedder';
import { createLlm } from '../llm/createLlm';
import type { EngineRoute } from '../llm/EngineRoute';
import type { LlmConfig } from '../llm/LlmConfig';
import { Bm25TableRetriever } from '../retrieve/Bm25TableRetriever';
import type { TableRetriever } from '../retrieve/TableRetriever';
import type { SqlDialectDatabase } from '../schema/SqlDialectDatabase';
import type { TableDescription } from '../schema/TableDescription';
import { clarificationText } from '../answer/clarificationText';
import { suggestQuestions, type Suggestion } from '../suggest/suggestQuestions';
import type { Answer } from '../types/Answer';
import type { ConversationTurn } from '../types/ConversationTurn';
import type { ProgressEvent } from '../types/ProgressEvent';
import { type EngineLocation, openEngineBackend } from './openEngineBackend';
import { runTextToSql, type TextToSqlDeps } from './runTextToSql';
import { DEFAULT_PAGE_SIZE, defaultCountLimit, firstPage, firstPageRun, type ResultPaging } from './ResultPaging';
import { sortedStatement, type ResultSort } from './ResultSort';
import type { SqlRun } from './SqlRun';
import type { VerifiedExample } from '../learn/VerifiedExample';
import type { GlossaryIndex } from '../learn/GlossaryIndex';

/** Options for {@link Engine.create}. */
export interface EngineOptions {
  /** The SQLite file (the embedded default); exactly one of `dbFile` and `databaseUrl`. */
  dbFile?: string;
  /**
   * A PostgreSQL database (`postgres://owner@host:port/db`) instead of a SQLite file: the reader role is created
   * or re-granted with this URL and every statement runs as it.
   */
  databaseUrl?: string;
  /** Which model writes SQL and answers (default offline: no model, no network). */
  llm?: LlmConfig;
  /** Time limit per query (default 10 s). */
  timeoutMs?: number;
  /** Most rows returned per query or page (default 10,000). */
  rowCap?: number;
  /** Rows of an answer's first page (default 10,000, at most `rowCap`); the others: {@link Engine.page}. */
  pageSize?: number;
  /**
   * Rows counted at most for an answer's total (default: 100,000 on SQLite, the page and one more row on PostgreSQL,
   * see `defaultCountLimit`); past it `rowCountExact` is false and {@link Engine.total} counts exactly.
   */
  countLimit?: number;
  /** Rows in `Answer.preview` (default 20). */
  previewRows?: number;
  /** Table descriptions (default `DATA_TABLES` of @musaeid/db); app and ingest tables are always dropped. */
  tables?: readonly TableDescription[];
  /** A ready LlamaIndex LLM instead of `llm` (tests, custom providers). */
  llmInstance?: LLM;
  /** Replaces the generator (default: the offline one, then the model when its parse is incomplete; see `route`). */
  generator?: SqlGenerator;
  /**
   * With a model: 'offline-first' (default) answers with the offline parser when it understands the whole
   * question (fast, free, deterministic) and asks the model only when the parse is incomplete; 'llm' asks
   * the model for every question; 'offline' never calls the model (see {@link EngineRoute}).
   */
  route?: EngineRoute;
  /** 'deterministic' never calls the model for the answer text. Default 'llm' when a model is set. */
  synthesis?: 'llm' | 'deterministic';
  /** Rank tables by embeddings too when the provider offers them (default true for openai/ollama). */
  embeddings?: boolean;
  /** Example rows per table in the SQL prompt (default 2 with a model, 0 offline). */
  sampleRows?: number;
  /** Query processes (default 2). */
  poolSize?: number;
  /** Corrections after a SQL error (default 2). */
  maxRepairs?: number;
  /** Where a bug inside the generator is logged (default console.error); the answer is a failure with ENGINE_ERROR. */
  logError?: (error: Error) => void;
}

/** Options for {@link Engine.ask}. */
export interface AskOptions {
  history?: ConversationTurn[];
  /** Today's date, 'YYYY-MM-DD' (default: today, UTC). */
  asOf?: string;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** Who asks (the API user's id): the query processes are shared fairly between users. */
  user?: string;
  /** Confirmed answers to similar questions, nearest first (see `ExampleIndex`): reused or shown to the model. */
  examples?: readonly VerifiedExample[];
  /**
   * The confirmed answers nearest in meaning too (e.g. `ExampleRetriever.nearest` with the provider's
   * embeddings), for a model's prompt in place of `examples`: called only when the model is asked; metered.
   */
  examplesForModel?: (question: string) => Promise<readonly VerifiedExample[]>;
  /** The asker's glossary (personal and workspace terms), consulted before the built-in words. */
  glossary?: GlossaryIndex;
}

/** Options for {@link Engine.runSql}. */
export interface RunSqlOptions {
  signal?: AbortSignal;
  /** Who runs it (the API user's id): the query processes are shared fairly between users. */
  user?: string;
}

/** An answered result to read further pages of: the statement and parameters an {@link Answer} carries. */
export interface ResultRequest {
  /** Null for an answer without a result (refused, failed, a clarification): paging it is an error. */
  sql: string | null;
  params: readonly unknown[];
  /** The columns the result was shown with: a page whose statement now returns others is stale. */
  columns?: readonly string[];
}

/** One page of a result ({@link Engine.page}). */
export interface ResultPage {
  columns: string[];
  rows: unknown[][];
  offset: number;
  /** The offset of the next page, or null after the last one. */
  nextOffset: number | null;
}

/** The exact size of a result ({@link Engine.total}). */
export interface ResultTotal {
  /** Rows in the whole result, counted to the end. */
  rowCount: number;
}

/** The one database named by the options: a SQLite file or a PostgreSQL URL. */
function engineLocation(options: EngineOptions): EngineLocation {
  if (options.databaseUrl !== undefined && options.dbFile !== undefined)
    throw new ConfigError('MUSAEID_DATABASE_URL', 'give either a SQLite file or a PostgreSQL URL, not both');
  if (options.databaseUrl !== undefined) return { kind: 'postgresql', url: options.databaseUrl };
  if (options.dbFile !== undefined) return { kind: 'sqlite', file: options.dbFile };
  throw new ConfigError('MUSAEID_DB', 'the engine needs a SQLite file or a PostgreSQL URL');
}

const now = () => performance.now();
const today = () => new Date().toISOString().slice(0, 10);

/** Dates whose suggestions are kept (the server asks for one "today" at a time). */
const SUGGESTION_CACHE_DATES = 4;

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** A lone count of zero or no rows at all: nothing was found. */
function foundNothing(run: SqlRun): boolean {
  if (run.rows.length === 0) return true;
  return run.rows.length === 1 && run.rows[0]?.length === 1 && run.rows[0][0] === 0;
}

/**
 * Musaeid's question-to-answer engine: the original's `NLSQLRetriever` + `RetrieverQueryEngine`
 * on LlamaIndex.TS, guarded and read-only. Offline by default.
 *
 * @example
 * const engine = await Engine.create({ dbFile: 'data/musaeid.db' });
 * const answer = await engine.ask('Which companies sponsor events in Singapore?');
 * answer.sql; answer.rows; answer.text;
 * await engine.close();
 */
export class Engine {
  #dateRange: Promise<DateRange | null> | undefined;
  readonly #suggestions = new Map<string, Promise<Suggestion[]>>();

  private constructor(
    private readonly database: SqlDialectDatabase,
    private readonly deps: TextToSqlDeps,
    private readonly llm: LLM | null,
    private readonly options: EngineOptions,
  ) {}

  static async create(options: EngineOptions): Promise<Engine> {
    // The data model's own descriptions by default. App and ingest tables never reach the prompt or
    // the guard's allowlist, even if passed in.
    const tables = (options.tables ?? DATA_TABLES).filter(
      (t) => !FORBIDDEN_TABLES.includes(t.name) && !t.name.startsWith('sqlite_'),
    );
    const llm =
      options.route === 'offline'
        ? null
        : (options.llmInstance ?? (await createLlm(options.llm ?? { provider: 'offline' })));
    const backend = await openEngineBackend(engineLocation(options), tables, options.sampleRows ?? (llm ? 2 : 0));
    const database = backend.database;
    // Query processes start while the generator is being built.
    const executor = database.createExecutor({
      timeoutMs: options.timeoutMs,
      rowCap: options.rowCap,
      size: options.poolSize,
    });
    try {
      const guard = new SqlGuard({ allowedTables: tables.map((t) => t.name), parserDialect: database.parserDialect });
      const tableRetriever = await Engine.#tableRetriever(tables, options);
      const rowCap = options.rowCap ?? DEFAULT_PAGE_SIZE;
      const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, rowCap));
      const paging: ResultPaging = {
        pageSize,
        countLimit: options.countLimit ?? defaultCountLimit(database.parserDialect, pageSize),
      };
      const common = { guard, executor, paging, maxRepairs: options.maxRepairs, logError: options.logError };
      let deps: TextToSqlDeps;
      if (options.generator) deps = { ...common, tableRetriever, generator: options.generator };
      else if (!llm) deps = { ...common, tableRetriever, generator: await backend.createOfflineGenerator() };
      else {
        const { LlmSqlGenerator } = await import('../generate/llm/LlmSqlGenerator');
        const model = new LlmSqlGenerator({ llm, database });
        deps =
          options.route === 'llm'
            ? { ...common, tableRetriever, generator: model }
            : {
                ...common,
                // The offline parser needs no tables: keyword ranking (no network) until the model is asked.
                tableRetriever: new Bm25TableRetriever(tables),
                generator: await backend.createOfflineGenerator(),
                fallback: {
                  generator: model,
                  tableRetriever,
                  compileDialect: compileDialectOf(database.parserDialect),
                },
              };
      }
      await executor.ready();
      return new Engine(database, deps, llm, options);
    } catch (error) {
      await executor.close();
      database.close();
      throw error;
    }
  }

  static async #tableRetriever(tables: readonly TableDescription[], options: EngineOptions): Promise<TableRetriever> {
    const keyword = new Bm25TableRetriever(tables);
    const config = options.llm;
    if (options.embeddings === false || !config || options.llmInstance || options.route === 'offline') return keyword;
    const embedder = await createEmbedder(config);
    if (!embedder) return keyword;
    const { EmbeddingTableRetriever } = await import('../retrieve/EmbeddingTableRetriever');
    // A failed embeddings call leaves BM25 ranking the tables; it is logged (once until embeddings work again).
    const logError = options.logError ?? ((error: Error) => console.error(error));
    return new EmbeddingTableRetriever(tables, embedder, keyword, undefined, logError);
  }

  /** The name of the generator that answers first ('offline', 'llm', or a custom one). */
  get generatorName(): string {
    return this.deps.generator.name;
  }

  /** Answers a question (with the conversation so far). Never throws for refusals or failures. */
  ask(question: string, options: AskOptions = {}): Promise<Answer> {
    return this.#ask(question, options, this.deps);
  }

  async #ask(question: string, options: AskOptions, deps: TextToSqlDeps): Promise<Answer> {
    const started = now();
    const request = {
      question,
      history: options.history ?? [],
      asOf: options.asOf ?? today(),
      onProgress: options.onProgress,
      signal: options.signal,
      user: options.user,
      examples: options.examples,
      examplesForModel: options.examplesForModel,
      glossary: options.glossary,
    };
    let run: SqlRun;
    let text: string | null = null;
    let synthesizeMs = 0;
    const usage: Answer['usage'] = [];
    if (this.llm && this.options.synthesis !== 'deterministic') {
      const { answerWithLlm } = await import('./answerWithLlm');
      const result = await answerWithLlm(deps, this.llm, request);
      run = result.run;
      text = result.text;
      synthesizeMs = result.synthesizeMs;
      usage.push(...run.usage, ...result.synthesisUsage);
    } else {
      run = await runTextToSql(deps, request);
      usage.push(...run.usage);
    }
    const synthStart = now();
    text ??= this.#deterministicText(run);
    // A time window that matched nothing and lies (partly) outside the data's dates: say where they lie (the
    // asked-for window may simply be outside them, e.g. "next month" on last year's data). A window inside them was
    // empty for its other conditions, which the answer's own text names.
    if (run.status === 'answered' && foundNothing(run) && usesTimeWindow(run)) {
      const range = await this.dateRange();
      if (range && windowOutsideData(run, range)) text = `${text} ${dateRangeNote(range, request.asOf)}`;
    }
    if (!this.llm || this.options.synthesis === 'deterministic') synthesizeMs = now() - synthStart;
    try {
      options.onProgress?.({ stage: 'answer', text });
    } catch {
      // a listener's failure must not fail the question
    }
    return this.#answer(run, text, usage, synthesizeMs, now() - started);
  }

  /** Runs user-edited SQL through the same guard and read-only execution. */
  async runSql(sql: string, options: RunSqlOptions = {}): Promise<Answer> {
    const started = now();
    const run: SqlRun = {
      status: 'failed',
      reason: null,
      sql,
      params: [],
      interpretation: 'SQL written by the user',
      tables: [],
      columns: [],
      rows: [],
      rowCount: 0,
      rowCountExact: true,
      truncated: false,
      clarification: null,
      attempts: 1,
      usage: [],
      path: null,
      timings: { retrieveMs: 0, generateMs: 0, executeMs: 0 },
    };
    const t = now();
    try {
      const statement = this.deps.guard.check(sql);
      run.sql = statement.sql;
      run.tables = statement.tables;
      const result = await this.deps.executor.page(statement.sql, [], firstPage(this.deps.paging), {
        signal: options.signal,
        user: options.user,
      });
      run.status = 'answered';
      Object.assign(run, firstPageRun(result));
    } catch (error) {
      options.signal?.throwIfAborted();
      if (error instanceof GuardRejection) run.reason = { code: 'GUARD_REJECTED', message: error.message };
      else if (error instanceof QueryTimeout) run.reason = { code: 'TIMEOUT', message: error.message };
      else if (error instanceof SqlExecutionError)
        run.reason = { code: 'SQL_ERROR', message: `The query failed: ${error.message}` };
      else throw error;
    }
    run.timings.executeMs = now() - t;
    const s = now();
    const text = this.#deterministicText(run);
    return this.#answer(run, text, [], now() - s, now() - started);
  }

  /** Rows of an answer's first page (the default size of {@link Engine.page}). */
  get pageSize(): number {
    return this.deps.paging.pageSize;
  }

  /**
   * A page of an answered result, read on demand: the statement is checked by the guard again (a forged one is a
   * {@link GuardRejection}) and runs behind the same read-only walls, time limit and row cap as the answer did.
   * A page past the end is empty. With a `sort`, the pages are those of the result ordered by one of its columns
   * (see {@link sortedStatement}; the request must carry the columns the result was shown with). Throws
   * {@link PageRequestError} for a window out of range, a sort by a column the result lacks, or a stale request.
   *
   * @example
   * const answer = await engine.ask('Which companies sponsor events?');
   * const next = await engine.page(answer, { offset: answer.rows.length });
   * const cheapest = await engine.page(answer, { offset: 0, sort: { column: 'name', direction: 'asc' } });
   */
  async page(
    request: ResultRequest,
    window: { offset: number; limit?: number; sort?: ResultSort },
    options: RunSqlOptions = {},
  ): Promise<ResultPage> {
    const limit = window.limit ?? this.deps.paging.pageSize;
    const rowCap = this.options.rowCap ?? DEFAULT_PAGE_SIZE;
    if (!Number.isSafeInteger(window.offset) || window.offset < 0)
      throw new PageRequestError('window', `offset must be a whole number >= 0, got ${window.offset}`);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > rowCap)
      throw new PageRequestError('window', `limit must be a whole number from 1 to ${rowCap}, got ${limit}`);
    if (request.sql === null) throw new PageRequestError('noResult', 'the answer has no result to page');
    const statement = this.deps.guard.check(request.sql);
    let sql = statement.sql;
    if (window.sort) {
      if (!request.columns)
        throw new PageRequestError('sort', "sorting a result needs the columns it was shown with (the answer's)");
      sql = sortedStatement(sql, request.columns, window.sort);
    }
    const page = await this.deps.executor.page(
      sql,
      [...request.params],
      { offset: window.offset, limit },
      { signal: options.signal, user: options.user },
    );
    if (request.columns && !sameColumns(request.columns, page.columns))
      throw new PageRequestError(
        'stale',
        `the result's columns changed since it was answered (${request.columns.join(', ')} -> ${page.columns.join(', ')}): ask again`,
      );
    return {
      columns: page.columns,
      rows: page.rows,
      offset: window.offset,
      nextOffset: page.counted > page.rows.length ? window.offset + page.rows.length : null,
    };
  }

  /**
   * The exact number of rows of an answered result, counted on demand (an answer's first page counts only so far,
   * see {@link EngineOptions.countLimit}): the statement is checked by the guard again and counted whole behind the
   * same read-only walls and time limit as the answer (a count past the limit is a {@link QueryTimeout}).
   *
   * @example
   * const answer = await engine.ask('Which companies sponsor events?');
   * if (!answer.rowCountExact) (await engine.total(answer)).rowCount;
   */
  async total(request: ResultRequest, options: RunSqlOptions = {}): Promise<ResultTotal> {
    if (request.sql === null) throw new PageRequestError('noResult', 'the answer has no result to count');
    const statement = this.deps.guard.check(request.sql);
    const counted = await this.deps.executor.run(
      `SELECT count(*) AS "total" FROM (${statement.sql}\n) AS "counted"`,
      [...request.params],
      { signal: options.signal, user: options.user },
    );
    const rowCount = counted.rows[0]?.[0];
    if (typeof rowCount !== 'number') throw new Error(`a count returned ${String(rowCount)}`);
    return { rowCount };
  }

  /**
   * Every row of an answered result, a page of `rowCap` rows at a time (for exports that stream: memory stays one
   * page whatever the result's size). Each page is a {@link Engine.page} call, with its checks and walls.
   *
   * @example
   * for await (const rows of engine.allRows(answer)) write(rows);
   */
  async *allRows(request: ResultRequest, options: RunSqlOptions = {}): AsyncGenerator<unknown[][], void, undefined> {
    const limit = this.options.rowCap ?? DEFAULT_PAGE_SIZE;
    let offset: number | null = 0;
    while (offset !== null) {
      const page: ResultPage = await this.page(request, { offset, limit }, options);
      if (page.rows.length > 0) yield page.rows;
      offset = page.nextOffset;
    }
  }

  /**
   * The first and last day of the events in the data (null without dated events), read once
   * through the read-only executor and kept: the engine's database does not change under it.
   */
  dateRange(): Promise<DateRange | null> {
    this.#dateRange ??= this.deps.executor.run(DATE_RANGE_SQL, []).then(
      (result) => {
        const [from, to] = result.rows[0] ?? [];
        return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
      },
      () => {
        this.#dateRange = undefined; // a failure (a timeout under load) is not kept
        return null;
      },
    );
    return this.#dateRange;
  }

  /**
   * Example questions the data answers as of `asOf` (default today), each verified to return rows
   * by asking it; computed once per date and kept (read-only work on the engine's own executor).
   */
  async suggestQuestions(options: { asOf?: string; max?: number } = {}): Promise<Suggestion[]> {
    const asOf = options.asOf ?? today();
    let pending = this.#suggestions.get(asOf);
    if (!pending) {
      pending = suggestQuestions(
        async (sql, params) => (await this.deps.executor.run(sql, params)).rows,
        // Offline only: a suggestion is a question the parser understands whole, never a model call.
        (question, at) => this.#ask(question, { asOf: at }, { ...this.deps, fallback: undefined }),
        asOf,
      );
      this.#suggestions.set(asOf, pending);
      pending.catch(() => this.#suggestions.delete(asOf));
      // Bounded: the oldest date goes first.
      for (const key of this.#suggestions.keys()) {
        if (this.#suggestions.size <= SUGGESTION_CACHE_DATES) break;
        this.#suggestions.delete(key);
      }
    }
    return (await pending).slice(0, options.max ?? 8);
  }

  /** The tables the engine may query, with their descriptions. */
  schema(): TableDescription[] {
    return [...this.database.tables];
  }

  async close(): Promise<void> {
    await this.deps.executor.close();
    this.database.close();
  }

  #deterministicText(run: SqlRun): string {
    if (run.status === 'clarify' && run.clarification) return clarificationText(run.clarification);
    if (run.status !== 'answered') return run.reason?.message ?? 'The question could not be answered.';
    return summarizeRows({
      interpretation: run.interpretation,
      columns: run.columns,
      rows: run.rows,
      rowCount: run.rowCount,
      rowCountExact: run.rowCountExact,
      ...(run.comparison ? { comparison: run.comparison } : {}),
    });
  }

  #answer(run: SqlRun, text: string, usage: Answer['usage'], synthesizeMs: number, totalMs: number): Answer {
    const previewRows = this.options.previewRows ?? 20;
    return {
      status: run.status,
      reason: run.reason,
      text,
      sql: run.sql,
      params: run.params,
      interpretation: run.interpretation,
      columns: run.columns,
      rows: run.rows,
      rowCount: run.rowCount,
      rowCountExact: run.rowCountExact,
      truncated: run.truncated,
      preview: run.rows.slice(0, previewRows),
      timings: { ...run.timings, synthesizeMs, totalMs },
      usage,
      path: run.path,
      clarification: run.status === 'clarify' ? run.clarification : null,
      ...(run.understanding !== undefined ? { understanding: run.understanding } : {}),
    };
  }
}
