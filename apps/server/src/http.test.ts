import { randomUUID } from 'node:crypto';
import net from 'node:net';

import { createTRPCClient, httpSubscriptionLink, TRPCClientError } from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AppRouter } from './root';
import type { StreamEvent } from './services/streamExchange';
import { ScriptedEngine } from './testing/ScriptedEngine';
import { startTestServer, type TestServer } from './testing/testServer';
import { transformer } from './transformer';

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

/** tRPC over raw HTTP, as curl would send it. */
async function raw(
  server: TestServer,
  path: string,
  opts: { method?: string; input?: unknown; apiKey?: string; body?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const method = opts.method ?? 'GET';
  const encoded = opts.input === undefined ? undefined : JSON.stringify(transformer.serialize(opts.input));
  const url =
    method === 'GET' && encoded ? `${server.url}${path}?input=${encodeURIComponent(encoded)}` : `${server.url}${path}`;
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
    ...(method === 'GET' ? {} : { body: opts.body ?? encoded ?? '' }),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}

describe('HTTP server end to end (real tRPC client, real SQLite file)', () => {
  let server: TestServer;
  let engine: ScriptedEngine;

  beforeAll(async () => {
    engine = new ScriptedEngine();
    server = await startTestServer({ engine });
  });
  afterAll(async () => server.close());

  it('runs the original flow: create a chat, send a message, read the timeline', async () => {
    const alice = server.client(server.alice.apiKey);
    const created = await alice.chat.create.mutate({ title: 'First' });
    expect(created.greeting.kind).toBe('greeting');
    const sent = await alice.chat.send.mutate({ chatId: created.chatId, text: 'Which events are in Singapore?' });
    expect(sent.assistantMessage.answer?.status).toBe('answered');
    const timeline = await alice.chat.get.query({ chatId: created.chatId });
    expect(timeline.messages.map((m) => m.id)).toEqual([
      created.greeting.id,
      sent.userMessage.id,
      sent.assistantMessage.id,
    ]);
    const list = await alice.chat.list.query({});
    expect(list.items[0]?.id).toBe(created.chatId);
    expect((await alice.auth.me.query({})).email).toBe('alice@example.test');
  });

  it('answers 401 without a key, with a wrong key and with a revoked key', async () => {
    expect((await failure(server.client(null).chat.list.query({}))).data?.httpStatus).toBe(401);
    expect((await failure(server.client('msd_not-a-real-key-at-all-0000000').chat.list.query({}))).data?.code).toBe(
      'UNAUTHORIZED',
    );
    const alice = server.client(server.alice.apiKey);
    const { apiKey, key } = await alice.keys.create.mutate({ name: 'temp' });
    expect((await server.client(apiKey).auth.me.query({})).id).toBe(server.alice.user.id);
    await alice.keys.revoke.mutate({ keyId: key.id });
    const error = await failure(server.client(apiKey).auth.me.query({}));
    expect(error.data?.httpStatus).toBe(401);
    expect(error.message).toMatch(/revoked/);
    expect((await server.client(null).health.query()).status).toBe('ok');
  });

  it("answers 404 for another user's chat, like a missing one", async () => {
    const alice = server.client(server.alice.apiKey);
    const bob = server.client(server.bob.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const other = await failure(bob.chat.get.query({ chatId }));
    const missing = await failure(bob.chat.get.query({ chatId: randomUUID() }));
    expect(other.data?.httpStatus).toBe(404);
    expect(missing.data?.httpStatus).toBe(404);
    expect((await failure(bob.chat.send.mutate({ chatId, text: 'mine now?' }))).data?.code).toBe('NOT_FOUND');
  });

  it('answers 403 to a user calling an admin procedure', async () => {
    const error = await failure(server.client(server.alice.apiKey).admin.users.list.query({}));
    expect(error.data?.httpStatus).toBe(403);
    const admin = server.client(server.admin.apiKey);
    expect((await admin.admin.users.list.query({})).items.length).toBeGreaterThanOrEqual(3);
  });

  it('returns the stored pair for a retried clientMessageId', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const calls = engine.calls.length;
    const [a, b] = await Promise.all([
      alice.chat.send.mutate({ chatId, text: 'Which events?', clientMessageId: 'retry-1' }),
      alice.chat.send.mutate({ chatId, text: 'Which events?', clientMessageId: 'retry-1' }),
    ]);
    const c = await alice.chat.send.mutate({ chatId, text: 'Which events?', clientMessageId: 'retry-1' });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(engine.calls.length - calls).toBe(1);
    expect((await alice.chat.get.query({ chatId })).messages).toHaveLength(3);
  });

  it('records a failing engine in the assistant message', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const sent = await alice.chat.send.mutate({ chatId, text: 'explode now' });
    expect(sent.assistantMessage.answer).toMatchObject({ status: 'failed', reason: { code: 'LLM_ERROR' } });
    expect(sent.assistantMessage.text).toMatch(/could not answer/);
  });

  it('streams progress then the stored message over SSE', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const events: StreamEvent[] = [];
    await new Promise<void>((resolve, reject) => {
      const sub = alice.chat.stream.subscribe(
        { chatId, text: 'Which events are in Germany?', clientMessageId: 'stream-1' },
        {
          onData: (event) => {
            events.push(event);
            if (event.type === 'stored') {
              sub.unsubscribe();
              resolve();
            }
          },
          onError: reject,
        },
      );
    });
    expect(events.map((e) => e.type)).toEqual(['understood', 'sql', 'rows', 'answer', 'stored']);
    const stored = events.at(-1);
    if (stored?.type !== 'stored') throw new Error('no stored event');
    expect(stored.exchange.assistantMessage.answer?.status).toBe('answered');
    // The same send path: the stream's clientMessageId is idempotent for chat.send too.
    const again = await alice.chat.send.mutate({
      chatId,
      text: 'Which events are in Germany?',
      clientMessageId: 'stream-1',
    });
    expect(again).toEqual(stored.exchange);
  });

  it('authenticates a stream by its apiKey connection parameter (for browsers: EventSource sends no headers)', async () => {
    const { chatId } = await server.client(server.alice.apiKey).chat.create.mutate({});
    const viaParams = createTRPCClient<AppRouter>({
      links: [
        httpSubscriptionLink({
          url: `${server.url}/trpc`,
          transformer,
          EventSource,
          connectionParams: { apiKey: server.alice.apiKey },
        }),
      ],
    });
    const types = await new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      const sub = viaParams.chat.stream.subscribe(
        { chatId, text: 'Which events?' },
        {
          onData: (e) => {
            seen.push(e.type);
            if (e.type === 'stored') {
              sub.unsubscribe();
              resolve(seen);
            }
          },
          onError: reject,
        },
      );
    });
    expect(types.at(-1)).toBe('stored');
  });

  it('reports a streaming error (NOT_FOUND) to the subscriber', async () => {
    const bob = server.client(server.bob.apiKey);
    const error = await new Promise<unknown>((resolve) => {
      const sub = bob.chat.stream.subscribe(
        { chatId: randomUUID(), text: 'hello' },
        {
          onData: () => undefined,
          onError: (e) => {
            sub.unsubscribe();
            resolve(e);
          },
        },
      );
    });
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe('NOT_FOUND');
  });

  it('answers 400 naming the field for bad input, storing nothing', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const before = server.count('messages');
    const cases: [unknown, string][] = [
      [{ chatId, text: '   ' }, 'text'],
      [{ chatId, text: 'x'.repeat(5000) }, 'text'],
      [{ chatId: 'nope', text: 'hi' }, 'chatId'],
      [{ chatId, text: 'hi', sneaky: 1 }, 'sneaky'],
      [{ chatId, text: ['hi'] }, 'text'],
    ];
    for (const [input, field] of cases) {
      const error = await failure(alice.chat.send.mutate(input as never));
      expect(error.data?.httpStatus).toBe(400);
      expect(error.message).toContain(field);
      const flat = error.data?.zodError;
      expect(flat).toBeTruthy();
      if (field !== 'sneaky') expect(Object.keys(flat?.fieldErrors ?? {})).toContain(field);
    }
    expect(server.count('messages')).toBe(before);
  });

  it('maps error codes to HTTP statuses for curl users', async () => {
    const alice = server.alice.apiKey;
    expect((await raw(server, '/trpc/chat.list', { input: {} })).status).toBe(401);
    expect((await raw(server, '/trpc/chat.list', { input: {}, apiKey: alice })).status).toBe(200);
    expect((await raw(server, '/trpc/admin.users.list', { input: {}, apiKey: alice })).status).toBe(403);
    expect((await raw(server, '/trpc/chat.get', { input: { chatId: randomUUID() }, apiKey: alice })).status).toBe(404);
    const bad = await raw(server, '/trpc/chat.create', { method: 'POST', input: { title: 7 }, apiKey: alice });
    expect(bad.status).toBe(400);
    expect(bad.body.error.json.message).toMatch(/title/);
    expect(bad.body.error.json.data.requestId).toBe(bad.headers.get('x-request-id'));
    expect((await raw(server, '/trpc/chat.create', { method: 'POST', body: '{not json', apiKey: alice })).status).toBe(
      400,
    );
    expect((await raw(server, '/trpc/no.such.procedure', { input: {}, apiKey: alice })).status).toBe(404);
    expect((await raw(server, '/trpc/chat.create', { method: 'GET', input: {}, apiKey: alice })).status).toBe(405);
    const health = await raw(server, '/healthz');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(health.headers.get('x-request-id')).toMatch(/.+/);
    expect((await raw(server, '/nowhere')).status).toBe(404);
    for (const p of [
      '/docs/constructor',
      '/docs/__proto__',
      '/docs/..%2Fpackage.json',
      '/export/constructor.csv',
      '/export/%%.csv',
      '/api/chats/%E0%A4%A',
      '/trpc/%%',
    ]) {
      expect((await raw(server, p)).status, p).toBeLessThan(500);
    }
  });

  it('serves the REST form under /api and its OpenAPI 3.1 document', async () => {
    const doc = await raw(server, '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/chats', '/chats/{chatId}', '/chats/{chatId}/messages', '/health']),
    );
    const headers = { authorization: `Bearer ${server.alice.apiKey}`, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/api/chats`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'REST' }),
    });
    expect(created.status).toBe(200);
    const { chatId } = (await created.json()) as { chatId: string };
    const sent = await fetch(`${server.url}/api/chats/${chatId}/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: 'Which events?' }),
    });
    expect(sent.status).toBe(200);
    const timeline = (await (await fetch(`${server.url}/api/chats/${chatId}`, { headers })).json()) as {
      messages: unknown[];
    };
    expect(timeline.messages).toHaveLength(3);
    expect((await fetch(`${server.url}/api/chats/${chatId}`)).status).toBe(401);
    const bobHeaders = { authorization: `Bearer ${server.bob.apiKey}` };
    expect((await fetch(`${server.url}/api/chats/${chatId}`, { headers: bobHeaders })).status).toBe(404);
    expect((await fetch(`${server.url}/api/chats/not-an-id`, { headers })).status).toBe(400);
    const list = (await (await fetch(`${server.url}/api/chats?limit=1`, { headers })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    // The CSV download of an answer's full result.
    const messageId = ((await sent.json()) as { assistantMessage: { id: string } }).assistantMessage.id;
    const csv = await fetch(`${server.url}/export/${messageId}.csv`, { headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\r\n')[0]).toBe('name,country');
    expect((await fetch(`${server.url}/export/${messageId}.csv`)).status).toBe(401);
    expect((await fetch(`${server.url}/export/${messageId}.csv`, { headers: bobHeaders })).status).toBe(404);
    expect((await fetch(`${server.url}/export/nope.csv`, { headers })).status).toBe(400);
  });
});

