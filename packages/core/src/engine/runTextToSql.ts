import { GuardRejection } from '../errors/GuardRejection';
import { InterpretationBug } from '../errors/InterpretationBug';
import { LlmError } from '../errors/LlmError';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import type { QueryExecutor } from '../execute/QueryExecutor';
import { canRepair, type GeneratedQuery, type SqlGenerator } from '../generate/SqlGenerator';
import type { SqlGuard } from '../guard/SqlGuard';
import type { CompileDialect } from '../generate/offline/compile/CompileDialect';
import { ModelFallbackFailed } from '../errors/ModelFallbackFailed';
import { TooManyStatements } from '../errors/TooManyStatements';
import { fewShotSql } from '../learn/fewShotSql';
import { type GlossaryUse } from '../learn/GlossaryIndex';
import { meterUsage } from '../llm/usageMeter';
import type { TableRetriever } from '../retrieve/TableRetriever';
import type { ConversationTurn } from '../types/ConversationTurn';
import type { ProgressEvent } from '../types/ProgressEvent';
import type { TokenUsage } from '../types/TokenUsage';
import type { SqlRun } from './SqlRun';
import { reuseExactExample, reuseExampleWithOtherValues } from '../learn/reuseVerifiedExample';
import type { VerifiedExample } from '../learn/VerifiedExample';
import { type GlossaryIndex, glossaryNote } from '../learn/GlossaryIndex';
import type { Clarification } from '../types/Answer';
import { firstPageRun, readFirstPage, type ResultPaging } from './ResultPaging';

/** What the text-to-SQL pipeline is made of. */
export interface TextToSqlDeps {
  tableRetriever: TableRetriever;
  generator: SqlGenerator;
  guard: SqlGuard;
  executor: QueryExecutor;
  /** The rows of an answer's first page and how far its total is counted. */
  paging: ResultPaging;
  /** Corrections asked of a repairing generator after a SQL error (default 2). */
  maxRepairs?: number;
  /**
   * Where a bug inside the generator (before it becomes an ENGINE_ERROR answer) and a failure of the model
   * fallback (before the offline answer is given) are logged, once each; default console.error.
   */
  logError?: (error: Error) => void;
  /** A model asked only when `generator`'s parse is incomplete (see {@link ModelFallback}). */
  fallback?: ModelFallback;
}

/**
 * The model behind the offline parser: asked only when the parse is incomplete (a clarification about a part it
 * could not map, or an UNMAPPED refusal), with the glossary terms of the question, the nearest verified examples
 * and what the parser understood. Its SQL goes through the same guard and read-only executor.
 */
export interface ModelFallback {
  generator: SqlGenerator;
  /** The tables for the model's prompt (embeddings when the provider has them). */
  tableRetriever: TableRetriever;
  /** The offline compiler's dialect: verified examples are shown to the model as SQL in it. */
  compileDialect: CompileDialect;
}

/** One question to run. */
export interface TextToSqlRequest {
  question: string;
  history?: readonly ConversationTurn[];
  asOf: string;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
  /** Who asks: passed to the executor, which shares its processes fairly between users. */
  user?: string | undefined;
  /** Confirmed answers to similar questions, nearest first: reused when the question is theirs. */
  examples?: readonly VerifiedExample[] | undefined;
  /**
   * The confirmed answers nearest in meaning too (by the provider's embeddings), for a model's prompt in place
   * of `examples`: called only when a model is asked (an offline answer costs no embeddings call); its usage
   * is metered with the model's.
   */
  examplesForModel?: ((question: string) => Promise<readonly VerifiedExample[]>) | undefined;
  /** The asker's glossary (personal and workspace terms): consulted before the built-in words. */
  glossary?: GlossaryIndex | undefined;
}

const now = () => performance.now();

/**
 * The NL-to-SQL pipeline without any model library: retrieve tables, generate a statement,
 * guard it, run it read-only; on a SQL error (or a statement the parser cannot read) a
 * repairing generator gets the error back, at most `maxRepairs` times. With a model
 * `fallback`, the generator (the offline parser) answers first and the model is asked only when
 * its parse is incomplete; when the model fails, the parser's clarification or refusal stands.
 * Never throws for expected failures (they come back as `status: 'failed'`); only an aborted
 * signal throws.
 */
export async function runTextToSql(deps: TextToSqlDeps, request: TextToSqlRequest): Promise<SqlRun> {
  request.signal?.throwIfAborted();
  // The team's own words first: each glossary term is read as the words of its concept.
  const taught = request.glossary?.apply(request.question) ?? { question: request.question, used: [] };
  const byModel = deps.generator.name === 'llm';
  const nearest = byModel ? await examplesForModel(request) : { examples: request.examples ?? [], usage: [] };
  const first = await runGenerator(deps, deps.generator, deps.tableRetriever, request, taught, {
    examples: nearest.examples,
    reuse: true,
  });
  first.usage.unshift(...nearest.usage);
  first.path = byModel ? 'llm' : 'offline';
  if (!deps.fallback || !incomplete(first)) return first;
  return askModel(deps, deps.fallback, request, taught, first);
}

