import { EngineError } from './EngineError';

/**
 * The query ran out of time and was stopped. The time limit counts from the moment the statement
 * reached the executor, so `waitedMs` (time spent waiting for a free query process) is part of it.
 */
export class QueryTimeout extends EngineError {
  readonly code = 'TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    readonly sql: string,
    readonly waitedMs = 0,
    /** True when the limit ran out before the statement could start. */
    readonly beforeStart = false,
  ) {
    super(
      beforeStart
        ? `The query waited ${timeoutMs} ms for a free query process and ran out of time; try again shortly.`
        : waitedMs >= timeoutMs / 10
          ? `The query was stopped after ${timeoutMs} ms, ${Math.round(waitedMs)} ms of them waiting for a free query process; try again shortly or ask a narrower question.`
          : `The query was stopped after ${timeoutMs} ms; try a narrower question.`,
    );
  }
}
