import type { ConversationTurn } from '../../types/ConversationTurn';
import type { PendingQuestion } from './clarify/PendingQuestion';
import type { Request } from './ir/Request';

/**
 * The offline generator's state for follow-ups, returned as the turn's `understanding`: the request that ran,
 * or (a clarify turn) no request and the question waiting for the user's reply.
 */
export type OfflineUnderstanding =
  | { generator: 'offline'; request: Request; pending?: undefined }
  | { generator: 'offline'; request: null; pending: PendingQuestion };

function isOffline(u: unknown): u is { generator: 'offline'; request?: unknown; pending?: unknown } {
  return typeof u === 'object' && u !== null && (u as { generator?: unknown }).generator === 'offline';
}

function isRequest(r: unknown): r is Request {
  if (typeof r !== 'object' || r === null) return false;
  const q = r as Partial<Request>;
  return (
    q.version === 1 &&
    typeof q.target?.entity === 'string' &&
    Array.isArray(q.target.conds) &&
    typeof q.shape?.kind === 'string' &&
    Array.isArray(q.attributes)
  );
}

function isPending(p: unknown): p is PendingQuestion {
  if (typeof p !== 'object' || p === null) return false;
  const q = p as Partial<PendingQuestion>;
  return typeof q.question === 'string' && typeof q.part === 'string' && Array.isArray(q.options);
}

/** The request this generator understood, as carried by an answer or a turn; null for anything else. */
export function understoodRequest(u: unknown): Request | null {
  return isOffline(u) && isRequest(u.request) ? u.request : null;
}

/** The latest earlier turn this generator understood (clarify turns carry no request and are skipped). */
export function previousRequest(history: readonly ConversationTurn[]): Request | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const request = understoodRequest(history[i]?.understanding);
    if (request) return request;
  }
  return null;
}

/** The question waiting for a reply: only when the LAST turn of the chat was this generator's clarification. */
export function pendingQuestion(history: readonly ConversationTurn[]): PendingQuestion | null {
  const u = history.at(-1)?.understanding;
  return isOffline(u) && isPending(u.pending) ? u.pending : null;
}