describe('HTTP limits (429 with Retry-After, nothing stored)', () => {
  it('rate limit', async () => {
    const server = await startTestServer({ limits: { rateLimitPerMinute: 1 } });
    try {
      const alice = server.client(server.alice.apiKey);
      const { chatId } = await alice.chat.create.mutate({});
      await alice.chat.send.mutate({ chatId, text: 'one' });
      const before = server.count('messages');
      const res = await raw(server, '/trpc/chat.send', {
        method: 'POST',
        input: { chatId, text: 'two' },
        apiKey: server.alice.apiKey,
      });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.body.error.json.data.retryAfterSeconds).toBeGreaterThan(0);
      expect(server.count('messages')).toBe(before);
    } finally {
      await server.close();
    }
  });

  it('a stream resumed with lastEventId is not refused for the rate (it replays, no engine work); a new one is', async () => {
    const server = await startTestServer({ limits: { rateLimitPerMinute: 1 } });
    try {
      const alice = server.client(server.alice.apiKey);
      const { chatId } = await alice.chat.create.mutate({});
      const follow = (input: { chatId: string; text: string; lastEventId?: string }) =>
        new Promise<StreamEvent[]>((resolve, reject) => {
          const events: StreamEvent[] = [];
          const sub = alice.chat.stream.subscribe(input, {
            onData: (event) => {
              events.push(event);
              if (event.type === 'stored') {
                sub.unsubscribe();
                resolve(events);
              }
            },
            onError: (error) => {
              sub.unsubscribe();
              reject(error);
            },
          });
        });
      const text = 'Which events are in Germany?';
      const first = await follow({ chatId, text });
      const resumed = await follow({ chatId, text, lastEventId: first[0]!.eventId });
      expect(resumed.map((e) => e.eventId)).toEqual(first.slice(1).map((e) => e.eventId));
      const refused = await failure(follow({ chatId, text: 'Which events are in France?' }));
      expect(refused.data?.httpStatus).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('monthly quota', async () => {
    const server = await startTestServer({ limits: { monthlyMessageQuota: 1 } });
    try {
      const alice = server.client(server.alice.apiKey);
      const { chatId } = await alice.chat.create.mutate({});
      await alice.chat.send.mutate({ chatId, text: 'one' });
      const before = server.count('messages');
      const error = await failure(alice.chat.send.mutate({ chatId, text: 'two' }));
      expect(error.data?.httpStatus).toBe(429);
      expect(error.data?.retryAfterSeconds).toBeGreaterThan(0);
      expect(server.count('messages')).toBe(before);
    } finally {
      await server.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const engine = new ScriptedEngine();
    const server = await startTestServer({ engine });
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    engine.hold();
    const inFlight = alice.chat.send.mutate({ chatId, text: 'a slow one' });
    // Closing starts once the request is in flight (with the engine), however slowly it got there.
    await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
    const closing = server.http.close(5000);
    await new Promise((r) => setTimeout(r, 50));
    engine.release();
    const done = await inFlight;
    expect(done.assistantMessage.answer?.status).toBe('answered');
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    server.cleanup();
  });
});

describe('keep-alive', () => {
  it('answers a request that reaches an idle connection as its idle timeout fires, rather than resetting it', async () => {
    const server = await startTestServer({ engine: new ScriptedEngine() });
    const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
    try {
      // A short idle timeout keeps the stall below short; the raw socket, unlike undici, reuses the connection anyway.
      server.http.server.keepAliveTimeout = 200;
      let received = '';
      const closed = new Promise<string>((resolve) => {
        socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
        socket.on('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
        socket.on('close', () => resolve('closed'));
      });
      const responses = () => received.split('HTTP/1.1 ').length - 1;
      const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
      socket.write(request);
      await vi.waitFor(() => expect(received).toContain('{"status":"ok"}'));
      // The client sends its next request, then the loop stalls past the idle timeout (a busy loop here; a loaded
      // machine, or in the fuzz test the client's own synchronous work, since it shares the event loop with the
      // server): the server's idle timer is then due in the timers phase, before the poll phase reads the request.
      socket.write(request);
      // Node ends an idle connection 1 s after the timeout it announces: stall past both.
      const stalledUntil = Date.now() + 200 + 1_000 + 500;
      while (Date.now() < stalledUntil) received += '';
      const ended = await Promise.race([closed, vi.waitFor(() => expect(responses()).toBe(2)).then(() => null)]);
      expect(received.match(/HTTP\/1\.1 \d+/g), `connection ended first: ${ended}`).toEqual([
        'HTTP/1.1 200',
        'HTTP/1.1 200',
      ]);
      // Still closed once idle for good.
      expect(await closed).toBe('closed');
    } finally {
      socket.destroy();
      await server.close();
    }
  });
});
