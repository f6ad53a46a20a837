import { EngineError } from './EngineError';

/**
 * A request for a page of a result that cannot be served: a window out of range, an answer without a result
 * (refused, failed or a clarification), a sort by a column the result does not have, or a stale request (the statement's columns are no longer the ones the
 * result was shown with: the data's schema changed since).
 * A forged statement never gets this far: it is re-checked by the guard ({@link GuardRejection}).
 */
export class PageRequestError extends EngineError {
  readonly code = 'BAD_PAGE_REQUEST';
  constructor(
    readonly reason: 'window' | 'noResult' | 'sort' | 'stale',
    message: string,
  ) {
    super(message);
  }
}
