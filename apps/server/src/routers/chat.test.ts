import { randomUUID } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { answered, ScriptedEngine } from '../testing/ScriptedEngine';
import { expectTrpcError } from '../testing/expectTrpcError';
import { createTestApp, type TestApp } from '../testing/testApp';

describe('chat router', () => {
  let app: TestApp;
  let engine: ScriptedEngine;

  beforeEach(async () => {
    engine = new ScriptedEngine();
    app = await createTestApp({ engine });
  });
  afterEach(() => app.cleanup());

  it('creates a chat with a greeting, answers a question and keeps the timeline', async () => {
    const alice = await app.caller(app.alice);
    const created = await alice.chat.create({ title: 'Events' });
    expect(created.greeting).toMatchObject({ role: 'assistant', kind: 'greeting', seq: 0 });
    expect(created.chat.title).toBe('Events');

    const sent = await alice.chat.send({ chatId: created.chatId, text: '  Which events are in Singapore?  ' });
    expect(sent.userMessage).toMatchObject({
      role: 'user',
      kind: 'question',
      text: 'Which events are in Singapore?',
      seq: 1,
    });
    expect(sent.assistantMessage).toMatchObject({
      role: 'assistant',
      kind: 'answer',
      seq: 2,
      replyToId: sent.userMessage.id,
    });
    expect(sent.assistantMessage.answer).toMatchObject({
      status: 'answered',
      reason: null,
      sql: 'SELECT "name", "country" FROM "events"',
      interpretation: 'events with their country',
      columns: ['name', 'country'],
      rowCount: 3,
      truncated: false,
    });
    expect(sent.assistantMessage.answer?.preview).toHaveLength(2);
    expect(sent.assistantMessage.answer?.usage[0]?.promptTokens).toBe(1200);

    const timeline = await alice.chat.get({ chatId: created.chatId });
    expect(timeline.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer']);
    expect(timeline.messages[2]).toEqual(sent.assistantMessage);
  });

  it('passes earlier turns (question, sql, interpretation, understanding) to the engine for follow-ups', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await alice.chat.send({ chatId, text: 'Which events are in Singapore?' });
    await alice.chat.send({ chatId, text: 'Please delete them' });
    await alice.chat.send({ chatId, text: 'And which of them are in 2025?' });
    const last = engine.calls.at(-1);
    expect(last?.history).toEqual([
      {
        question: 'Which events are in Singapore?',
        sql: 'SELECT "name", "country" FROM "events"',
        interpretation: 'events with their country',
        understanding: { topic: 'events' },
      },
      { question: 'Please delete them', sql: null, interpretation: null, understanding: { topic: 'events' } },
    ]);
  });

  it('stores a refusal with its typed reason', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const { assistantMessage } = await alice.chat.send({ chatId, text: 'Delete every company' });
    expect(assistantMessage.answer).toMatchObject({
      status: 'refused',
      reason: { code: 'MODIFICATION_REQUEST' },
      sql: null,
      rowCount: 0,
    });
    expect(app.count('message_results')).toBe(0);
  });

  it('records an engine failure as the assistant message, so no question is left without an outcome', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const { userMessage, assistantMessage } = await alice.chat.send({ chatId, text: 'explode please' });
    expect(assistantMessage.answer).toMatchObject({
      status: 'failed',
      reason: { code: 'LLM_ERROR', message: 'model unavailable' },
    });
    expect(assistantMessage.replyToId).toBe(userMessage.id);
    expect((await alice.chat.get({ chatId })).messages).toHaveLength(3);
  });

  it('returns the stored pair for a repeated clientMessageId and never stores a second message', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const first = await alice.chat.send({ chatId, text: 'Which events?', clientMessageId: 'c-1' });
    const again = await alice.chat.send({ chatId, text: 'Which events?', clientMessageId: 'c-1' });
    expect(again).toEqual(first);
    expect(engine.calls).toHaveLength(1);
    expect(app.count('messages')).toBe(3);
    expect(app.count('usage_records')).toBe(1);
  });

  it('joins a retry that arrives while the first attempt is still running', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    engine.hold();
    const first = alice.chat.send({ chatId, text: 'slow question', clientMessageId: 'c-2' });
    // The retry must arrive while the first attempt is with the engine, however slowly it got there.
    await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
    const retry = alice.chat.send({ chatId, text: 'slow question', clientMessageId: 'c-2' });
    await new Promise((r) => setTimeout(r, 20));
    engine.release();
    const [a, b] = await Promise.all([first, retry]);
    expect(b).toEqual(a);
    expect(engine.calls).toHaveLength(1);
    expect(app.count('messages')).toBe(3);
  });

  it('keeps question/answer order when sends to one chat overlap', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await Promise.all(['one', 'two', 'three', 'four'].map((t) => alice.chat.send({ chatId, text: `question ${t}` })));
    const { messages } = await alice.chat.get({ chatId });
    expect(messages.map((m) => m.kind)).toEqual(['greeting', ...Array(4).fill(['question', 'answer']).flat()]);
    for (let i = 1; i < messages.length; i += 2) expect(messages[i + 1]?.replyToId).toBe(messages[i]?.id);
  });

  it("answers NOT_FOUND for another user's chat exactly as for a missing one", async () => {
    const alice = await app.caller(app.alice);
    const bob = await app.caller(app.bob);
    const { chatId } = await alice.chat.create({});
    const missing = randomUUID();
    for (const id of [chatId, missing]) {
      await expectTrpcError(bob.chat.get({ chatId: id }), 'NOT_FOUND');
      await expectTrpcError(bob.chat.send({ chatId: id, text: 'hi' }), 'NOT_FOUND');
      await expectTrpcError(bob.chat.rename({ chatId: id, title: 'mine' }), 'NOT_FOUND');
      await expectTrpcError(bob.chat.delete({ chatId: id }), 'NOT_FOUND');
    }
    const a = await expectTrpcError(bob.chat.get({ chatId }), 'NOT_FOUND');
    const b = await expectTrpcError(bob.chat.get({ chatId: missing }), 'NOT_FOUND');
    expect(a.message.replace(chatId, 'X')).toBe(b.message.replace(missing, 'X'));
    expect(app.count('messages')).toBe(1);
    expect((await alice.chat.get({ chatId })).chat.title).toBe('New chat');
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['whitespace-only text', { text: ' \n\t ' }, 'text'],
    ['oversized text', { text: 'x'.repeat(2001) }, 'text'],
    ['text of the wrong type', { text: 42 }, 'text'],
    ['a malformed chatId', { chatId: 'chat-1' }, 'chatId'],
    ['an unknown field', { extra: true }, ''],
    ['a malformed clientMessageId', { clientMessageId: 'has spaces' }, 'clientMessageId'],
  ])('rejects %s with BAD_REQUEST naming the field, storing nothing', async (_name, patch, field) => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const before = app.count('messages');
    await expectTrpcError(alice.chat.send({ chatId, text: 'ok', ...patch } as never), 'BAD_REQUEST', field);
    expect(app.count('messages')).toBe(before);
    expect(app.count('usage_records')).toBe(0);
    expect(engine.calls).toHaveLength(0);
  });

  it("lists the caller's chats newest first with cursor pagination", async () => {
    const alice = await app.caller(app.alice);
    const bob = await app.caller(app.bob);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push((await alice.chat.create({ title: `chat ${i}` })).chatId);
      await new Promise((r) => setTimeout(r, 2));
    }
    await bob.chat.create({ title: 'bob only' });
    const page1 = await alice.chat.list({ limit: 2 });
    const page2 = await alice.chat.list({ limit: 2, cursor: page1.nextCursor ?? undefined });
    const page3 = await alice.chat.list({ limit: 2, cursor: page2.nextCursor ?? undefined });
    expect([...page1.items, ...page2.items, ...page3.items].map((c) => c.id)).toEqual([...ids].reverse());
    expect(page3.nextCursor).toBeNull();
    await expectTrpcError(alice.chat.list({ cursor: 'not a cursor' }), 'BAD_REQUEST', 'cursor');
  });

  it('renames and deletes chats (with their messages and results)', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await alice.chat.send({ chatId, text: 'Which events?' });
    expect((await alice.chat.rename({ chatId, title: '  Renamed ' })).title).toBe('Renamed');
    await expectTrpcError(alice.chat.rename({ chatId, title: '   ' }), 'BAD_REQUEST', 'title');
    expect(await alice.chat.delete({ chatId })).toEqual({ chatId, deleted: true });
    expect(app.count('messages')).toBe(0);
    expect(app.count('message_results')).toBe(0);
    expect(app.count('usage_records')).toBe(1); // billing survives
    await expectTrpcError(alice.chat.get({ chatId }), 'NOT_FOUND');
  });

  it('pages through the full stored result and exports it as CSV', async () => {
    const alice = await app.caller(app.alice);
    const bob = await app.caller(app.bob);
    const { chatId } = await alice.chat.create({});
    const { assistantMessage, userMessage } = await alice.chat.send({ chatId, text: 'many rows please' });
    expect(assistantMessage.answer?.preview).toHaveLength(10);
    const p1 = await alice.chat.result({ messageId: assistantMessage.id, limit: 100 });
    expect(p1).toMatchObject({ rowCount: 250, offset: 0, nextOffset: 100, columns: ['name', 'country'] });
    expect(p1.rows).toHaveLength(100);
    const p3 = await alice.chat.result({ messageId: assistantMessage.id, offset: 200, limit: 100 });
    expect(p3.rows).toHaveLength(50);
    expect(p3.rows[49]).toEqual(['Event 249', 'Germany, "West"']);
    expect(p3.nextOffset).toBeNull();
    const csv = await alice.chat.exportCsv({ messageId: assistantMessage.id });
    const lines = csv.csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(251);
    expect(lines[0]).toBe('name,country');
    expect(lines[2]).toBe('Event 1,"Germany, ""West"""');
    await expectTrpcError(bob.chat.result({ messageId: assistantMessage.id }), 'NOT_FOUND');
    await expectTrpcError(alice.chat.result({ messageId: userMessage.id }), 'NOT_FOUND');
    await expectTrpcError(alice.chat.result({ messageId: assistantMessage.id, limit: 0 }), 'BAD_REQUEST', 'limit');
  });

  it("counts an answer's whole result on demand: the engine counts a paged one, a stored-whole one is its count", async () => {
    const alice = await app.caller(app.alice);
    const bob = await app.caller(app.bob);
    const { chatId } = await alice.chat.create({});
    const many = await alice.chat.send({ chatId, text: 'many rows please' });
    const counting = vi.spyOn(engine, 'total');
    expect(await alice.chat.total({ messageId: many.assistantMessage.id })).toEqual({
      messageId: many.assistantMessage.id,
      rowCount: 250,
    });
    expect(counting).toHaveBeenCalledTimes(1);
    const few = await alice.chat.send({ chatId, text: 'Which events are in Singapore?' });
    expect(await alice.chat.total({ messageId: few.assistantMessage.id })).toMatchObject({ rowCount: 3 });
    expect(counting).toHaveBeenCalledTimes(1);
    await expectTrpcError(bob.chat.total({ messageId: many.assistantMessage.id }), 'NOT_FOUND');
    await expectTrpcError(alice.chat.total({ messageId: many.userMessage.id }), 'NOT_FOUND');
  });

  it('refuses a send over the monthly quota with TOO_MANY_REQUESTS and stores nothing', async () => {
    app.cleanup();
    app = await createTestApp({ engine, limits: { monthlyMessageQuota: 2 } });
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await alice.chat.send({ chatId, text: 'one' });
    await alice.chat.send({ chatId, text: 'two' });
    const before = app.count('messages');
    const error = await expectTrpcError(alice.chat.send({ chatId, text: 'three' }), 'TOO_MANY_REQUESTS');
    expect(error.message).toMatch(/quota of 2/);
    expect(app.count('messages')).toBe(before);
    expect(engine.calls).toHaveLength(2);
    // Deleting chats does not give the quota back; other users have their own.
    await alice.chat.delete({ chatId });
    await expectTrpcError(
      alice.chat.send({ chatId: (await alice.chat.create({})).chatId, text: 'four' }),
      'TOO_MANY_REQUESTS',
    );
    const bob = await app.caller(app.bob);
    await bob.chat.send({ chatId: (await bob.chat.create({})).chatId, text: 'bob asks' });
  });

  it('rate-limits engine calls per user per minute', async () => {
    app.cleanup();
    app = await createTestApp({ engine, limits: { rateLimitPerMinute: 2 } });
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await alice.chat.send({ chatId, text: 'one' });
    await alice.data.run({ sql: 'SELECT 1' });
    const before = app.count('messages');
    const error = await expectTrpcError(alice.chat.send({ chatId, text: 'two' }), 'TOO_MANY_REQUESTS');
    expect(error.message).toMatch(/retry in \d+ s/);
    expect(app.count('messages')).toBe(before);
    const bob = await app.caller(app.bob);
    await bob.chat.send({ chatId: (await bob.chat.create({})).chatId, text: 'bob is not limited by alice' });
  });

  it('needs a user for everything but health', async () => {
    const anonymous = await app.caller(null);
    expect((await anonymous.health()).status).toBe('ok');
    await expectTrpcError(anonymous.chat.create({}), 'UNAUTHORIZED');
    await expectTrpcError(anonymous.chat.list({}), 'UNAUTHORIZED');
    await expectTrpcError(anonymous.auth.me({}), 'UNAUTHORIZED');
  });

  it('records usage of an answer with rows, tokens, an estimated cost and the path that answered', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    await alice.chat.send({ chatId, text: 'Which events?' });
    await alice.chat.send({ chatId, text: 'explode' });
    const usage = await alice.usage.summary({});
    expect(usage.users).toEqual([
      {
        userId: app.alice.user.id,
        email: 'alice@example.test',
        messages: 2,
        sqlRuns: 0,
        rowsReturned: 3,
        promptTokens: 1200,
        completionTokens: 300,
        estimatedCostUsd: 0.6 + 0.45,
        // The answer's path; the engine failure ('explode') has none.
        paths: { offline: 1, llm: 0, 'offline+llm': 0 },
      },
    ]);
  });

  it('on a full disk: a typed SERVICE_UNAVAILABLE error, the question keeps an outcome, a retry stores once', async () => {
    app.cleanup();
    // Only the first page is stored (the engine reads the others on demand): wide rows make it overflow the disk.
    const big = Array.from({ length: 4000 }, (_, i) => [`Event ${i} ${'x'.repeat(2000)}`, 'Singapore']);
    engine = new ScriptedEngine(() => answered({ rows: big, rowCount: big.length, preview: big.slice(0, 5) }));
    app = await createTestApp({ engine });
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const pages = Number(app.sqlite.pragma('page_count', { simple: true }));
    app.sqlite.pragma(`max_page_count = ${pages + 4}`);
    const error = await expectTrpcError(
      alice.chat.send({ chatId, text: 'Which events?', clientMessageId: 'full-1' }),
      'SERVICE_UNAVAILABLE',
    );
    expect(error.message).toMatch(/storage full/i);
    const { messages } = await alice.chat.get({ chatId });
    expect(messages.map((m) => m.answer?.status ?? m.kind)).toEqual(['greeting', 'question', 'failed']);
    expect(messages[2]?.answer?.reason?.code).toBe('STORAGE_FULL');
    expect(app.count('message_results')).toBe(0);

    app.sqlite.pragma('max_page_count = 1073741823');
    const retry = await alice.chat.send({ chatId, text: 'Which events?', clientMessageId: 'full-1' });
    expect(retry.assistantMessage.answer).toMatchObject({ status: 'answered', rowCount: 4000 });
    expect(retry.userMessage.id).toBe(messages[1]?.id);
    expect(app.count('messages')).toBe(3);
    expect(app.count('message_results')).toBe(1);
    expect(engine.calls).toHaveLength(2);
  });

  it('after a crash, pending answers become INTERRUPTED and a retry with the same clientMessageId redoes them', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    // As if the process died between storing the question and storing the answer.
    await app.store.chats.storeQuestion({
      userId: app.alice.user.id,
      chatId,
      text: 'Which events?',
      clientMessageId: 'lost-1',
      monthlyQuota: 10,
    });
    expect((await alice.chat.get({ chatId })).messages[2]?.answer?.status).toBe('pending');
    expect(await app.services.chat.recoverInterrupted(new Date(Date.now() + 1000))).toBe(1);
    expect((await alice.chat.get({ chatId })).messages[2]?.answer?.reason?.code).toBe('INTERRUPTED');
    const retry = await alice.chat.send({ chatId, text: 'Which events?', clientMessageId: 'lost-1' });
    expect(retry.assistantMessage.answer?.status).toBe('answered');
    expect(app.count('messages')).toBe(3);
    expect(app.count('usage_records')).toBe(1);
  });

  it('records a TIMEOUT failure when the engine never answers, and the chat stays usable', async () => {
    app.cleanup();
    engine = new ScriptedEngine();
    app = await createTestApp({ engine, limits: { answerTimeoutMs: 200 } });
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    engine.hold(); // "slow" questions now wait forever
    const { assistantMessage } = await alice.chat.send({ chatId, text: 'a slow question' });
    expect(assistantMessage.answer).toMatchObject({ status: 'failed', reason: { code: 'TIMEOUT' } });
    const next = await alice.chat.send({ chatId, text: 'Which events?' });
    expect(next.assistantMessage.answer?.status).toBe('answered');
    engine.release();
  });

  it('answers NOT_FOUND when the chat is deleted while its question is being answered', async () => {
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    engine.hold();
    const sending = alice.chat.send({ chatId, text: 'a slow one' });
    // Deleted while the question is with the engine, however slowly it got there.
    await vi.waitFor(() => expect(engine.calls).toHaveLength(1));
    await alice.chat.delete({ chatId });
    engine.release();
    await expectTrpcError(sending, 'NOT_FOUND');
    expect(app.count('messages')).toBe(0);
  });

  it('answered() helper stays a complete Answer', () => {
    expect(Object.keys(answered()).sort()).toContain('timings');
  });
});
