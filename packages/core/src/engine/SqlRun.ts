import type { FailureCode, RefusalCode } from '../types/ReasonCode';
import type { AnswerStatus, Clarification } from '../types/Answer';
import type { AnswerPath } from '../types/AnswerPath';
import type { TokenUsage } from '../types/TokenUsage';
import type { ComparisonAsked } from '../types/ComparisonAsked';

/** The outcome of turning one question into rows (before the answer text is written). */
export interface SqlRun {
  status: AnswerStatus;
  reason: { code: RefusalCode | FailureCode; message: string } | null;
  sql: string | null;
  params: unknown[];
  interpretation: string | null;
  understanding?: unknown;
  /** A comparison between named things the rows answer (the generator's reading), named in the answer's text. */
  comparison?: ComparisonAsked;
  /** The question back when the generator asked for clarification (status 'clarify'). */
  clarification: Clarification | null;
  /** Tables given to the generator. */
  tables: string[];
  columns: string[];
  /** The first page of the result. */
  rows: unknown[][];
  /** Rows in the whole result: exact when `rowCountExact`, else a lower bound (counting stopped there). */
  rowCount: number;
  rowCountExact: boolean;
  /** True when the result has more rows than `rows` (the next pages: `Engine.page`). */
  truncated: boolean;
  /** Statements tried (1 + repairs). */
  attempts: number;
  usage: TokenUsage[];
  /** Which way of writing SQL answered (null: SQL written by the user). */
  path: AnswerPath | null;
  timings: { retrieveMs: number; generateMs: number; executeMs: number };
}
