/**
 * Issue 13, the clarifying conversation, over the real server (demo data, offline engine) with
 * the SDK: a question with a word the parser cannot map is asked back with options, a choice or a
 * typed reply answers the original question in the same chat, and stale or foreign replies are refused.
 */
import { describe, expect, inject, it } from 'vitest';

import { createMusaeidClient, errorCode, errorReason, type AskStreamEvent } from './index';

const server = inject('server');
const alice = createMusaeidClient({ url: server.url, apiKey: server.alice.apiKey });
const bob = createMusaeidClient({ url: server.url, apiKey: server.bob.apiKey });

/** "irak" is one typing slip from two countries, so the engine cannot pick one and asks. */
const AMBIGUOUS = 'Which events are in irak?';

async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('clarifying conversation', () => {
  it('asks back with options that carry their structured choice, and a choice answers the question', async () => {
    const asked = await alice.ask(AMBIGUOUS);
    expect(asked.message.answer?.status).toBe('clarify');
    expect(asked.clarification).toEqual({
      question: 'I could not match "irak" exactly. Did you mean the country Iraq or the country Iran?',
      part: 'irak',
      options: [
        {
          id: 'o1',
          label: 'the country Iraq',
          choice: { part: 'irak', replacement: 'iraq', question: 'Which events are in iraq?' },
        },
        {
          id: 'o2',
          label: 'the country Iran',
          choice: { part: 'irak', replacement: 'iran', question: 'Which events are in iran?' },
        },
        {
          id: 'o3',
          label: 'leave out "irak"',
          choice: { part: 'irak', replacement: '', question: 'Which events are in?' },
        },
      ],
    });

    const answered = await alice.answerClarification(asked, { choice: 'o2' });
    expect(answered.chatId).toBe(asked.chatId);
    expect(answered.clarification).toBeNull();
    expect(answered.message.answer).toMatchObject({ status: 'answered', interpretation: 'events in Iran' });
    expect(answered.message.answer?.sql).toMatch(/country/i);
    expect(answered.userMessage).toMatchObject({ text: 'the country Iran', replyToId: asked.message.id });

    const { messages } = await alice.timeline(asked.chatId);
    expect(messages.map((m) => [m.kind, m.answer?.status ?? null])).toEqual([
      ['greeting', null],
      ['question', null],
      ['answer', 'clarify'],
      ['question', null],
      ['answer', 'answered'],
    ]);

    // The clarification is resolved: replying to it again is stale.
    const again = await thrown(() => alice.answerClarification(asked, { choice: 'o1' }));
    expect(errorCode(again)).toBe('BAD_REQUEST');
    expect(errorReason(again)).toBe('STALE_CLARIFICATION');
  });

  it('a typed reply answers it too', async () => {
    const asked = await alice.ask(AMBIGUOUS);
    const answered = await alice.answerClarification(asked, { text: 'I meant Iraq' });
    expect(answered.message.answer).toMatchObject({ status: 'answered', interpretation: 'events in Iraq' });
  });

  it('refuses a reply to a clarification followed by another question, an unknown option and a non-clarification', async () => {
    const asked = await alice.ask(AMBIGUOUS);
    const unknown = await thrown(() => alice.answerClarification(asked, { choice: 'o9' }));
    expect(errorReason(unknown)).toBe('UNKNOWN_CHOICE');
    expect((unknown as Error).message).toContain('o1, o2, o3');

    const other = await alice.ask('How many events are there?', { chatId: asked.chatId });
    const notClarify = await thrown(() =>
      alice.answerClarification({ chatId: asked.chatId, messageId: other.message.id }, { choice: 'o1' }),
    );
    expect(errorReason(notClarify)).toBe('NOT_A_CLARIFICATION');
    const abandoned = await thrown(() => alice.answerClarification(asked, { choice: 'o1' }));
    expect(errorReason(abandoned)).toBe('STALE_CLARIFICATION');

    // A choice without replyTo is invalid input.
    const bare = await thrown(() => alice.chat.send.mutate({ chatId: asked.chatId, choice: 'o1' }));
    expect(errorCode(bare)).toBe('BAD_REQUEST');
  });

  it("another user's clarification is not found, in their chat or in one of the caller's", async () => {
    const asked = await alice.ask(AMBIGUOUS);
    const { chatId } = await bob.chat.create.mutate({});
    const foreign = await thrown(() =>
      bob.answerClarification({ chatId, messageId: asked.message.id }, { choice: 'o1' }),
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const foreignChat = await thrown(() => bob.answerClarification(asked, { choice: 'o1' }));
    expect(errorCode(foreignChat)).toBe('NOT_FOUND');
    // Alice's clarification is still pending and answerable.
    const answered = await alice.answerClarification(asked, { choice: 'o1' });
    expect(answered.message.answer?.interpretation).toBe('events in Iraq');
  });

  it('askStream yields the clarification as an event before the stored exchange', async () => {
    const events: AskStreamEvent[] = [];
    for await (const event of alice.askStream(AMBIGUOUS)) events.push(event);
    const types = events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(['clarify', 'stored']);
    const clarify = events.at(-2);
    const stored = events.at(-1);
    if (clarify?.type !== 'clarify' || stored?.type !== 'stored') throw new Error('unexpected events');
    expect(clarify.messageId).toBe(stored.exchange.assistantMessage.id);
    expect(clarify.clarification.options.map((o) => o.label)).toEqual([
      'the country Iraq',
      'the country Iran',
      'leave out "irak"',
    ]);
  });
});
