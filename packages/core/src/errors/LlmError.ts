import { EngineError } from './EngineError';

/** The model provider failed (network, HTTP status, malformed reply). */
export class LlmError extends EngineError {
  readonly code = 'LLM_ERROR';
  constructor(
    readonly provider: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${message}`, options);
  }
}
