import type { FailureCode, RefusalCode } from './ReasonCode';
import type { TokenUsage } from './TokenUsage';

/** Milliseconds spent in each stage of one question. */
export interface AnswerTimings {
  retrieveMs: number;
  generateMs: number;
  executeMs: number;
  synthesizeMs: number;
  totalMs: number;
}

/** Everything the engine returns for one question (or one user-edited SQL statement). */
export interface Answer {
  status: 'answered' | 'refused' | 'failed';
  reason: { code: RefusalCode | FailureCode; message: string } | null;
  text: string;
  sql: string | null;
  params: unknown[];
  interpretation: string | null;
  columns: string[];
  /** The FULL result up to the row cap. */
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  /** The first rows, for display. */
  preview: unknown[][];
  timings: AnswerTimings;
  usage: TokenUsage[];
  understanding?: unknown;
}