/** The examples for a model's prompt: ranked by meaning too when the caller can (metered), else `examples`. */
async function examplesForModel(
  request: TextToSqlRequest,
): Promise<{ examples: readonly VerifiedExample[]; usage: TokenUsage[] }> {
  if (!request.examplesForModel) return { examples: request.examples ?? [], usage: [] };
  const find = request.examplesForModel;
  const { result, usage } = await meterUsage(() => find(request.question));
  return { examples: result, usage };
}

/** An offline parse that stopped at a part it could not map (never a data-change or out-of-scope refusal). */
function incomplete(run: SqlRun): boolean {
  return run.status === 'clarify' || (run.status === 'refused' && run.reason?.code === 'UNMAPPED');
}

/** What the parser made of the question, in words a model can use. */
function partialUnderstanding(run: SqlRun): string {
  const clarification: Clarification | null = run.clarification;
  if (clarification) {
    const options = clarification.options.map((o) => o.label);
    return (
      `Everything but "${clarification.part}" was understood; the reader could not map "${clarification.part}"` +
      (options.length > 0 ? ` (it might be: ${options.join('; ')}).` : '.')
    );
  }
  return run.reason?.message ?? '';
}

const addTimings = (a: SqlRun['timings'], b: SqlRun['timings']): SqlRun['timings'] => ({
  retrieveMs: a.retrieveMs + b.retrieveMs,
  generateMs: a.generateMs + b.generateMs,
  executeMs: a.executeMs + b.executeMs,
});

/**
 * The model after an incomplete offline parse. Its answer when its SQL ran; otherwise the parser's own
 * clarification or refusal, the model's tokens still counted and its failure logged once.
 */
async function askModel(
  deps: TextToSqlDeps,
  fallback: ModelFallback,
  request: TextToSqlRequest,
  taught: { question: string; used: GlossaryUse[] },
  offline: SqlRun,
): Promise<SqlRun> {
  let model: SqlRun;
  try {
    const nearest = await examplesForModel(request);
    const examples = nearest.examples.map((e) => ({ ...e, sql: fewShotSql(e, fallback.compileDialect) }));
    model = await runGenerator(deps, fallback.generator, fallback.tableRetriever, request, taught, {
      examples,
      partial: partialUnderstanding(offline),
      reuse: false,
    });
    model.usage.unshift(...nearest.usage);
  } catch (error) {
    request.signal?.throwIfAborted();
    // The user's own statements fill the pool: that fails the question as it would offline (a retry may redo it).
    if (error instanceof TooManyStatements) throw error;
    // A retriever or executor fault outside the expected failures: still the offline answer, logged.
    const message = error instanceof Error ? error.message : String(error);
    (deps.logError ?? ((e: Error) => console.error(e)))(
      new ModelFallbackFailed(request.question, { code: 'LLM_ERROR', message }),
    );
    return offline;
  }
  const usage = [...offline.usage, ...model.usage];
  const timings = addTimings(offline.timings, model.timings);
  if (model.status === 'answered') {
    const part = offline.clarification?.part;
    return {
      ...model,
      path: 'offline+llm',
      usage,
      timings,
      interpretation: part
        ? `${model.interpretation ?? ''} (the offline reader could not map "${part}")`
        : model.interpretation,
    };
  }
  // A model that declined (wrote no query) is no failure to log; anything else is, once.
  if (model.status === 'failed' && model.reason)
    (deps.logError ?? ((e: Error) => console.error(e)))(new ModelFallbackFailed(request.question, model.reason));
  return { ...offline, usage, timings, path: 'offline' };
}

