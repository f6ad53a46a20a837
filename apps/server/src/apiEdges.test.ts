/**
 * The edges of the API an API user runs into (issue 14), each over real HTTP against a real
 * server on 127.0.0.1 with a real SQLite file: malformed JSON, idempotency conflicts, rate limit
 * versus quota, timeline pages, shutdown, CORS, keys, the OpenAPI document and bad credentials.
 */
import { randomUUID } from 'node:crypto';

import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createHttpServer, listen } from './http';
import type { AppRouter } from './root';
import { ScriptedEngine } from './testing/ScriptedEngine';
import { createTestApp } from './testing/testApp';
import { startTestServer, type TestServer } from './testing/testServer';

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** One HTTP request as curl would send it; the body as given (a string is sent verbatim). */
async function request(
  url: string,
  opts: { method?: string; body?: unknown; authorization?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const res = await fetch(url, {
    method: opts.method ?? 'GET',
    headers: {
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(opts.authorization ? { authorization: opts.authorization } : {}),
      ...opts.headers,
    },
    ...(opts.body === undefined ? {} : { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }),
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

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

describe('API edges over real HTTP', () => {
  let server: TestServer;
  let engine: ScriptedEngine;
  let bearer: string;

  beforeAll(async () => {
    engine = new ScriptedEngine();
    server = await startTestServer({ engine });
    bearer = `Bearer ${server.alice.apiKey}`;
  });
  afterAll(async () => server.close());

  it('answers malformed JSON with 400 and the same message on /api and /trpc (not 500)', async () => {
    const rest = await request(`${server.url}/api/chats`, {
      method: 'POST',
      body: '{"title": ',
      authorization: bearer,
    });
    const trpc = await request(`${server.url}/trpc/chat.create`, {
      method: 'POST',
      body: '{"title": ',
      authorization: bearer,
    });
    expect(rest.status).toBe(400);
    expect(trpc.status).toBe(400);
    const trpcError = trpc.body.error.json;
    expect(rest.body.message).toMatch(/^Malformed JSON in the request body: /);
    expect(trpcError.message).toBe(rest.body.message);
    expect(rest.body).toMatchObject({ code: 'BAD_REQUEST', data: { code: 'BAD_REQUEST', reason: 'MALFORMED_JSON' } });
    expect(trpcError.data).toMatchObject({ code: 'BAD_REQUEST', reason: 'MALFORMED_JSON' });
    expect(Object.keys(rest.body.data).sort()).toEqual(Object.keys(trpcError.data).sort());
    expect(server.count('chats')).toBe(0);
    // Without a valid key both forms say so first (401), whatever the body.
    for (const authorization of [undefined, 'Bearer msd_not-a-key']) {
      const headers = authorization ? { authorization } : {};
      const restNoKey = await request(`${server.url}/api/chats`, { method: 'POST', body: '{"title": ', ...headers });
      const trpcNoKey = await request(`${server.url}/trpc/chat.create`, {
        method: 'POST',
        body: '{"title": ',
        ...headers,
      });
      expect([restNoKey.status, trpcNoKey.status]).toEqual([401, 401]);
      expect(restNoKey.body.message).toBe(trpcNoKey.body.error.json.message);
    }
  });

  it('answers a clientMessageId reused with another text with 409 naming the id', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const first = await alice.chat.send.mutate({ chatId, text: 'Which events?', clientMessageId: 'dup-1' });
    const again = await alice.chat.send.mutate({ chatId, text: 'Which events?', clientMessageId: 'dup-1' });
    expect(again).toEqual(first);
    const conflict = await failure(
      alice.chat.send.mutate({ chatId, text: 'Which companies?', clientMessageId: 'dup-1' }),
    );
    expect(conflict.data).toMatchObject({ code: 'CONFLICT', httpStatus: 409, reason: 'CLIENT_MESSAGE_ID_CONFLICT' });
    expect(conflict.message).toContain('dup-1');
    const rest = await request(`${server.url}/api/chats/${chatId}/messages`, {
      method: 'POST',
      body: { text: 'Which people?', clientMessageId: 'dup-1' },
      authorization: bearer,
    });
    expect(rest.status).toBe(409);
    expect(rest.body.data.reason).toBe('CLIENT_MESSAGE_ID_CONFLICT');
    expect((await alice.chat.get.query({ chatId })).messages).toHaveLength(3);
  });

  it('rejects a REST body chatId that differs from the path', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const other = randomUUID();
    const rest = await request(`${server.url}/api/chats/${chatId}/messages`, {
      method: 'POST',
      body: { chatId: other, text: 'Which events?' },
      authorization: bearer,
    });
    expect(rest.status).toBe(400);
    expect(rest.body.data.reason).toBe('PATH_BODY_MISMATCH');
    expect(rest.body.message).toContain(other);
    const same = await request(`${server.url}/api/chats/${chatId}/messages`, {
      method: 'POST',
      body: { chatId, text: 'Which events?' },
      authorization: bearer,
    });
    expect(same.status).toBe(200);
  });

  it('pages chat.get (newest last, cursor to earlier pages) on both forms', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    for (const text of ['one?', 'two?', 'three?']) await alice.chat.send.mutate({ chatId, text });
    const all: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await alice.chat.get.query({ chatId, limit: 3, ...(cursor ? { cursor } : {}) });
      const seqs = page.messages.map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b)); // newest last within a page
      sizes.push(page.messages.length);
      all.unshift(...page.messages.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    const whole = await alice.chat.get.query({ chatId });
    expect(whole.nextCursor).toBeNull();
    expect(whole.messages.map((m) => m.id)).toEqual(all);
    const rest = await request(`${server.url}/api/chats/${chatId}?limit=2`, { authorization: bearer });
    expect(rest.status).toBe(200);
    expect(rest.body.messages.map((m: { id: string }) => m.id)).toEqual(all.slice(-2));
    expect(typeof rest.body.nextCursor).toBe('string');
    // A cursor of another chat is refused rather than silently applied.
    const { chatId: otherChat } = await alice.chat.create.mutate({});
    const wrong = await failure(alice.chat.get.query({ chatId: otherChat, cursor: rest.body.nextCursor }));
    expect(wrong.data?.httpStatus).toBe(400);
  });

  it('says what is wrong with a key sent with spaces or with the Basic scheme', async () => {
    const cases: [string, RegExp][] = [
      ['Basic YWxpY2U6c2VjcmV0', /unsupported authorization scheme "Basic"/],
      [`Bearer ${server.alice.apiKey.slice(0, 10)} ${server.alice.apiKey.slice(10)}`, /one word without spaces/],
      ['Bearer', /no key after "Bearer"/],
      [server.alice.apiKey, /without the "Bearer" scheme/],
    ];
    for (const [authorization, expected] of cases) {
      for (const url of [`${server.url}/api/me`, `${server.url}/trpc/auth.me`]) {
        const reply = await request(url, { authorization });
        expect(reply.status, `${url} ${authorization}`).toBe(401);
        const error = url.includes('/trpc/') ? reply.body.error.json : reply.body;
        expect(error.message).toMatch(expected);
        expect(error.message).not.toMatch(/Missing API key/);
        expect(error.data.reason).toBe('MALFORMED_AUTHORIZATION');
      }
    }
    expect((await request(`${server.url}/api/me`)).body.message).toMatch(/Missing API key/);
  });

  it('refuses revoking the last key unless forced; an admin issues a new key (admin.users.issueKey)', async () => {
    const admin = server.client(server.admin.apiKey);
    const { user, apiKey } = await admin.admin.users.create.mutate({ email: `last-${randomUUID()}@example.test` });
    const carol = server.client(apiKey);
    const [only] = (await carol.keys.list.query()).items;
    if (!only) throw new Error('no key');
    const refused = await failure(carol.keys.revoke.mutate({ keyId: only.id }));
    expect(refused.data).toMatchObject({ code: 'CONFLICT', reason: 'LAST_API_KEY' });
    const rest = await request(`${server.url}/api/keys/${only.id}`, {
      method: 'DELETE',
      authorization: `Bearer ${apiKey}`,
    });
    expect(rest.status).toBe(409);
    // "false" in a query string is false (a plain boolean schema would read any non-empty string as true).
    const notForced = await request(`${server.url}/api/keys/${only.id}?force=false`, {
      method: 'DELETE',
      authorization: `Bearer ${apiKey}`,
    });
    expect(notForced.status).toBe(409);
    const unclear = await request(`${server.url}/api/keys/${only.id}?force=yes`, {
      method: 'DELETE',
      authorization: `Bearer ${apiKey}`,
    });
    expect(unclear.status).toBe(400);
    expect((await carol.auth.me.query()).id).toBe(user.id); // still works
    const forced = await request(`${server.url}/api/keys/${only.id}?force=true`, {
      method: 'DELETE',
      authorization: `Bearer ${apiKey}`,
    });
    expect(forced.status).toBe(200);
    expect((await failure(carol.auth.me.query())).data?.httpStatus).toBe(401);

    // The way back: an admin issues a key to the existing user.
    const issued = await admin.admin.users.issueKey.mutate({ userId: user.id });
    expect(issued.user.id).toBe(user.id);
    expect((await server.client(issued.apiKey).auth.me.query()).id).toBe(user.id);
    expect(
      (await failure(server.client(server.alice.apiKey).admin.users.issueKey.mutate({ userId: user.id }))).data?.code,
    ).toBe('FORBIDDEN');
    expect((await failure(admin.admin.users.issueKey.mutate({ userId: randomUUID() }))).data?.code).toBe('NOT_FOUND');
  });

  it('documents what each operation really returns, with sensible examples', async () => {
    const doc = (await request(`${server.url}/openapi.json`)).body;
    const send = doc.paths['/chats/{chatId}/messages'].post;
    expect(Object.keys(send.responses).sort()).toEqual(['200', '400', '401', '404', '409', '413', '429', '500', '503']);
    expect(send.responses['409'].description).toMatch(/clientMessageId/);
    expect(send.responses['429'].description).toMatch(/RATE_LIMITED.*QUOTA_EXCEEDED/);
    expect(send.responses['503'].content['application/json'].example.data.reason).toBe('SHUTTING_DOWN');
    const body = send.requestBody.content['application/json'].schema.properties;
    expect(body.asOf.example).toBe('2025-03-01');
    expect(body.clientMessageId.example).toMatch(/^[A-Za-z0-9._:-]+$/);
    expect(Object.keys(doc.paths['/keys/{keyId}'].delete.responses)).toContain('409');
    expect(Object.keys(doc.paths['/admin/users/{userId}/keys'].post.responses)).toEqual(
      expect.arrayContaining(['403', '404', '413']),
    );
    expect(Object.keys(doc.paths['/chats/{chatId}'].get.responses)).toContain('404');
    expect(doc.paths['/health'].get.responses['401']).toBeUndefined();
    expect(doc.components.schemas.Error.properties.data.properties.reason.enum).toContain('QUOTA_EXCEEDED');
  });
});

