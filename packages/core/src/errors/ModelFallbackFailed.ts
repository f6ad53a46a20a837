import type { FailureCode, RefusalCode } from '../types/ReasonCode';
import { EngineError } from './EngineError';

/**
 * The model asked after an incomplete offline parse failed (its provider, or SQL the guard or the database
 * rejected): the user gets the offline clarification or refusal, and this is logged once.
 */
export class ModelFallbackFailed extends EngineError {
  readonly code = 'MODEL_FALLBACK_FAILED';
  constructor(
    readonly question: string,
    readonly reason: { code: FailureCode | RefusalCode; message: string },
  ) {
    super(`the model could not answer "${question}" (${reason.code}: ${reason.message}); the offline answer stands`);
  }
}
