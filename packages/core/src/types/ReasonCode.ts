/** Why a question was refused (the request itself is not answerable from the data). */
export const REFUSAL_CODES = ['MODIFICATION_REQUEST', 'OUT_OF_SCOPE', 'UNMAPPED'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
/**
 * Why answering failed (something went wrong on the way; ENGINE_ERROR: a bug inside the engine;
 * TOO_MANY_STATEMENTS: the user already had as many statements running and waiting as the pool allows).
 */
export const FAILURE_CODES = [
  'GUARD_REJECTED',
  'TIMEOUT',
  'SQL_ERROR',
  'LLM_ERROR',
  'ENGINE_ERROR',
  'TOO_MANY_STATEMENTS',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];
