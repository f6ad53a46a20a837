import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { TRPCError } from '@trpc/server';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';

import { DOCS_HTML, docsAsset } from './docsPage';
import { retryAfterOf, toTRPCError } from './errorMap';
import { sendError } from './errorResponse';
import { InvalidRequestError, MalformedJsonError, ShuttingDownError, UnauthenticatedError } from './errors';
import type { Logger } from './logger';
import { csvDownload } from './csvDownload';
import { appRouter } from './root';
import type { AppServices } from './services/AppServices';
import { createHttpContextFactory } from './trpc';
import { createWebApp } from './webApp';

export interface HttpServer {
  server: http.Server;
  /** `http://host:port` once listening. */
  url: string;
  /**
   * Stops accepting, lets in-flight requests finish (up to `graceMs`), answers those still running
   * with a 503 and a retry hint (SHUTTING_DOWN), then closes the remaining connections.
   */
  close(graceMs?: number): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const MAX_BODY_BYTES = 1_000_000;
/** What a client is told to wait before retrying a request the stopping server could not finish. */
const SHUTDOWN_RETRY_AFTER_SECONDS = 5;

/** A request being served, as the shutdown needs it to answer in its form. */
interface Inflight {
  res: http.ServerResponse;
  form: 'rest' | 'trpc' | 'other';
  requestId: string;
  /** Calls in a tRPC batch (`?batch=1`): the error answer holds one envelope per call. */
  batchSize: number | undefined;
}

/** The requests of one server and whether it is stopping (read by `listen`'s close). */
interface Lifecycle {
  inflight: Set<Inflight>;
  closing: boolean;
}
const lifecycles = new WeakMap<http.Server, Lifecycle>();

/** The REST routes: which procedure a method and path reach, with the path's parameters (`{chatId}`). */
const restRoute = (() => {
  const routes: { method: string; pattern: RegExp; names: string[]; procedure: string; protect: boolean }[] = [];
  for (const [procedure, def] of Object.entries(appRouter._def.procedures)) {
    const openapi = (def as { _def: { meta?: { openapi?: { method: string; path: string; protect?: boolean } } } })._def
      .meta?.openapi;
    if (!openapi) continue;
    const names = [...openapi.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const pattern = new RegExp(`^${openapi.path.replace(/\{\w+\}/g, '([^/]+)')}/?$`);
    routes.push({ method: openapi.method, pattern, names, procedure, protect: openapi.protect !== false });
  }
  return (
    method: string,
    path: string,
  ): { procedure: string; params: Record<string, string>; protect: boolean } | null => {
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(path) : null;
      if (!match) continue;
      try {
        const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]));
        return { procedure: route.procedure, params, protect: route.protect };
      } catch {
        return null; // malformed encoding: the REST handler answers it
      }
    }
    return null;
  };
})();

/** Reads a request body up to `limit` bytes (null when larger). */
async function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The REST form's JSON body, read here rather than by trpc-to-openapi (which answers malformed
 * JSON with a 500): malformed JSON is a 400 with the same message as on `/trpc`, a too-large body a
 * 413, and a body field that names a path parameter (`chatId`) must agree with the path. Returns
 * the error to answer, or null with `req.body` set.
 */
async function prepareRestBody(
  req: http.IncomingMessage,
  method: string,
  params: Record<string, string>,
): Promise<TRPCError | null> {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) return null; // 415 there
  const text = await readBody(req, MAX_BODY_BYTES);
  if (text === null)
    return new TRPCError({
      code: 'PAYLOAD_TOO_LARGE',
      message: `Request body too large (limit ${MAX_BODY_BYTES} bytes)`,
    });
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (error) {
    return toTRPCError(new MalformedJsonError((error as Error).message));
  }
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    for (const [name, value] of Object.entries(params)) {
      const given = (body as Record<string, unknown>)[name];
      if (given !== undefined && given !== value) {
        return toTRPCError(
          new InvalidRequestError(
            `${name}: the body says ${JSON.stringify(given)} but the path says ${JSON.stringify(value)}; leave it out of the body or make them agree`,
            'PATH_BODY_MISMATCH',
          ),
        );
      }
    }
  }
  (req as http.IncomingMessage & { body?: unknown }).body = body;
  return null;
}

const CORS_METHODS = 'GET, POST, PATCH, DELETE, OPTIONS';
const CORS_HEADERS = 'authorization, content-type, x-request-id, last-event-id, trpc-accept';

/**
 * CORS for browsers on the allowed origins (`MUSAEID_CORS_ORIGINS`; none by default: no headers
 * at all). Returns true when it answered the request (a preflight).
 */
