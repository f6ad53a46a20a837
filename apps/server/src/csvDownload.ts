import type http from 'node:http';
import { once } from 'node:events';

import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';

import { mapError } from './errorMap';
import { InvalidRequestError, UnauthenticatedError } from './errors';
import { idSchema } from './schemas';
import type { Context } from './trpc';

const MISSING_KEY = { message: 'an API key is required (Authorization: Bearer <key>)', reason: null };

/**
 * `GET /export/<messageId>.csv`: an answer's whole result as a CSV download, for curl users and links, with the
 * access rules of `chat.exportCsv`. Streamed a page at a time as the engine reads it (memory stays one page,
 * however many rows): an error before the first byte is a JSON error response; one after it (the status is sent)
 * ends the connection without the final CRLF-terminated chunk, so a client sees a cut download, never a short
 * file that looks whole.
 */
export async function csvDownload(res: http.ServerResponse, ctx: Context, messageId: string): Promise<void> {
  let started = false;
  try {
    if (!ctx.user) {
      const problem = ctx.authProblem ?? MISSING_KEY;
      throw new UnauthenticatedError(problem.message, problem.reason);
    }
    if (!idSchema.safeParse(messageId).success) throw new InvalidRequestError('messageId: expected an id (UUID)');
    for await (const chunk of ctx.services.results.csv(ctx.user.id, messageId)) {
      if (!started) {
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="musaeid-${messageId}.csv"`,
        });
        started = true;
      }
      if (!res.write(chunk.text)) await once(res, 'drain');
    }
    res.end();
  } catch (error) {
    const mapped = mapError(error);
    const trpcError =
      mapped instanceof TRPCError ? mapped : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
    const internal = trpcError.code === 'INTERNAL_SERVER_ERROR';
    if (internal || started) ctx.logger.error({ err: trpcError.cause ?? trpcError }, 'CSV export failed');
    if (started) return void res.destroy();
    res.writeHead(getHTTPStatusCodeFromError(trpcError), { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: trpcError.code, message: internal ? 'Internal server error' : trpcError.message }));
  }
}
