/**
 * Server layering (issue 11) as a client sees it: one error map, procedures without required
 * input, request logs with the real path, and one closed set of reason codes.
 */
import { Writable } from 'node:stream';

import { TRPCError } from '@trpc/server';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';

import { FAILURE_CODES, REFUSAL_CODES } from '@musaeid/core/reason-codes';

import { mapError, toTRPCError } from './errorMap';
import {
  ClientMessageIdConflictError,
  ForbiddenError,
  InvalidRequestError,
  LastApiKeyError,
  NotFoundError,
  QuotaExceededError,
  RateLimitedError,
  ShuttingDownError,
  UnauthenticatedError,
} from './errors';
import { reasonCodeSchema, toReasonCode } from './reasonCodes';
import { storageError } from './services/storageError';
import { startTestServer } from './testing/testServer';

describe('the error map', () => {
  it('turns every domain error into its tRPC code, and leaves anything else (a bug) alone', () => {
    const cases: [unknown, string][] = [
      [new NotFoundError('x'), 'NOT_FOUND'],
      [new ForbiddenError('x'), 'FORBIDDEN'],
      [new UnauthenticatedError('x'), 'UNAUTHORIZED'],
      [new InvalidRequestError('x'), 'BAD_REQUEST'],
      [new RateLimitedError(1, 1), 'TOO_MANY_REQUESTS'],
      [new QuotaExceededError(1, 1), 'TOO_MANY_REQUESTS'],
      [new ClientMessageIdConflictError('m'), 'CONFLICT'],
      [new LastApiKeyError('k'), 'CONFLICT'],
      [new ShuttingDownError(5), 'SERVICE_UNAVAILABLE'],
      [storageError(Object.assign(new Error('disk'), { code: 'SQLITE_FULL' })), 'SERVICE_UNAVAILABLE'],
      [Object.assign(new Error('disk'), { code: 'SQLITE_FULL' }), 'SERVICE_UNAVAILABLE'],
    ];
    for (const [error, code] of cases) expect(toTRPCError(error)?.code, String(error)).toBe(code);
    expect(toTRPCError(new Error('a bug'))).toBeNull();
    // What a resolver throws reaches the middleware wrapped by tRPC in an INTERNAL_SERVER_ERROR.
    const full = Object.assign(new Error('disk'), { code: 'SQLITE_FULL' });
    const wrapped = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: full });
    expect((mapError(wrapped) as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
    expect(
      (mapError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new NotFoundError('x') })) as TRPCError).code,
    ).toBe('NOT_FOUND');
    const bug = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: new Error('a bug') });
    expect(mapError(bug)).toBe(bug);
  });
});

describe('reason codes', () => {
  it("are one closed set: core's codes plus the server's own; anything else reads back as ENGINE_ERROR", () => {
    for (const code of [...REFUSAL_CODES, ...FAILURE_CODES]) expect(reasonCodeSchema.options).toContain(code);
    expect(toReasonCode('INTERRUPTED')).toBe('INTERRUPTED');
    expect(toReasonCode('SOMETHING_ELSE')).toBe('ENGINE_ERROR');
  });
});

describe('procedures and logs over real HTTP', () => {
  it('accepts a missing input where none is required, and logs the path the client sent', async () => {
    const lines: { url?: string; status?: number }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as never);
        done();
      },
    });
    const server = await startTestServer({ logger: pino({ level: 'info' }, sink) });
    try {
      const auth = { authorization: `Bearer ${server.alice.apiKey}` };
      for (const path of ['auth.me', 'usage.summary', 'keys.list', 'data.schema', 'chat.list', 'data.suggestions']) {
        const res = await fetch(`${server.url}/trpc/${path}`, { headers: auth });
        expect(res.status, path).toBe(200);
      }
      const usage = (await server.client(server.alice.apiKey).usage.summary.query()).users;
      expect(usage.every((u) => u.userId === server.alice.user.id)).toBe(true);
      expect((await fetch(`${server.url}/api/chats`, { headers: auth })).status).toBe(200);
      // The request is logged when its response has been handed to the socket, which the client may see first.
      await vi.waitFor(() => expect(lines.some((l) => l.url === '/api/chats' && l.status === 200)).toBe(true));
      expect(lines.some((l) => l.url === '/chats')).toBe(false);
    } finally {
      await server.close();
    }
  });
});
