import { EngineError } from './EngineError';

/** SQLite refused or failed the statement (syntax, unknown column, ...). */
export class SqlExecutionError extends EngineError {
  readonly code = 'SQL_ERROR';
  constructor(
    message: string,
    readonly sql: string,
    readonly sqliteCode: string | null,
  ) {
    super(message);
  }
}