/** One generator's way from the question to rows: tables, statement, guard, read-only run, repairs. */
async function runGenerator(
  deps: TextToSqlDeps,
  generator: SqlGenerator,
  tableRetriever: TableRetriever,
  request: TextToSqlRequest,
  taught: { question: string; used: GlossaryUse[] },
  extra: { examples: readonly VerifiedExample[]; partial?: string; reuse: boolean },
): Promise<SqlRun> {
  const history = [...(request.history ?? [])];
  const run: SqlRun = {
    status: 'failed',
    reason: null,
    sql: null,
    params: [],
    interpretation: null,
    tables: [],
    columns: [],
    rows: [],
    rowCount: 0,
    rowCountExact: true,
    truncated: false,
    clarification: null,
    attempts: 0,
    usage: [],
    path: null,
    timings: { retrieveMs: 0, generateMs: 0, executeMs: 0 },
  };
  const emit = (event: ProgressEvent) => {
    try {
      request.onProgress?.(event);
    } catch {
      // a listener's failure must not fail the question
    }
  };
  const checkAbort = () => request.signal?.throwIfAborted();

  checkAbort();
  const question = taught.question;
  let t = now();
  const { result: tables, usage: retrievalUsage } = await meterUsage(() => tableRetriever.retrieve(question, history));
  run.usage.push(...retrievalUsage);
  run.tables = tables.map((table) => table.name);
  run.timings.retrieveMs = now() - t;

  const examples = extra.examples;
  const input = {
    question,
    history,
    asOf: request.asOf,
    tables,
    examples,
    glossary: taught.used,
    ...(extra.partial ? { partial: extra.partial } : {}),
  };
  const generate = async (step: () => Promise<GeneratedQuery>): Promise<GeneratedQuery | null> => {
    checkAbort();
    const started = now();
    try {
      const generated = await step();
      if (generated.usage) run.usage.push(...generated.usage);
      return generated;
    } catch (error) {
      checkAbort();
      run.status = 'failed';
      if (error instanceof InterpretationBug) {
        (deps.logError ?? ((e: Error) => console.error(e)))(error);
        run.reason = { code: 'ENGINE_ERROR', message: `Sorry, this is a bug in Musaeid (${error.message}).` };
        return null;
      }
      run.reason = {
        code: 'LLM_ERROR',
        message:
          error instanceof LlmError
            ? `The language model failed: ${error.message}`
            : `The question could not be turned into SQL: ${error instanceof Error ? error.message : String(error)}`,
      };
      return null;
    } finally {
      run.timings.generateMs += now() - started;
    }
  };

  // A verified question asked again is answered with its confirmed request; the same question with
  // other values gets the confirmed request with its slots re-filled (both name the example).
  let generated = await generate(async () => {
    const exact = extra.reuse ? reuseExactExample(request.question, examples) : null;
    if (exact) return exact;
    const read = await generator.generate(input);
    const reused =
      (extra.reuse && examples.length > 0 ? reuseExampleWithOtherValues(question, examples, read) : null) ?? read;
    // The interpretation names the glossary terms it used.
    return reused.kind === 'sql' && taught.used.length > 0
      ? { ...reused, interpretation: `${reused.interpretation} (${glossaryNote(taught.used)})` }
      : reused;
  });
  const maxRepairs = deps.maxRepairs ?? 2;
  for (;;) {
    if (!generated) return run;
    if (generated.kind === 'refusal') {
      run.status = 'refused';
      run.reason = { code: generated.code, message: generated.message };
      return run;
    }
    if (generated.kind === 'clarify') {
      run.status = 'clarify';
      run.clarification = generated.clarification;
      run.understanding = generated.understanding;
      return run;
    }
    run.attempts++;
    run.sql = generated.sql;
    run.params = generated.params;
    run.interpretation = generated.interpretation;
    run.understanding = generated.understanding;
    if (generated.comparison) run.comparison = generated.comparison;
    else delete run.comparison;
    if (run.attempts === 1) emit({ stage: 'understood', interpretation: generated.interpretation });
    emit({ stage: 'sql', sql: generated.sql });

    let failure: string;
    t = now();
    try {
      checkAbort();
      const statement = deps.guard.check(generated.sql);
      run.sql = statement.sql;
      // The walk for the first page passes the same guard as the statement.
      const walk =
        generated.firstPageSql === undefined ? {} : { firstPageSql: deps.guard.check(generated.firstPageSql).sql };
      const result = await readFirstPage(
        deps.executor,
        { sql: statement.sql, ...walk, params: generated.params },
        deps.paging,
        { signal: request.signal, user: request.user },
      );
      run.timings.executeMs += now() - t;
      run.status = 'answered';
      run.reason = null;
      Object.assign(run, firstPageRun(result));
      emit({ stage: 'rows', rowCount: run.rowCount });
      return run;
    } catch (error) {
      run.timings.executeMs += now() - t;
      checkAbort();
      if (error instanceof GuardRejection) {
        run.reason = { code: 'GUARD_REJECTED', message: error.message };
        if (error.rule !== 'PARSE_ERROR') return run;
        failure = error.reason;
      } else if (error instanceof QueryTimeout) {
        run.reason = { code: 'TIMEOUT', message: error.message };
        return run;
      } else if (error instanceof SqlExecutionError) {
        run.reason = { code: 'SQL_ERROR', message: `The query failed: ${error.message}` };
        failure = error.message;
      } else {
        throw error;
      }
    }
    if (!canRepair(generator) || run.attempts > maxRepairs) return run;
    const failedSql = generated.sql;
    generated = await generate(() => generator.repair({ ...input, failedSql, error: failure, attempt: run.attempts }));
  }
}
