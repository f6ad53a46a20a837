import type http from 'node:http';

import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';

import { mapError } from './errorMap';
import { createCaller } from './root';
import type { Context } from './trpc';

/**
 * `GET /export/<messageId>.csv`: an answer's full result as a CSV download, for curl users and
 * links — the same procedure (and access rules) as `chat.exportCsv`.
 */
export async function csvDownload(res: http.ServerResponse, ctx: Context, messageId: string): Promise<void> {
  try {
    const out = await createCaller(ctx).chat.exportCsv({ messageId });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${out.filename}"`,
    });
    res.end(out.csv);
  } catch (error) {
    const mapped = mapError(error);
    const trpcError =
      mapped instanceof TRPCError ? mapped : new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: error });
    const internal = trpcError.code === 'INTERNAL_SERVER_ERROR';
    if (internal) ctx.logger.error({ err: trpcError.cause ?? trpcError }, 'CSV export failed');
    res.writeHead(getHTTPStatusCodeFromError(trpcError), { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: trpcError.code, message: internal ? 'Internal server error' : trpcError.message }));
  }
}
