import type { LLM } from '@llamaindex/core/llms';
import { summarizeRows } from '../answer/summarizeRows';
import { GuardRejection } from '../errors/GuardRejection';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { loadOfflineGenerator } from '../generate/loadOfflineGenerator';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { FORBIDDEN_TABLES, SqlGuard } from '../guard/SqlGuard';
import { createLlm } from '../llm/createLlm';
import type { LlmConfig } from '../llm/LlmConfig';
import { Bm25TableRetriever } from '../retrieve/Bm25TableRetriever';
import type { TableRetriever } from '../retrieve/TableRetriever';
import { loadDataTables } from '../schema/loadDataTables';
import { SqliteDatabase } from '../schema/SqliteDatabase';
import type { TableDescription } from '../schema/TableDescription';
import type { Answer } from '../types/Answer';
import type { ConversationTurn } from '../types/ConversationTurn';
import type { ProgressEvent } from '../types/ProgressEvent';
import { runTextToSql, type TextToSqlDeps } from './runTextToSql';
import type { SqlRun } from './SqlRun';

/** Options for {@link Engine.create}. */
export interface EngineOptions {
  dbFile: string;
  /** Which model writes SQL and answers (default offline: no model, no network). */
  llm?: LlmConfig;
  /** Time limit per query (default 10 s). */
  timeoutMs?: number;
  /** Most rows returned per query (default 10,000; more sets `truncated`). */
  rowCap?: number;
  /** Rows in `Answer.preview` (default 20). */
  previewRows?: number;
  /** Table descriptions (default `DATA_TABLES` of @musaeid/db); app and ingest tables are always dropped. */
  tables?: readonly TableDescription[];
  /** A ready LlamaIndex LLM instead of `llm` (tests, custom providers). */
  llmInstance?: LLM;
  /** Replaces the generator (default: the LLM generator with a model, else the offline one). */
  generator?: SqlGenerator;
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
}

/** Options for {@link Engine.runSql}. */
export interface RunSqlOptions {
  signal?: AbortSignal;
  /** Who runs it (the API user's id): the query processes are shared fairly between users. */
  user?: string;
}

const now = () => performance.now();

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
  private constructor(
    private readonly database: SqliteDatabase,
    private readonly deps: TextToSqlDeps,
    private readonly llm: LLM | null,
    private readonly options: EngineOptions,
  ) {}

  static async create(options: EngineOptions): Promise<Engine> {
    const probe = SqliteDatabase.openReadOnly(options.dbFile);
    let tables: readonly TableDescription[];
    try {
      // App and ingest tables never reach the prompt or the guard's allowlist, even if passed in.
      tables = (options.tables ?? (await loadDataTables(probe))).filter(
        (t) => !FORBIDDEN_TABLES.includes(t.name) && !t.name.startsWith('sqlite_'),
      );
    } finally {
      probe.close();
    }
    const llm = options.llmInstance ?? (await createLlm(options.llm ?? { provider: 'offline' }));
    const database = SqliteDatabase.open({
      file: options.dbFile,
      tables,
      sampleRows: options.sampleRows ?? (llm ? 2 : 0),
    });
    // Query processes start while the generator is being built.
    const executor = database.createExecutor({
      timeoutMs: options.timeoutMs,
      rowCap: options.rowCap,
      size: options.poolSize,
    });
    try {
      const guard = new SqlGuard({ allowedTables: tables.map((t) => t.name), parserDialect: database.parserDialect });
      let generator = options.generator;
      if (!generator && llm) {
        const { LlmSqlGenerator } = await import('../generate/llm/LlmSqlGenerator');
        generator = new LlmSqlGenerator({ llm, database });
      }
      generator ??= await loadOfflineGenerator(database.connection);
      const tableRetriever = await Engine.#tableRetriever(tables, options);
      await executor.ready();
      return new Engine(
        database,
        { tableRetriever, generator, guard, executor, maxRepairs: options.maxRepairs },
        llm,
        options,
      );
    } catch (error) {
      await executor.close();
      database.close();
      throw error;
    }
  }

  static async #tableRetriever(tables: readonly TableDescription[], options: EngineOptions): Promise<TableRetriever> {
    const keyword = new Bm25TableRetriever(tables);
    const config = options.llm;
    if (options.embeddings === false || !config || options.llmInstance) return keyword;
    if (config.provider === 'openai') {
      const [{ EmbeddingTableRetriever }, { OpenAiEmbedder }] = await Promise.all([
        import('../retrieve/EmbeddingTableRetriever'),
        import('../retrieve/OpenAiEmbedder'),
      ]);
      return new EmbeddingTableRetriever(
        tables,
        new OpenAiEmbedder({ apiKey: config.apiKey, baseUrl: config.baseUrl }),
        keyword,
      );
    }
    if (config.provider === 'ollama') {
      const [{ EmbeddingTableRetriever }, { OllamaEmbedder }] = await Promise.all([
        import('../retrieve/EmbeddingTableRetriever'),
        import('../retrieve/OllamaEmbedder'),
      ]);
      return new EmbeddingTableRetriever(tables, new OllamaEmbedder({ host: config.host }), keyword);
    }
    return keyword;
  }

  /** The name of the generator in use ('offline', 'llm', or a custom one). */
  get generatorName(): string {
    return this.deps.generator.name;
  }

  /** Answers a question (with the conversation so far). Never throws for refusals or failures. */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const started = now();
    const request = {
      question,
      history: options.history ?? [],
      asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
      onProgress: options.onProgress,
      signal: options.signal,
      user: options.user,
    };
    let run: SqlRun;
    let text: string | null = null;
    let synthesizeMs = 0;
    const usage: Answer['usage'] = [];
    if (this.llm && this.options.synthesis !== 'deterministic') {
      const { answerWithLlm } = await import('./answerWithLlm');
      const result = await answerWithLlm(this.deps, this.llm, request);
      run = result.run;
      text = result.text;
      synthesizeMs = result.synthesizeMs;
      usage.push(...run.usage, ...result.synthesisUsage);
    } else {
      run = await runTextToSql(this.deps, request);
      usage.push(...run.usage);
    }
    const synthStart = now();
    text ??= this.#deterministicText(run);
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
      truncated: false,
      attempts: 1,
      usage: [],
      timings: { retrieveMs: 0, generateMs: 0, executeMs: 0 },
    };
    const t = now();
    try {
      const statement = this.deps.guard.check(sql);
      run.sql = statement.sql;
      run.tables = statement.tables;
      const result = await this.deps.executor.run(statement.sql, [], { signal: options.signal, user: options.user });
      run.status = 'answered';
      run.columns = result.columns;
      run.rows = result.rows;
      run.truncated = result.truncated;
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

  /** The tables the engine may query, with their descriptions. */
  schema(): TableDescription[] {
    return [...this.database.tables];
  }

  async close(): Promise<void> {
    await this.deps.executor.close();
    this.database.close();
  }

  #deterministicText(run: SqlRun): string {
    if (run.status !== 'answered') return run.reason?.message ?? 'The question could not be answered.';
    return summarizeRows({
      interpretation: run.interpretation,
      columns: run.columns,
      rows: run.rows,
      truncated: run.truncated,
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
      rowCount: run.rows.length,
      truncated: run.truncated,
      preview: run.rows.slice(0, previewRows),
      timings: { ...run.timings, synthesizeMs, totalMs },
      usage,
      ...(run.understanding !== undefined ? { understanding: run.understanding } : {}),
      clarification: null,
    };
  }
}
