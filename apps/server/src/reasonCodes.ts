import { z } from 'zod';

import { FAILURE_CODES, REFUSAL_CODES } from '@musaeid/core/reason-codes';

/**
 * Failures the server records itself, for outcomes the engine never gave: INTERRUPTED (the server
 * stopped before answering), STORAGE_FULL / STORE_FAILED (the answer could not be stored).
 */
export const SERVER_FAILURE_CODES = ['INTERRUPTED', 'STORAGE_FULL', 'STORE_FAILED'] as const;

/**
 * Every reason code a stored answer can carry: core's refusal and failure codes plus the server's
 * own. One closed enum, used by the output schemas (and so by the SDK's types).
 */
export const reasonCodeSchema = z.enum([...REFUSAL_CODES, ...FAILURE_CODES, ...SERVER_FAILURE_CODES]);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

const KNOWN: ReadonlySet<string> = new Set(reasonCodeSchema.options);

/** A code read back from storage or an error, within the closed set (anything else: ENGINE_ERROR). */
export function toReasonCode(code: unknown): ReasonCode {
  return typeof code === 'string' && KNOWN.has(code) ? (code as ReasonCode) : 'ENGINE_ERROR';
}
