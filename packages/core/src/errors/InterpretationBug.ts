import { EngineError } from './EngineError';

/**
 * A bug inside a generator (the parser threw where it should have returned a request, a refusal or a
 * clarification). It is reported as a failure with code ENGINE_ERROR and logged, never as a refusal.
 */
export class InterpretationBug extends EngineError {
  readonly code = 'ENGINE_ERROR';
  constructor(
    readonly question: string,
    cause: unknown,
  ) {
    super(`internal error while reading the question: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}
