import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { createHTTPHandler } from '@trpc/server/adapters/standalone';

import { DOCS_HTML, docsAsset } from './docsPage';
import type { Logger } from './logger';
import { csvDownload } from './csvDownload';
import { appRouter } from './root';
import type { AppServices } from './services/AppServices';
import { createHttpContextFactory, retryAfterOf } from './trpc';
import { createWebApp } from './webApp';

export interface HttpServer {
  server: http.Server;
  /** `http://host:port` once listening. */
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes remaining connections. */
  close(graceMs?: number): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The HTTP face of the API: `/trpc` (tRPC: queries GET, mutations POST, subscriptions SSE),
 * `/api` (REST form), `/openapi.json` + `/docs` (Swagger UI), `/panel` (tRPC panel), `/healthz`.
 */
export function createHttpServer(opts: {
  services: AppServices;
  logger: Logger;
  /** The built browser app (`apps/web/dist`), served at `/` when it exists. */
  webDir?: string;
}): http.Server {
  const { services, logger } = opts;
  const webApp = opts.webDir ? createWebApp(opts.webDir) : null;
  const createContext = createHttpContextFactory(services);

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext,
    maxBodySize: 1_000_000,
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
        maxBodySize: 1_000_000,
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
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          method: req.method,
          url: req.url?.split('?')[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;

    const handle = async (): Promise<void> => {
      if (p === '/healthz') {
        try {
          services.store.db.prepare('SELECT 1').get();
          return json(res, 200, { status: 'ok' });
        } catch {
          return json(res, 503, { status: 'unavailable' });
        }
      }
      if (p === '/trpc' || p.startsWith('/trpc/')) return trpc(req, res);
      if (p === '/api' || p.startsWith('/api/')) {
        req.url = (req.url ?? '/').slice('/api'.length) || '/';
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
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
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
