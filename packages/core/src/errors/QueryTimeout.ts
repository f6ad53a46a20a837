import { EngineError } from './EngineError';

/** The query ran past the time limit and was stopped. */
export class QueryTimeout extends EngineError {
  readonly code = 'TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    readonly sql: string,
  ) {
    super(`The query was stopped after ${timeoutMs} ms; try a narrower question.`);
  }
}
