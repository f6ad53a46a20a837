import { randomUUID } from 'node:crypto';

import { freePort } from '@musaeid/testkit';
import { describe, expect, expectTypeOf, inject, it } from 'vitest';

import {
  createMusaeidClient,
  errorCode,
  errorReason,
  isMusaeidError,
  MusaeidError,
  type AskStreamEvent,
  type ChatMessage,
} from './index';

const server = inject('server');
const client = createMusaeidClient({ url: server.url, apiKey: server.alice.apiKey });

/** Runs `fn` and returns what it threw (fails when it does not throw). */
async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('ask', () => {
  it('creates a chat when none is given and returns the stored answer', async () => {
    const result = await client.ask('How many events are there?');
    expect(result.chatId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.message).toMatchObject({ chatId: result.chatId, role: 'assistant', kind: 'answer' });
    expect(result.message.answer?.status).toBe('answered');
    expect(result.message.answer?.sql).toMatch(/events/i);
    expect(result.userMessage).toMatchObject({ role: 'user', text: 'How many events are there?' });

    const timeline = await client.chat.get.query({ chatId: result.chatId });
    expect(timeline.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer']);
    expect(timeline.chat.title).toBe('How many events are there?');
  });

  it("counts an answer's whole result on demand (chat.total), typed", async () => {
    const result = await client.ask('List all people');
    const answer = result.message.answer;
    expect(answer?.status).toBe('answered');
    const total = await client.chat.total.query({ messageId: result.message.id });
    expectTypeOf(total.rowCount).toEqualTypeOf<number>();
    expect(total.messageId).toBe(result.message.id);
    // The answer's count is exact or "at least": the total is never below it, and equal when it was exact.
    expect(total.rowCount).toBeGreaterThanOrEqual(answer?.rowCount ?? 0);
    if (!answer?.truncated) expect(total.rowCount).toBe(answer?.rowCount);
  });

  it("reads an answer's result sorted by a column, a page at a time (chat.result sortColumn), typed", async () => {
    const result = await client.ask('List all people');
    const columns = result.message.answer?.columns ?? [];
    const column = columns[0]!;
    const read = (offset: number) =>
      client.chat.result.query({
        messageId: result.message.id,
        offset,
        limit: 20,
        sortColumn: column,
        sortDirection: 'desc',
      });
    const [first, second] = [await read(0), await read(20)];
    expectTypeOf(first.sort).toEqualTypeOf<{ column: string; direction: 'asc' | 'desc' } | null>();
    expect(first.sort).toEqual({ column, direction: 'desc' });
    expect(second.offset).toBe(20);
    // The two pages are one descending run of the column (NULLs, if any, last).
    const values = [...first.rows, ...second.rows].map((row) => row[0]);
    expect(values).toHaveLength(40);
    const key = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v));
    for (let i = 1; i < values.length; i += 1) {
      const [before, after] = [values[i - 1], values[i]];
      if (after === null) continue;
      expect(before).not.toBeNull();
      expect(key(before) >= key(after), `${JSON.stringify(before)} before ${JSON.stringify(after)}`).toBe(true);
    }
    const error = await thrown(() =>
      client.chat.result.query({ messageId: result.message.id, sortColumn: 'no such column' }),
    );
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(isMusaeidError(error) && error.message).toMatch(/cannot sort by "no such column"/);
  });

  it('leaves no empty chat behind when the server rejects the first question', async () => {
    const before = await client.chat.list.query({ limit: 100 });
    const error = await thrown(() => client.ask('   '));
    expect(errorCode(error)).toBe('BAD_REQUEST');
    const after = await client.chat.list.query({ limit: 100 });
    expect(after.items.map((c) => c.id)).toEqual(before.items.map((c) => c.id));
  });

  it('follows up in the same chat', async () => {
    const first = await client.ask('How many events are there?');
    const second = await client.ask('How many companies are there?', { chatId: first.chatId });
    expect(second.chatId).toBe(first.chatId);
    expect(second.message.chatId).toBe(first.chatId);
    expect(second.message.answer).not.toBeNull();
    const timeline = await client.chat.get.query({ chatId: first.chatId });
    expect(timeline.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer', 'question', 'answer']);
  });

  it('sends asOf: relative dates count from it', async () => {
    const result = await client.ask('Which events take place in the next 3 months?', { asOf: '2041-03-01' });
    expect(result.message.answer?.rowCount).toBe(0);
    // The server says where the data's dates lie and from which "today" it counted.
    expect(result.message.text).toContain('relative dates here count from 2041-03-01');
  });

  it('refuses a clientMessageId reused for another text (CONFLICT, reason CLIENT_MESSAGE_ID_CONFLICT)', async () => {
    const { chatId } = await client.chat.create.mutate({});
    const clientMessageId = `reuse-${randomUUID()}`;
    await client.ask('How many people are there?', { chatId, clientMessageId });
    const error = await thrown(() => client.ask('How many events are there?', { chatId, clientMessageId }));
    expect(errorCode(error)).toBe('CONFLICT');
    expect(errorReason(error)).toBe('CLIENT_MESSAGE_ID_CONFLICT');
  });

  it('does not store a retried question twice (clientMessageId)', async () => {
    const { chatId } = await client.chat.create.mutate({});
    const clientMessageId = `retry-${randomUUID()}`;
    const once = await client.ask('How many people are there?', { chatId, clientMessageId });
    const again = await client.ask('How many people are there?', { chatId, clientMessageId });
    expect(again.message.id).toBe(once.message.id);
    const timeline = await client.chat.get.query({ chatId });
    expect(timeline.messages).toHaveLength(3);
  });
});

