/**
 * `clarify` through the product (issue 12, CONTRACT-clarify.md): a question the engine asks back
 * is stored in the chat's timeline with its clarification, shown by both API forms, and the next
 * message (an option's label or id) continues the same question with the clarify turn in history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ScriptedEngine } from './testing/ScriptedEngine';
import { startTestServer, type TestServer } from './testing/testServer';

describe('clarify answers over real HTTP', () => {
  let server: TestServer;
  let engine: ScriptedEngine;

  beforeAll(async () => {
    engine = new ScriptedEngine();
    server = await startTestServer({ engine });
  });
  afterAll(async () => server.close());

  it('stores the clarification in the timeline and continues the question with the chosen option', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const asked = await alice.chat.send.mutate({ chatId, text: 'Which events are in Australia?' });
    const answer = asked.assistantMessage.answer;
    expect(answer).toMatchObject({
      status: 'clarify',
      sql: null,
      reason: null,
      rowCount: 0,
      clarification: {
        question: 'Did you mean the country Australia or the event Australia Tech Week?',
        part: 'australia',
        options: [
          { id: 'o1', label: 'the country Australia' },
          { id: 'o2', label: 'the event Australia Tech Week' },
        ],
      },
    });
    expect(asked.assistantMessage.text).toMatch(/^Did you mean/);

    // Read back from storage, on both forms.
    const timeline = await alice.chat.get.query({ chatId });
    expect(timeline.messages.at(-1)?.answer?.clarification).toEqual(answer?.clarification);
    const rest = await fetch(`${server.url}/api/chats/${chatId}`, {
      headers: { authorization: `Bearer ${server.alice.apiKey}` },
    });
    const restBody = (await rest.json()) as {
      messages: { answer: { status: string; clarification: unknown } | null }[];
    };
    expect(restBody.messages.at(-1)?.answer).toMatchObject({ status: 'clarify', clarification: answer?.clarification });

    // The user picks an option by its label: the same question continues, with the clarify turn in history.
    const picked = await alice.chat.send.mutate({ chatId, text: 'the event Australia Tech Week' });
    expect(picked.assistantMessage.answer).toMatchObject({ status: 'answered', clarification: null });
    expect(picked.assistantMessage.answer?.interpretation).toBe(
      'Which events are in Australia? (the event Australia Tech Week)',
    );
    const call = engine.calls.at(-1);
    expect(call?.history.at(-1)).toMatchObject({
      question: 'Which events are in Australia?',
      sql: null,
      understanding: { pending: 'Which events are in Australia?' },
    });
  });

  it("continues with an option's id too, and a clarify answer is not a result to page", async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const asked = await alice.chat.send.mutate({ chatId, text: 'australia sponsors' });
    const result = await alice.chat.result.query({ messageId: asked.assistantMessage.id }).then(
      () => null,
      (e: { data?: { code?: string } }) => e.data?.code,
    );
    expect(result).toBe('NOT_FOUND');
    const picked = await alice.chat.send.mutate({ chatId, text: 'o1' });
    expect(picked.assistantMessage.answer?.interpretation).toBe('australia sponsors (the country Australia)');
  });

  it('streams a clarify answer with its clarification', async () => {
    const alice = server.client(server.alice.apiKey);
    const { chatId } = await alice.chat.create.mutate({});
    const stored = await new Promise<unknown>((resolve, reject) => {
      const sub = alice.chat.stream.subscribe(
        { chatId, text: 'people at australia events' },
        {
          onData: (event) => {
            if (event.type === 'stored') {
              sub.unsubscribe();
              resolve(event.exchange.assistantMessage.answer);
            }
          },
          onError: reject,
        },
      );
    });
    expect(stored).toMatchObject({ status: 'clarify', clarification: { part: 'australia' } });
  });
});
