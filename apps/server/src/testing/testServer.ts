import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCClient } from '@trpc/client';
import { EventSource } from 'eventsource';

import { createHttpServer, listen, type HttpServer } from '../http';
import type { Logger } from '../logger';
import type { AppRouter } from '../root';
import { transformer } from '../transformer';
import { createTestApp, type TestApp } from './testApp';

export interface TestServer extends TestApp {
  http: HttpServer;
  url: string;
  client(apiKey: string | null): TRPCClient<AppRouter>;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, port 0, over a test app. */
export async function startTestServer(
  opts: Parameters<typeof createTestApp>[0] & { corsOrigins?: string[]; logger?: Logger } = {},
): Promise<TestServer> {
  const app = await createTestApp(opts);
  const http = await listen(
    createHttpServer({
      services: app.services,
      logger: opts.logger ?? app.services.logger,
      ...(opts.corsOrigins ? { corsOrigins: opts.corsOrigins } : {}),
    }),
    0,
    '127.0.0.1',
  );
  const client = (apiKey: string | null) =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === 'subscription',
          true: httpSubscriptionLink({
            url: `${http.url}/trpc`,
            transformer,
            EventSource,
            eventSourceOptions: {
              fetch: (input, init) =>
                fetch(input, {
                  ...init,
                  headers: {
                    ...(init?.headers as Record<string, string>),
                    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
                  },
                }),
            },
          }),
          false: httpBatchLink({
            url: `${http.url}/trpc`,
            transformer,
            headers: () => (apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
          }),
        }),
      ],
    });
  return {
    ...app,
    http,
    url: http.url,
    client,
    close: async () => {
      await http.close(1000);
      app.cleanup();
    },
  };
}
