import type { FailureCode, RefusalCode } from './ReasonCode';
import type { AnswerPath } from './AnswerPath';
import type { TokenUsage } from './TokenUsage';

/** Milliseconds spent in each stage of one question. */
export interface AnswerTimings {
  retrieveMs: number;
  generateMs: number;
  executeMs: number;
  synthesizeMs: number;
  totalMs: number;
}

export type AnswerStatus = 'answered' | 'clarify' | 'refused' | 'failed';

export interface ClarifyOption {
  /** Stable within the answer: 'o1', 'o2', ... */
  id: string;
  /** What the user sees and may type back: "the country Australia", "founding year". */
  label: string;
}

export interface Clarification {
  /** The short question back: "Did you mean the country Australia or the event Australia Tech Week?" */
  question: string;
  /** The words of the user's question it is about. */
  part: string;
  /** Concrete options when there are candidates (may be empty: then the user types a reply). */
  options: ClarifyOption[];
}

/** Everything the engine returns for one question (or one user-edited SQL statement). */
export interface Answer {
  status: AnswerStatus;
  reason: { code: RefusalCode | FailureCode; message: string } | null;
  text: string;
  sql: string | null;
  params: unknown[];
  interpretation: string | null;
  columns: string[];
  /** The first page of the result (`pageSize` rows at most); the next pages: `Engine.page`. */
  rows: unknown[][];
  /**
   * Rows in the whole result: exact when `rowCountExact`; otherwise the result has at least this many (counting
   * stops at the engine's `countLimit`, so a huge result costs no more than that to answer).
   */
  rowCount: number;
  rowCountExact: boolean;
  /** True when the result has more rows than `rows` holds. */
  truncated: boolean;
  /** The first rows, for display. */
  preview: unknown[][];
  timings: AnswerTimings;
  usage: TokenUsage[];
  /** Which way of writing SQL answered: the offline parser, the model, or the model after an incomplete parse (null: SQL written by the user). */
  path: AnswerPath | null;
  understanding?: unknown;
  /** The question back to the user (null unless status === 'clarify'). */
  clarification: Clarification | null;
}
