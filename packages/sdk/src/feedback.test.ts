/**
 * Issue 13, feedback and verified answers, over the real server (demo data, offline engine) with
 * the SDK: an up-rated answer becomes a verified example that answers the same question again and
 * the same question about another event; admins list, edit and remove examples and read the
 * comments of down-rated answers; nobody rates or reads what is not theirs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createMusaeidClient, errorCode } from './index';

const server = inject('server');
const alice = createMusaeidClient({ url: server.url, apiKey: server.alice.apiKey });
const bob = createMusaeidClient({ url: server.url, apiKey: server.bob.apiKey });
const admin = createMusaeidClient({ url: server.url, apiKey: server.admin.apiKey });

async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('feedback and verified answers', () => {
  let events: string[] = [];
  beforeAll(async () => {
    const run = await alice.data.run.mutate({ sql: 'SELECT name FROM events ORDER BY id LIMIT 2' });
    events = run.rows.map((r) => String(r[0]));
  });
  afterAll(async () => {
    // Verified examples are shared by everyone: leave none behind for the other test files.
    const { items } = await admin.examples.list.query({ limit: 200 });
    for (const e of items) await admin.examples.remove.mutate({ exampleId: e.id });
  });

  it('reuses an up-rated answer for the same question and for the same question about another event', async () => {
    const [a, b] = events;
    if (!a || !b) throw new Error('the demo data has fewer than two events');
    const first = await alice.ask(`Which companies sponsor ${a}?`);
    expect(first.message.answer?.status).toBe('answered');
    const rated = await alice.message.rate.mutate({ messageId: first.message.id, rating: 'up' });
    expect(rated.rating).toMatchObject({ messageId: first.message.id, rating: 'up', comment: null });
    expect(rated.exampleId).not.toBeNull();

    const { items } = await admin.examples.list.query({});
    const example = items.find((e) => e.id === rated.exampleId);
    expect(example).toMatchObject({
      question: `Which companies sponsor ${a}?`,
      generator: 'offline',
      sql: first.message.answer?.sql,
      verifiedBy: { email: 'alice@sdk.test' },
      sourceMessageId: first.message.id,
    });
    expect(example?.request).toMatchObject({ version: 1 });

    // Another user, another event: the confirmed request with its slot re-filled, and it says so.
    const other = await bob.ask(`Which companies sponsor ${b}?`);
    expect(other.message.answer?.interpretation).toContain(`as verified for "Which companies sponsor ${a}?"`);
    expect(other.message.answer?.interpretation).toContain(b);
    // The same question again (other casing): the verified answer itself.
    const again = await bob.ask(`which companies sponsor ${a.toUpperCase()}`);
    expect(again.message.answer?.sql).toBe(first.message.answer?.sql);
    expect(again.message.answer?.interpretation).toContain(`the verified answer to "Which companies sponsor ${a}?"`);

    // An admin rewords it, then removes it: the next question is read as before.
    const edited = await admin.examples.update.mutate({ exampleId: example!.id, question: `Who sponsors ${a}?` });
    expect(edited.question).toBe(`Who sponsors ${a}?`);
    await admin.examples.remove.mutate({ exampleId: example!.id });
    const after = await bob.ask(`Which companies sponsor ${b}?`);
    expect(after.message.answer?.interpretation).not.toContain('verified');
    expect(errorCode(await thrown(() => admin.examples.remove.mutate({ exampleId: example!.id })))).toBe('NOT_FOUND');
  });

  it('an answer reached through a clarification is verified for the question as first asked', async () => {
    const asked = await alice.ask('How many events are in irak?');
    expect(asked.clarification).not.toBeNull();
    const answered = await alice.answerClarification(asked, { choice: 'o2' });
    const rated = await alice.message.rate.mutate({ messageId: answered.message.id, rating: 'up' });
    const { items } = await admin.examples.list.query({});
    expect(items.find((e) => e.id === rated.exampleId)?.question).toBe('How many events are in irak?');
    // Asked again, it is answered at once with the confirmed reading.
    const again = await alice.ask('How many events are in irak?');
    expect(again.clarification).toBeNull();
    expect(again.message.answer?.interpretation).toMatch(
      /Iran.*the verified answer to "How many events are in irak\?"/,
    );
  });

  it('keeps a down-rated answer with its comment for the admins, and a new rating replaces the old one', async () => {
    const first = await alice.ask('How many events are there?');
    await alice.message.rate.mutate({ messageId: first.message.id, rating: 'up' });
    const down = await alice.message.rate.mutate({
      messageId: first.message.id,
      rating: 'down',
      comment: '  I wanted only this year  ',
    });
    expect(down.rating).toMatchObject({ rating: 'down', comment: 'I wanted only this year' });
    expect(down.exampleId).toBeNull();
    // The timeline carries the rating, so a page read later (a reload) shows it; other messages have none.
    const { messages } = await alice.chat.get.query({ chatId: first.chatId });
    expect(messages.find((m) => m.id === first.message.id)?.rating).toMatchObject({
      rating: 'down',
      comment: 'I wanted only this year',
    });
    expect(messages.filter((m) => m.id !== first.message.id).every((m) => m.rating === null)).toBe(true);
    const examples = await admin.examples.list.query({});
    expect(examples.items.some((e) => e.sourceMessageId === first.message.id)).toBe(false);
    const feedback = await admin.feedback.list.query({});
    expect(feedback.items[0]).toMatchObject({
      messageId: first.message.id,
      chatId: first.chatId,
      user: { email: 'alice@sdk.test' },
      question: 'How many events are there?',
      sql: first.message.answer?.sql,
      interpretation: first.message.answer?.interpretation,
      comment: 'I wanted only this year',
    });
  });

  it("nobody rates another user's answer, and only admins read examples and feedback", async () => {
    const first = await alice.ask('How many companies are there?');
    const foreign = await thrown(() => bob.message.rate.mutate({ messageId: first.message.id, rating: 'up' }));
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const question = await thrown(() => alice.message.rate.mutate({ messageId: first.userMessage.id, rating: 'up' }));
    expect(errorCode(question)).toBe('NOT_FOUND');
    expect(errorCode(await thrown(() => bob.examples.list.query({})))).toBe('FORBIDDEN');
    expect(errorCode(await thrown(() => bob.feedback.list.query({})))).toBe('FORBIDDEN');
    expect(
      errorCode(await thrown(() => alice.message.rate.mutate({ messageId: first.message.id, rating: 'meh' as 'up' }))),
    ).toBe('BAD_REQUEST');
  });
});
