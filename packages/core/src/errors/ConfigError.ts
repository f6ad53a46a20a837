import { EngineError } from './EngineError';

/** A setting is missing or invalid; `variable` names the environment variable to fix. */
export class ConfigError extends EngineError {
  readonly code = 'CONFIG';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}
