/**
 * "Today" and the data's dates, with the real server process over real HTTP (demo data):
 * - `MUSAEID_AS_OF` is the server's "today" when a request gives none, and a request's own `asOf` wins;
 * - a time window that finds nothing says where the data's dates lie, with a suggestion;
 * - the greeting's example questions (and `data.suggestions`) return rows on the data they were made from.
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort, prepareDatabase, ServerProcess, tmpDir, type CreatedUser } from '@musaeid/testkit';

import { createUsers } from './support/fixtures';
import { callProcedure, type CallOutcome } from './support/trpcHttp';

/** Far after the demo data's events. */
const SERVER_TODAY = '2031-06-01';

interface Answered {
  text: string;
  answer: { status: string; rowCount: number; rows?: unknown[][] } | null;
}

describe('time and the data range over HTTP', () => {
  const tmp = tmpDir('time');
  let server: ServerProcess;
  let user: CreatedUser;

  const call = async (procedure: string, input: unknown, type: 'query' | 'mutation' = 'mutation') => {
    const outcome: CallOutcome = await callProcedure({
      baseUrl: server.url,
      path: procedure,
      type,
      input,
      apiKey: user.apiKey,
      timeoutMs: 60_000,
    });
    if (!outcome.ok) throw new Error(`${procedure}: ${outcome.code} ${outcome.message}`);
    return outcome.data;
  };
  const ask = async (chatId: string, text: string, asOf?: string): Promise<Answered> =>
    ((await call('chat.send', { chatId, text, ...(asOf ? { asOf } : {}) })) as { assistantMessage: Answered })
      .assistantMessage;

  beforeAll(async () => {
    const db = path.join(tmp.dir, 'time.db');
    await prepareDatabase(db, { data: 'demo', people: 100 });
    [user] = (await createUsers(db, [{ email: 'time@example.test' }])) as [CreatedUser];
    server = new ServerProcess({ db, port: await freePort(), env: { MUSAEID_AS_OF: SERVER_TODAY } });
    await server.start();
  }, 120_000);

  afterAll(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it('an empty relative window counts from MUSAEID_AS_OF and says where the data lies', async () => {
    const { chatId } = (await call('chat.create', {})) as { chatId: string };
    const reply = await ask(chatId, 'Which events take place in the next 3 months?');
    expect(reply.answer?.status).toBe('answered');
    expect(reply.answer?.rowCount).toBe(0);
    expect(reply.text).toMatch(/The events in the data run (from \w+ \d{4} to \w+ \d{4}|in \w+ \d{4})/);
    expect(reply.text).toContain(`relative dates here count from ${SERVER_TODAY}`);
    expect(reply.text).toMatch(/try dates in that range/i);
  });

  it("a request's own asOf wins over MUSAEID_AS_OF", async () => {
    const { chatId } = (await call('chat.create', {})) as { chatId: string };
    const reply = await ask(chatId, 'Which events take place in the next 3 months?', '2040-01-01');
    expect(reply.text).toContain('relative dates here count from 2040-01-01');
  });

  it("the greeting's example questions and data.suggestions return rows on this data", async () => {
    const created = (await call('chat.create', {})) as { chatId: string; greeting: { text: string } };
    const examples = [...created.greeting.text.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
    expect(examples).toHaveLength(2);
    const { suggestions } = (await call('data.suggestions', { limit: 20 }, 'query')) as {
      suggestions: { question: string }[];
    };
    expect(suggestions.length).toBeGreaterThan(3);
    for (const question of new Set([...examples, ...suggestions.map((s) => s.question)])) {
      const reply = await ask(created.chatId, question);
      expect(reply.answer?.status, question).toBe('answered');
      expect(reply.answer?.rowCount, question).toBeGreaterThan(0);
      expect(reply.text, question).not.toMatch(/^No results|The answer[^.]* is 0\./);
    }
  }, 120_000);
});
