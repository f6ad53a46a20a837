/**
 * What the server needs from an engine: the `Engine` of `@musaeid/core` satisfies it
 * structurally. Declared here so routers (and tests with scripted engines) depend on the
 * behaviour, not on the engine's construction.
 */
export type RefusalCode = 'MODIFICATION_REQUEST' | 'OUT_OF_SCOPE' | 'UNMAPPED';
export type FailureCode = 'GUARD_REJECTED' | 'TIMEOUT' | 'SQL_ERROR' | 'LLM_ERROR';

export interface ConversationTurn {
  question: string;
  sql: string | null;
  interpretation: string | null;
  understanding?: unknown;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  provider: string;
  model: string | null;
  estimated: boolean;
}

export interface Answer {
  status: 'answered' | 'refused' | 'failed';
  reason: { code: RefusalCode | FailureCode | (string & {}); message: string } | null;
  text: string;
  sql: string | null;
  params: unknown[];
  interpretation: string | null;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  preview: unknown[][];
  timings: { retrieveMs: number; generateMs: number; executeMs: number; synthesizeMs: number; totalMs: number };
  usage: TokenUsage[];
  understanding?: unknown;
}

export type ProgressEvent =
  | { stage: 'understood'; interpretation: string }
  | { stage: 'sql'; sql: string }
  | { stage: 'rows'; rowCount: number }
  | { stage: 'answer'; text: string };

export interface ColumnInfo {
  name: string;
  type: string;
  nullable: boolean;
  description: string;
  values?: readonly string[];
}

export interface TableInfo {
  name: string;
  description: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: { column: string; references: { table: string; column: string } }[];
}

export interface AskOptions {
  history?: ConversationTurn[];
  asOf?: string;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

export interface ChatEngine {
  ask(question: string, opts?: AskOptions): Promise<Answer>;
  runSql(sql: string): Promise<Answer>;
  schema(): TableInfo[];
}