describe('rate limit and quota over real HTTP', () => {
  it('gives them distinct codes, and invalid requests do not count toward the rate limit', async () => {
    const server = await startTestServer({ limits: { rateLimitPerMinute: 2, monthlyMessageQuota: 1000 } });
    try {
      const alice = server.client(server.alice.apiKey);
      const { chatId } = await alice.chat.create.mutate({});
      for (let i = 0; i < 5; i++) {
        const invalid = await failure(alice.chat.send.mutate({ chatId, text: '   ' }));
        expect(invalid.data?.httpStatus).toBe(400);
      }
      const malformed = await request(`${server.url}/api/chats/${chatId}/messages`, {
        method: 'POST',
        body: { text: 'x', asOf: 'yesterday' },
        authorization: `Bearer ${server.alice.apiKey}`,
      });
      expect(malformed.status).toBe(400);
      await alice.chat.send.mutate({ chatId, text: 'one?' });
      await alice.chat.send.mutate({ chatId, text: 'two?' });
      const limited = await failure(alice.chat.send.mutate({ chatId, text: 'three?' }));
      expect(limited.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', httpStatus: 429, reason: 'RATE_LIMITED' });
    } finally {
      await server.close();
    }
    const quota = await startTestServer({ limits: { rateLimitPerMinute: 100, monthlyMessageQuota: 1 } });
    try {
      const bob = quota.client(quota.bob.apiKey);
      const { chatId } = await bob.chat.create.mutate({});
      await bob.chat.send.mutate({ chatId, text: 'one?' });
      const over = await request(`${quota.url}/api/chats/${chatId}/messages`, {
        method: 'POST',
        body: { text: 'two?' },
        authorization: `Bearer ${quota.bob.apiKey}`,
      });
      expect(over.status).toBe(429);
      expect(over.body.data.reason).toBe('QUOTA_EXCEEDED');
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await quota.close();
    }
  });
});

describe('CORS over real HTTP', () => {
  it('answers a real preflight for an allowed origin only, and sends nothing when not configured', async () => {
    const server = await startTestServer({ corsOrigins: ['https://app.example.test'] });
    const plain = await startTestServer();
    try {
      const preflight = (url: string, origin: string) =>
        request(`${url}/trpc/chat.send`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type',
          },
        });
      const allowed = await preflight(server.url, 'https://app.example.test');
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
      expect(allowed.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const denied = await preflight(server.url, 'https://evil.example.test');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      expect(denied.status).toBe(403);
      const actual = await request(`${server.url}/api/me`, {
        authorization: `Bearer ${server.alice.apiKey}`,
        headers: { origin: 'https://app.example.test' },
      });
      expect(actual.status).toBe(200);
      expect(actual.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
      expect(actual.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
      const off = await preflight(plain.url, 'https://app.example.test');
      expect(off.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
      await plain.close();
    }
  });
});

describe('shutdown over real HTTP', () => {
  it('answers a request that cannot finish within the grace period with 503 and a retry hint, and still stores its answer', async () => {
    const engine = new ScriptedEngine();
    const app = await createTestApp({ engine });
    const http = await listen(
      createHttpServer({ services: app.services, logger: app.services.logger }),
      0,
      '127.0.0.1',
    );
    try {
      const { chat } = await app.store.chats.createChat(app.alice.user.id, 'c', 'hi');
      // A chat of its own: sends to one chat take turns, and both must be with the engine before closing starts.
      const { chat: other } = await app.store.chats.createChat(app.alice.user.id, 'd', 'hi');
      engine.hold();
      const pending = request(`${http.url}/api/chats/${chat.id}/messages`, {
        method: 'POST',
        body: { text: 'a slow question', clientMessageId: 'slow-1' },
        authorization: `Bearer ${app.alice.apiKey}`,
      });
      const trpcPending = request(`${http.url}/trpc/chat.send?batch=1`, {
        method: 'POST',
        body: { '0': { json: { chatId: other.id, text: 'another slow one' } } },
        authorization: `Bearer ${app.alice.apiKey}`,
      });
      // A request whose connection is not yet accepted when closing starts would be refused, not answered 503.
      while (engine.calls.length < 2) await new Promise((r) => setTimeout(r, 10));
      const closed = http.close(300);
      const [reply, trpcReply] = await Promise.all([pending, trpcPending]);
      expect(reply.status).toBe(503);
      expect(reply.headers.get('retry-after')).toBe('5');
      expect(reply.body).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        data: { reason: 'SHUTTING_DOWN', retryAfterSeconds: 5 },
      });
      expect(trpcReply.status).toBe(503);
      expect(trpcReply.body[0].error.json.data.reason).toBe('SHUTTING_DOWN');
      await closed;
      engine.release();
      await app.services.chat.drain();
      // The question sent before the stop still got its answer stored: a retry with its id returns it.
      const stored = await app.store.chats.findByClientMessageId(chat.id, 'slow-1');
      expect(stored?.answer?.answer?.status).toBe('answered');
    } finally {
      engine.release();
      app.cleanup();
    }
  });
});
