import type { FailureCode, RefusalCode } from '../types/ReasonCode';
import type { AnswerStatus, Clarification } from '../types/Answer';
import type { AnswerPath } from '../types/AnswerPath';
import type { TokenUsage } from '../types/TokenUsage';

/** The outcome of turning one question into rows (before the answer text is written). */
export interface SqlRun {
  status: AnswerStatus;
  reason: { code: RefusalCode | FailureCode; message: string } | null;
  sql: string | null;
  params: unknown[];
  interpretation: string | null;
  understanding?: unknown;
  /** The question back when the generator asked for clarification (status 'clarify'). */
  clarification: Clarification | null;
  /** Tables given to the generator. */
  tables: string[];
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  /** Statements tried (1 + repairs). */
  attempts: number;
  usage: TokenUsage[];
  /** Which way of writing SQL answered (null: SQL written by the user). */
  path: AnswerPath | null;
  timings: { retrieveMs: number; generateMs: number; executeMs: number };
}