describe('timeline', () => {
  it('joins the pages of chat.get, oldest first', async () => {
    const first = await client.ask('How many events are there?');
    await client.ask('How many companies are there?', { chatId: first.chatId });
    const page = await client.chat.get.query({ chatId: first.chatId, limit: 2 });
    expect(page.messages).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    const whole = await client.timeline(first.chatId, { pageSize: 2 });
    expect(whole.chat.id).toBe(first.chatId);
    expect(whole.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer', 'question', 'answer']);
    expect(whole.messages.map((m) => m.seq)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('answer types', () => {
  it('carry the clarify status and its clarification', () => {
    type Answer = NonNullable<ChatMessage['answer']>;
    expectTypeOf<'clarify'>().toExtend<Answer['status']>();
    expectTypeOf<Answer['clarification']>().toEqualTypeOf<{
      question: string;
      part: string;
      options: {
        id: string;
        label: string;
        choice: { part: string; replacement: string; question: string } | null;
      }[];
    } | null>();
    expectTypeOf<'UNMAPPED'>().toExtend<NonNullable<Answer['reason']>['code']>();
    expectTypeOf<string>().not.toExtend<NonNullable<Answer['reason']>['code']>();
  });
});

describe('askStream', () => {
  it('sends asOf', async () => {
    let text = '';
    for await (const event of client.askStream('Which events take place in the next 3 months?', {
      asOf: '2041-03-01',
    })) {
      if (event.type === 'stored') text = event.exchange.assistantMessage.text;
    }
    expect(text).toContain('relative dates here count from 2041-03-01');
  });

  it('yields progress events, then the stored messages', async () => {
    const events: AskStreamEvent[] = [];
    for await (const event of client.askStream('How many events are there?')) events.push(event);
    const types = events.map((e) => e.type);
    expect(types.at(-1)).toBe('stored');
    expect(types.slice(0, -1).length).toBeGreaterThan(0);
    expect(types).toContain('sql');
    const last = events.at(-1);
    if (last?.type !== 'stored') throw new Error('no stored event');
    const { assistantMessage } = last.exchange;
    expect(assistantMessage.answer?.status).toBe('answered');
    const timeline = await client.chat.get.query({ chatId: assistantMessage.chatId });
    expect(timeline.messages.at(-1)?.id).toBe(assistantMessage.id);
  });

  it('continues a given chat', async () => {
    const first = await client.ask('How many events are there?');
    let stored: AskStreamEvent | undefined;
    for await (const event of client.askStream('How many companies are there?', { chatId: first.chatId }))
      stored = event;
    expect(stored?.type === 'stored' && stored.exchange.assistantMessage.chatId).toBe(first.chatId);
  });

  it('resumes a stream cut after its first event from that event, storing the question once', async () => {
    // The first event stream breaks right after its first event (as when its server is killed).
    const streamUrls: string[] = [];
    const cutting: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const res = await fetch(input, init);
      if (!url.includes('/trpc/chat.stream')) return res;
      streamUrls.push(decodeURIComponent(url));
      if (streamUrls.length > 1 || !res.body) return res;
      const reader = res.body.getReader();
      let seen = '';
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          const before = seen.length;
          seen += new TextDecoder().decode(value);
          const first = seen.indexOf('"eventId"');
          const end = first < 0 ? -1 : seen.indexOf('\n\n', first);
          if (end < 0) return controller.enqueue(value);
          controller.enqueue(new TextEncoder().encode(seen.slice(before, end + 2)));
          await reader.cancel();
          controller.error(new Error('connection cut'));
        },
      });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const resuming = createMusaeidClient({ url: server.url, apiKey: server.alice.apiKey, fetch: cutting });
    const events: AskStreamEvent[] = [];
    for await (const event of resuming.askStream('How many events are there?')) events.push(event);
    expect(streamUrls).toHaveLength(2);
    expect(streamUrls[1]).toContain(`"lastEventId":"${events[0]?.eventId}"`);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(events.map((e) => e.type)).toEqual(['understood', 'sql', 'rows', 'answer', 'stored']);
    const last = events.at(-1);
    if (last?.type !== 'stored') throw new Error('no stored event');
    const timeline = await client.chat.get.query({ chatId: last.exchange.assistantMessage.chatId });
    expect(timeline.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer']);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await thrown(async () => {
      for await (const event of client.askStream('How many events are there?', { signal: controller.signal })) {
        seen.push(event.type);
        controller.abort(new Error('enough'));
      }
    });
    expect(error).toEqual(new Error('enough'));
    expect(seen).toHaveLength(1);
  });

  it('throws typed errors from the loop', async () => {
    const bad = createMusaeidClient({ url: server.url, apiKey: 'msk_not_a_key' });
    const unauthorized = await thrown(async () => {
      for await (const _ of bad.askStream('How many events are there?', { chatId: randomUUID() })) void _;
    });
    expect(errorCode(unauthorized)).toBe('UNAUTHORIZED');

    const missing = await thrown(async () => {
      for await (const _ of client.askStream('How many events are there?', { chatId: randomUUID() })) void _;
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });
});

describe('errors', () => {
  it('a bad key is UNAUTHORIZED (401)', async () => {
    const bad = createMusaeidClient({ url: server.url, apiKey: 'msk_not_a_key' });
    const error = await thrown(() => bad.auth.me.query({}));
    expect(isMusaeidError(error)).toBe(true);
    expect(isMusaeidError(error, 'UNAUTHORIZED')).toBe(true);
    expect(error).toBeInstanceOf(MusaeidError);
    if (!isMusaeidError(error)) return;
    expect(error.data?.code).toBe('UNAUTHORIZED');
    expect(error.data?.httpStatus).toBe(401);
    expect(await thrown(() => bad.ask('How many events are there?'))).toSatisfy((e) => errorCode(e) === 'UNAUTHORIZED');
  });

  it("a missing chat, and another user's chat, are NOT_FOUND (404)", async () => {
    const missing = await thrown(() => client.chat.get.query({ chatId: randomUUID() }));
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(isMusaeidError(missing) && missing.data?.httpStatus).toBe(404);
    expect(errorCode(await thrown(() => client.ask('How many events are there?', { chatId: randomUUID() })))).toBe(
      'NOT_FOUND',
    );

    const bob = createMusaeidClient({ url: server.url, apiKey: server.bob.apiKey });
    const { chatId } = await client.chat.create.mutate({});
    expect(errorCode(await thrown(() => bob.chat.get.query({ chatId })))).toBe('NOT_FOUND');
  });

  it('bad input is BAD_REQUEST with the field named', async () => {
    const { chatId } = await client.chat.create.mutate({});
    const error = await thrown(() => client.ask('   ', { chatId }));
    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(isMusaeidError(error) && error.message).toMatch(/text/);
  });

  it('a server that cannot be reached is a MusaeidError without a code, also when streaming (no endless reconnect)', async () => {
    const nowhere = createMusaeidClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: server.alice.apiKey });
    const error = await thrown(() => nowhere.health.query());
    expect(isMusaeidError(error)).toBe(true);
    expect(errorCode(error)).toBeNull();
    expect(errorCode(new Error('plain'))).toBeNull();
    expect(isMusaeidError(new Error('plain'))).toBe(false);

    const streamError = await thrown(async () => {
      for await (const _ of nowhere.askStream('How many events are there?', { chatId: randomUUID() })) void _;
    });
    expect(isMusaeidError(streamError)).toBe(true);
    expect(errorCode(streamError)).toBeNull();
  });
});

describe('client', () => {
  it('reads the caller and usage', async () => {
    const me = await client.auth.me.query({});
    expect(me.email).toBe(server.alice.email);
    await client.ask('How many events are there?');
    const usage = await client.usage.summary.query({});
    expect(JSON.stringify(usage)).toContain(server.alice.userId);
  });

  it('batches parallel queries into one request and sends the key on the event stream, through the given fetch', async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    const counting = createMusaeidClient({
      url: `${server.url}/trpc`,
      apiKey: server.alice.apiKey,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push({ url: request.url, authorization: request.headers.get('authorization') });
        return await fetch(request);
      },
    });
    const [me, health] = await Promise.all([counting.auth.me.query({}), counting.health.query()]);
    expect(me.email).toBe(server.alice.email);
    expect(health).toBeTruthy();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toContain('auth.me,health');

    for await (const _ of counting.askStream('How many events are there?')) void _;
    const stream = seen.find((s) => s.url.includes('chat.stream'));
    expect(stream?.authorization).toBe(`Bearer ${server.alice.apiKey}`);
  });
});
