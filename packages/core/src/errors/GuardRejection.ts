import { EngineError } from './EngineError';

/** Closed set of reasons the SQL guard refuses a statement. */
export type GuardRule =
  | 'EMPTY'
  | 'PARSE_ERROR'
  | 'MULTIPLE_STATEMENTS'
  | 'NOT_SELECT'
  | 'FORBIDDEN_KEYWORD'
  | 'FORBIDDEN_TABLE'
  | 'FORBIDDEN_FUNCTION'
  | 'FORBIDDEN_SYNTAX'
  | 'TOO_LONG';

/** The guard refused to run a statement; `reason` says why in words a user understands. */
export class GuardRejection extends EngineError {
  readonly code = 'GUARD_REJECTED';
  constructor(
    readonly rule: GuardRule,
    readonly reason: string,
    readonly sql: string,
  ) {
    super(`Query rejected: ${reason}`);
  }
}