function applyCors(req: http.IncomingMessage, res: http.ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (allowed.length === 0 || typeof origin !== 'string') return false;
  const ok = allowed.includes('*') || allowed.includes(origin);
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!ok) {
    if (!preflight) return false; // served without CORS headers: the browser withholds the response
    json(res, 403, { error: 'FORBIDDEN', message: `Origin ${origin} is not allowed (MUSAEID_CORS_ORIGINS)` });
    return true;
  }
  res.setHeader('access-control-allow-origin', allowed.includes('*') ? '*' : origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
  if (!preflight) return false;
  res.writeHead(204, {
    'access-control-allow-methods': CORS_METHODS,
    'access-control-allow-headers': CORS_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}

/**
 * Answers a request the stopping server cannot finish with a 503 and a retry hint, in its form;
 * whatever its handler writes afterwards is dropped (the handler still runs to its end, so an
 * answer being computed is still stored). A response already streaming can only be cut.
 */
function answerUnfinished(entry: Inflight): void {
  const { res } = entry;
  if (res.writableEnded) return;
  if (res.headersSent || entry.form === 'other') {
    res.destroy();
    return;
  }
  const error = toTRPCError(new ShuttingDownError(SHUTDOWN_RETRY_AFTER_SECONDS)) as TRPCError;
  sendError(res, error, {
    form: entry.form,
    requestId: entry.requestId,
    ...(entry.batchSize === undefined ? {} : { batchSize: entry.batchSize }),
  });
  res.setHeader = () => res;
  res.writeHead = () => res;
  res.write = () => true;
  res.end = () => res;
  res.flushHeaders = () => undefined;
}

/**
 * Ends a connection whose idle (keep-alive) timer ran out, unless its client sent something meanwhile.
 * Node's own handling destroys the socket right in the timers phase, before the poll phase has read a
 * request the client may already have written on it: a client whose clock ran late (a busy event loop;
 * undici counts idle time in timer ticks, which fall behind the wall clock under load) or one whose
 * request crossed the timeout. Destroying a socket with unread data sends a reset, so that request
 * fails with ECONNRESET although the server never saw it. Deciding after the poll phase (setImmediate)
 * lets such a request be read and answered; a connection that stays silent is ended as before.
 */
function closeIfStillIdle(socket: Socket): void {
  const bytesRead = socket.bytesRead;
  setImmediate(() => {
    if (socket.bytesRead === bytesRead) socket.destroy();
  });
}

/**
 * The HTTP face of the API: `/trpc` (tRPC: queries GET, mutations POST, subscriptions SSE),
 * `/api` (REST form), `/openapi.json` + `/docs` (Swagger UI), `/panel` (tRPC panel), `/healthz`.
 */
export function createHttpServer(opts: {
  services: AppServices;
  logger: Logger;
  /** Browser origins allowed to call the API (CORS); empty or absent: none. */
  corsOrigins?: readonly string[];
  /** The built browser app (`apps/web/dist`), served at `/` when it exists. */
  webDir?: string;
}): http.Server {
  const { services, logger } = opts;
  const corsOrigins = opts.corsOrigins ?? [];
  const lifecycle: Lifecycle = { inflight: new Set(), closing: false };
  const webApp = opts.webDir ? createWebApp(opts.webDir) : null;
  const createContext = createHttpContextFactory(services);

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext,
    maxBodySize: MAX_BODY_BYTES,
    responseMeta({ errors }) {
      const wait = errors.map(retryAfterOf).find((w) => w !== null);
      return wait ? { headers: { 'retry-after': String(wait) } } : {};
    },
    onError({ error, path, ctx, type }) {
      const log = ctx?.logger ?? logger;
      if (error.code === 'INTERNAL_SERVER_ERROR')
        log.error({ err: error.cause ?? error, path, type }, 'procedure failed');
      else log.debug({ code: error.code, path, type, message: error.message }, 'procedure refused');
    },
  });

  // The REST form and its document load on first use: trpc-to-openapi is not needed to start.
  let rest: Promise<(req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>> | null = null;
  const restHandler = () =>
    (rest ??= import('trpc-to-openapi').then(({ createOpenApiHttpHandler }) =>
      createOpenApiHttpHandler({
        router: appRouter,
        createContext: ({ req, res }) => createContext({ req, res, info: { connectionParams: null } as never }),
        maxBodySize: MAX_BODY_BYTES,
        responseMeta: ({ errors }) => {
          const wait = errors.map(retryAfterOf).find((w) => w !== null);
          return wait ? { headers: { 'retry-after': String(wait) } } : {};
        },
        onError: ({ error, path }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR')
            logger.error({ err: error.cause ?? error, path }, 'REST procedure failed');
        },
      }),
    ));

  let panelHtml: string | null = null;

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    const form =
      p === '/api' || p.startsWith('/api/') ? 'rest' : p === '/trpc' || p.startsWith('/trpc/') ? 'trpc' : 'other';
    const entry: Inflight = {
      res,
      form,
      requestId,
      batchSize: form === 'trpc' && url.searchParams.get('batch') === '1' ? p.split(',').length : undefined,
    };
    lifecycle.inflight.add(entry);
    res.on('close', () => lifecycle.inflight.delete(entry));
    res.on('finish', () => {
      // The path as the client sent it (the REST handler sees it without its `/api` prefix).
      logger.info(
        { requestId, method: req.method, url: p, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });
    if (lifecycle.closing) {
      res.setHeader('connection', 'close');
      answerUnfinished(entry);
      return;
    }
    if (applyCors(req, res, corsOrigins)) return;

    const handle = async (): Promise<void> => {
      if (p === '/healthz') {
        return (await services.store.ping())
          ? json(res, 200, { status: 'ok' })
          : json(res, 503, { status: 'unavailable' });
      }
      if (p === '/trpc' || p.startsWith('/trpc/')) return trpc(req, res);
      if (form === 'rest') {
        req.url = (req.url ?? '/').slice('/api'.length) || '/';
        const route = restRoute(req.method ?? 'GET', p.slice('/api'.length) || '/');
        const invalid = await prepareRestBody(req, req.method ?? 'GET', route?.params ?? {});
        if (invalid) {
          // A caller without a valid key hears that first, whatever its body, as on /trpc.
          const ctx =
            route?.protect === false
              ? null
              : await createContext({ req, res, info: { connectionParams: null } as never });
          const refusal =
            (ctx && !ctx.user && ctx.authProblem
              ? toTRPCError(new UnauthenticatedError(ctx.authProblem.message, ctx.authProblem.reason))
              : null) ?? invalid;
          return sendError(res, refusal, { form: 'rest', requestId, ...(route ? { path: route.procedure } : {}) });
        }
        return (await restHandler())(req, res);
      }
      const csv = /^\/export\/([^/]+)\.csv$/.exec(p);
      if (csv && req.method === 'GET') {
        const ctx = await createContext({ req, res, info: { connectionParams: null } as never });
        let messageId: string;
        try {
          messageId = decodeURIComponent(csv[1] ?? '');
        } catch {
          return json(res, 400, { error: 'BAD_REQUEST', message: 'messageId: malformed URL encoding' });
        }
        return csvDownload(res, ctx, messageId);
      }
      if (p === '/openapi.json') return json(res, 200, (await import('./openapi')).openApiDocument());
      if (p === '/docs' || p === '/docs/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(DOCS_HTML);
      }
      if (p.startsWith('/docs/')) {
        const asset = await docsAsset(p.slice('/docs/'.length));
        if (!asset) return json(res, 404, { error: 'NOT_FOUND', message: `No route ${p}` });
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
        return void res.end(asset.body);
      }
      if (p === '/panel' || p === '/panel/') {
        if (panelHtml === null) {
          const { renderTrpcPanel } = await import('trpc-ui-zod4');
          panelHtml = renderTrpcPanel(appRouter, {
            url: '/trpc',
            transformer: 'superjson',
            meta: {
              title: 'Musaeid API',
              description: 'Set your API key with the **Headers** button: `Authorization` = `Bearer <key>`.',
            },
          });
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(panelHtml);
      }
      if (p === '/favicon.ico') {
        res.writeHead(204);
        return void res.end();
      }
      const file = webApp && (req.method === 'GET' || req.method === 'HEAD') ? await webApp(p) : null;
      if (file) {
        res.writeHead(200, { 'content-type': file.type, 'cache-control': file.cacheControl });
        return void res.end(req.method === 'HEAD' ? undefined : file.body);
      }
      if (p === '/') {
        return json(res, 200, {
          name: 'Musaeid',
          trpc: '/trpc',
          rest: '/api',
          openapi: '/openapi.json',
          docs: '/docs',
          panel: '/panel',
          health: '/healthz',
        });
      }
      return json(res, 404, { error: 'NOT_FOUND', message: `No route ${p}` });
    };

    handle().catch((error: unknown) => {
      logger.error({ err: error, requestId }, 'unhandled request error');
      if (!res.headersSent) json(res, 500, { error: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('timeout', closeIfStillIdle);
  lifecycles.set(server, lifecycle);
  return server;
}

/** Listens and returns the server with its URL and a graceful `close`. */
export async function listen(server: http.Server, port: number, host: string): Promise<HttpServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        const lifecycle = lifecycles.get(server);
        if (lifecycle) lifecycle.closing = true;
        const timer = setTimeout(() => {
          for (const entry of lifecycle?.inflight ?? []) answerUnfinished(entry);
          // Let the 503s reach their clients before the sockets go.
          setTimeout(() => server.closeAllConnections(), 50).unref();
        }, graceMs);
        timer.unref();
        // Keep-alive connections become idle as their in-flight request ends: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        sweep.unref();
        server.close(() => {
          clearTimeout(timer);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
