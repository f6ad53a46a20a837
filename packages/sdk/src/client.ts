import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCClient } from '@trpc/client';
import { EventSource as NodeCompatibleEventSource, type FetchLike } from 'eventsource';
import superjson from 'superjson';

import { createAskHelpers, type AskHelpers } from './ask';
import type { AppRouter } from './types';

/** A `fetch` implementation (the global one, undici's, or a test double). */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** An `EventSource` class that accepts a `fetch` option (the `eventsource` package's API). */
export type EventSourceClass = typeof NodeCompatibleEventSource;

export interface MusaeidClientOptions {
  /** The server's base URL, e.g. `http://localhost:3000`; `/trpc` is appended unless the URL already ends with it. */
  url: string;
  /** An API key (`musaeid users create` or `keys.create` prints one); sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** The `fetch` to use for every request, including the event stream. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /**
   * The `EventSource` class for subscriptions. Default: the `eventsource` package's, which works in
   * Node 20 and in browsers and, unlike the browser's own, can send the `Authorization` header.
   */
  EventSource?: EventSourceClass;
}

/**
 * The Musaeid client: every procedure of the API (`client.chat.send.mutate(...)`,
 * `client.usage.summary.query(...)`, `client.chat.stream.subscribe(...)`) plus the {@link AskHelpers}
 * `ask` and `askStream`.
 */
export type MusaeidClient = TRPCClient<AppRouter> & AskHelpers;

/**
 * Creates a typed client for a Musaeid server.
 *
 * Queries and mutations are batched over HTTP (`httpBatchLink`), subscriptions use server-sent
 * events (`httpSubscriptionLink`); both carry the API key and use superjson, as the server does.
 *
 * @example
 * ```ts
 * import { createMusaeidClient } from '@musaeid/sdk';
 *
 * const client = createMusaeidClient({ url: 'http://localhost:3000', apiKey: process.env.MUSAEID_API_KEY! });
 * const { chatId, message } = await client.ask('How many events are there in Singapore?');
 * console.log(message.text);
 * ```
 */
export function createMusaeidClient(options: MusaeidClientOptions): MusaeidClient {
  const url = trpcEndpoint(options.url);
  const authorization = `Bearer ${options.apiKey}`;
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const EventSourceImpl = options.EventSource ?? NodeCompatibleEventSource;
  const eventSourceFetch: FetchLike = (input, init) =>
    baseFetch(input, { ...init, headers: { ...init.headers, Authorization: authorization } });

  const trpc = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          EventSource: EventSourceImpl,
          eventSourceOptions: { fetch: eventSourceFetch },
        }),
        false: httpBatchLink({
          url,
          transformer: superjson,
          maxURLLength: 2083,
          fetch: baseFetch,
          headers: () => ({ Authorization: authorization }),
        }),
      }),
    ],
  });

  const helpers = createAskHelpers(trpc);
  return new Proxy(trpc, {
    get(target, property, receiver) {
      if (typeof property === 'string' && Object.hasOwn(helpers, property))
        // The helpers are arrow functions (no `this`), so handing them out unbound is safe.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        return helpers[property as keyof AskHelpers] as unknown;
      return Reflect.get(target, property, receiver) as unknown;
    },
  }) as MusaeidClient;
}

/** `http://host:3000` -> `http://host:3000/trpc`; a URL that already ends with `/trpc` is kept. */
function trpcEndpoint(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return /\/trpc$/.test(trimmed) ? trimmed : `${trimmed}/trpc`;
}
