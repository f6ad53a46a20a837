import { EngineError } from './EngineError';

/**
 * The result has more rows than the cap. The executor does not throw it (it returns the first
 * `rowCap` rows with `truncated: true`); it exists for callers that want strict results.
 */
export class RowCapExceeded extends EngineError {
  readonly code = 'ROW_CAP';
  constructor(readonly rowCap: number) {
    super(`The result has more than ${rowCap} rows; only the first ${rowCap} are returned.`);
  }
}
