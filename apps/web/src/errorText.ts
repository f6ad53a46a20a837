import { TRPCClientError } from '@trpc/client';

interface ErrorData {
  code?: string;
  retryAfterSeconds?: number | null;
}

/** A wait in the largest unit that keeps it readable ("40 seconds", "12 minutes", "3 hours", "27 days"). */
const seconds = (s: number) =>
  s < 90
    ? `${s} second${s === 1 ? '' : 's'}`
    : s < 90 * 60
      ? `${Math.ceil(s / 60)} minutes`
      : s < 48 * 3600
        ? `${Math.ceil(s / 3600)} hours`
        : `${Math.ceil(s / 86400)} days`;

/** An API or network error in words for the page: never a stack trace, never a blank. */
export function errorText(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? undefined) as ErrorData | undefined;
    switch (data?.code) {
      case 'UNAUTHORIZED':
        return 'This API key is not valid: it is mistyped, revoked, or its user is disabled. Sign in with a valid key.';
      case 'TOO_MANY_REQUESTS': {
        const wait = data.retryAfterSeconds ?? null;
        if (/quota/i.test(error.message)) {
          return `Your monthly question quota is used up${wait ? `; it resets in ${seconds(wait)}` : ''}.`;
        }
        return `Too many questions in a short time. Try again in ${wait ? seconds(wait) : 'a moment'}.`;
      }
      case 'NOT_FOUND':
        return `Not found: ${error.message}. It may have been deleted.`;
      case 'FORBIDDEN':
        return `Not allowed: ${error.message}.`;
      case 'BAD_REQUEST':
        return error.message;
      case 'SERVICE_UNAVAILABLE':
        return `The server is busy or out of storage: ${error.message}`;
      case undefined:
        return 'The server cannot be reached (it may be restarting). Try again in a moment.';
      default:
        return `The server failed to do that (${data?.code ?? 'unknown error'}). Try again; if it persists, tell an admin.`;
    }
  }
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return 'Something went wrong.';
}
