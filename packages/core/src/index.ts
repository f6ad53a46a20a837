// @musaeid/core: question -> SQL -> guarded read-only rows -> answer.
// Offline-safe: nothing here loads LlamaIndex or a provider client until a model is configured.

export {
  Engine,
  type AskOptions,
  type EngineOptions,
  type ResultPage,
  type ResultRequest,
  type ResultTotal,
  type RunSqlOptions,
} from './engine/Engine';
export type { ResultSort } from './engine/ResultSort';
export { runTextToSql, type TextToSqlDeps, type TextToSqlRequest } from './engine/runTextToSql';
export type { SqlRun } from './engine/SqlRun';

export type { Answer, AnswerStatus, AnswerTimings, Clarification, ClarifyOption } from './types/Answer';
export { ANSWER_PATHS, type AnswerPath } from './types/AnswerPath';
export { ModelFallbackFailed } from './errors/ModelFallbackFailed';
export type { ModelFallback } from './engine/runTextToSql';
export { clarifyChoices, type ClarifyChoice } from './learn/clarifyChoices';
export { ExampleIndex } from './learn/ExampleIndex';
export { ExampleEmbeddings, type ExampleEmbeddingsOptions } from './learn/ExampleEmbeddings';
export { ExampleRetriever, type ExampleMatches, type ExampleRetrieverOptions } from './learn/ExampleRetriever';
export type { VerifiedExample } from './learn/VerifiedExample';
export { GlossaryIndex, builtInPhrase, glossaryKey, glossaryNote, type GlossaryUse } from './learn/GlossaryIndex';
export {
  COMPARE_COLUMNS,
  JOB_FUNCTION_VALUES,
  SENIORITY_VALUES,
  type GlossaryConcept,
  type GlossaryEntry,
} from './learn/GlossaryEntry';
export { conceptWords } from './learn/conceptWords';
export type { ConversationTurn } from './types/ConversationTurn';
export type { ProgressEvent } from './types/ProgressEvent';
export { FAILURE_CODES, REFUSAL_CODES } from './types/ReasonCode';
export type { FailureCode, RefusalCode } from './types/ReasonCode';
export type { TokenUsage } from './types/TokenUsage';

export { EngineError } from './errors/EngineError';
export { ConfigError } from './errors/ConfigError';
export { GuardRejection, type GuardRule } from './errors/GuardRejection';
export { QueryTimeout } from './errors/QueryTimeout';
export { PageRequestError } from './errors/PageRequestError';
export { TooManyStatements } from './errors/TooManyStatements';
export { SqlExecutionError } from './errors/SqlExecutionError';
export { LlmError } from './errors/LlmError';
export { EmbeddingError } from './errors/EmbeddingError';
export { InterpretationBug } from './errors/InterpretationBug';

export type { SqlGenerator, GeneratedQuery, GenerateInput, RepairingSqlGenerator } from './generate/SqlGenerator';
export { canRepair } from './generate/SqlGenerator';
export { formatPrompt } from './generate/llm/formatPrompt';
export { parseSqlQuery } from './generate/llm/parseSqlQuery';
export { DEFAULT_TEXT_TO_SQL_TMPL, RESPONSE_SYNTHESIS_TMPL } from './generate/llm/textToSqlPrompt';

export { SqlGuard, FORBIDDEN_TABLES, type GuardedStatement, type SqlGuardOptions } from './guard/SqlGuard';
export { tokenizeSql, type SqlToken } from './guard/tokenizeSql';
export { ALLOWED_FUNCTIONS } from './guard/allowedFunctions';

export { QueryPool, type QueryPoolOptions } from './execute/QueryPool';
export type { ExecutionResult, PageResult } from './execute/ExecutionResult';
export type { QueryExecutor, QueryExecutorOptions, RunOptions } from './execute/QueryExecutor';

export type { SqlDialectDatabase } from './schema/SqlDialectDatabase';
export { SqliteDatabase } from './schema/SqliteDatabase';
export { PostgresDatabase, quotePostgresIdentifier, type PostgresDatabaseOptions } from './schema/PostgresDatabase';
export {
  numberPlaceholders,
  PostgresQueryExecutor,
  type PostgresQueryExecutorOptions,
} from './execute/PostgresQueryExecutor';
export { formatTableInfo } from './schema/formatTableInfo';
export { DATA_TABLE_NAMES } from './schema/DATA_TABLE_NAMES';
export type { ColumnDescription, TableDescription } from './schema/TableDescription';

export type { TableRetriever } from './retrieve/TableRetriever';
export { Bm25TableRetriever } from './retrieve/Bm25TableRetriever';
export type { Embedder } from './retrieve/Embedder';

export { cellText } from './answer/cellText';
export { summarizeRows } from './answer/summarizeRows';
export { dateRangeNote, type DateRange } from './answer/dateRangeNote';
export { type Suggestion } from './suggest/suggestQuestions';

export { DEFAULT_EMBEDDING_MODELS, DEFAULT_MODELS, type LlmConfig, type LlmProvider } from './llm/LlmConfig';
export { resolveLlmConfig } from './llm/resolveLlmConfig';
export { ENGINE_ROUTES, type EngineRoute } from './llm/EngineRoute';
export { resolveRoute } from './llm/resolveRoute';
export { createLlm } from './llm/createLlm';
export { createEmbedder } from './llm/createEmbedder';
export { meterUsage, recordUsage } from './llm/usageMeter';
export { estimateTokens } from './llm/estimateTokens';
export { benchmarkEngine, type EngineBenchmark, type Percentiles } from './engine/benchmarkEngine';
export {
  measureRobustness,
  measureTypedQuestions,
  ROBUSTNESS_TARGET,
  type RobustnessReport,
  type TypedOutcome,
} from './generate/offline/robustness';
