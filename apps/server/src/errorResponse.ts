import type http from 'node:http';

import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';

import { retryAfterOf } from './errorMap';
import { appRouter } from './root';
import { transformer } from './transformer';

/**
 * Answers `error` for a request the procedures never saw (a malformed body, a server shutting
 * down) with the body each form gives for any other error: `/api` the REST error object,
 * `/trpc` the tRPC envelope (one per call of a batch). The shape comes from the router's own error
 * formatter, so `data.reason`, `data.requestId` and `data.retryAfterSeconds` are there as usual.
 */
export function sendError(
  res: http.ServerResponse,
  error: TRPCError,
  opts: { form: 'rest' | 'trpc'; requestId: string; path?: string; batchSize?: number },
): void {
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'unknown',
    path: opts.path,
    input: undefined,
    ctx: { requestId: opts.requestId } as never,
  });
  const envelope = { error: transformer.serialize(shape) };
  const body =
    opts.form === 'rest'
      ? { ...shape, code: error.code }
      : opts.batchSize === undefined
        ? envelope
        : Array.from({ length: opts.batchSize }, () => envelope);
  const retryAfter = retryAfterOf(error);
  res.writeHead(getHTTPStatusCodeFromError(error), {
    'content-type': 'application/json; charset=utf-8',
    ...(retryAfter === null ? {} : { 'retry-after': String(retryAfter) }),
  });
  res.end(JSON.stringify(body));
}
