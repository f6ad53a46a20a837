import { EngineError } from './EngineError';

/**
 * One user already has as many statements running and waiting as the pool allows them; the
 * statement was refused without running (the API answers TOO_MANY_REQUESTS).
 */
export class TooManyStatements extends EngineError {
  readonly code = 'TOO_MANY_STATEMENTS';
  constructor(
    readonly user: string,
    readonly running: number,
    readonly waiting: number,
  ) {
    super(
      `Too many of your queries are already running (${running}) or waiting (${waiting}); wait for them to finish and try again.`,
    );
  }
}
