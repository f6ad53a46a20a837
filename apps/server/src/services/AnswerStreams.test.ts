/**
 * An answer's `chat.stream` events recorded by one server process and followed from another: on
 * PostgreSQL two connection pools, each with its own LISTEN connection (PostgresStreamEventBus), as
 * two processes have; on SQLite (one process) the in-process bus. The followers re-read the table
 * only after a quiet minute here, so what reaches them in time came through the bus.
 */
import { migrate, migratePostgres, openSqlite } from '@musaeid/db';
import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import { afterAll, describe, expect, it } from 'vitest';

import { createLogger } from '../logger';
import { answered } from '../testing/ScriptedEngine';
import { AppStore } from '../store/AppStore';
import { PostgresClient } from '../store/PostgresClient';
import { PostgresStreamEventBus } from '../store/PostgresStreamEventBus';
import { SqliteClient } from '../store/SqliteClient';
import { AnswerStreams } from './AnswerStreams';
import { InProcessStreamEventBus, StreamEventListeners, type StreamEventBus } from './StreamEventBus';
import type { StoredStreamEvent } from '../store/StreamEventStore';
import type { StreamEvent } from './streamExchange';

const logger = createLogger('silent');
const QUIET_MINUTE = 60_000;

interface Process {
  store: AppStore;
  bus: StreamEventBus;
  streams: AnswerStreams;
}

interface Backend {
  /** Two "processes" on one fresh database. */
  open(): Promise<[Process, Process]>;
  close(): Promise<void>;
}

/** A new user's chat with a stored question and its pending answer. */
const pendingAnswer = async (store: AppStore) => {
  const user = await store.users.createUser({ email: `u${Math.random()}@example.test`, role: 'user' });
  const chat = (await store.chats.createChat(user.user.id, 'Stream', 'Hello!')).chat;
  return store.chats.storeQuestion({
    userId: user.user.id,
    chatId: chat.id,
    text: 'How many events are there?',
    clientMessageId: null,
    monthlyQuota: 100,
  });
};

const pg = await tryStartPgCluster();
afterAll(async () => {
  await pg.cluster?.stop();
});

const sqliteBackend = (): Backend => {
  const dir = makeTmp('answer-streams');
  return {
    async open() {
      await migrate(`${dir}/app.db`);
      const store = new AppStore(new SqliteClient(openSqlite(`${dir}/app.db`)));
      const bus = new InProcessStreamEventBus();
      const one = { store, bus, streams: new AnswerStreams(store, bus, logger, QUIET_MINUTE) };
      return [one, one];
    },
    close: () => {
      removeTmp(dir);
      return Promise.resolve();
    },
  };
};

const postgresBackend = (): Backend => {
  const opened: Process[] = [];
  return {
    async open() {
      const url = await pg.cluster!.createDatabase('answer_streams');
      await migratePostgres(url);
      const make = async (): Promise<Process> => {
        const store = new AppStore(PostgresClient.connect(url));
        const bus = await PostgresStreamEventBus.start(url, store.sql, logger);
        const made = { store, bus, streams: new AnswerStreams(store, bus, logger, QUIET_MINUTE) };
        opened.push(made);
        return made;
      };
      return [await make(), await make()];
    },
    async close() {
      for (const p of opened) {
        await p.bus.close();
        await p.store.close();
      }
    },
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect(events: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const seen: StreamEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

for (const [name, make, skip] of [
  ['SQLite (one process)', sqliteBackend, false],
  ['PostgreSQL (two processes)', postgresBackend, !pg.cluster],
] as const) {
  describe.skipIf(skip)(`answer streams on ${name}`, () => {
    let backend: Backend;
    let writer: Process;
    let reader: Process;

    afterAll(() => backend.close());

    it('delivers what one process records to a follower on another, live and in order, ending at the stored exchange', async () => {
      backend = make();
      [writer, reader] = await backend.open();
      const { question, answer } = await pendingAnswer(writer.store);
      const followed = collect(reader.streams.follow(answer.id, -1));
      await sleep(100); // the follower is listening before anything is recorded
      const recorder = writer.streams.recorder(answer.id);
      recorder.record({ type: 'understood', interpretation: 'the number of events' });
      recorder.record({ type: 'sql', sql: 'SELECT count(*) FROM events' });
      await recorder.flush();
      await sleep(50);
      recorder.record({ type: 'rows', rowCount: 1 });
      const done = await writer.store.chats.completeAnswer({
        answerId: answer.id,
        usageId: null,
        answer: answered(),
        latencyMs: 1,
        costUsd: 0,
      });
      recorder.record({ type: 'stored', exchange: { userMessage: question, assistantMessage: done! } });
      await recorder.flush();
      const events = await followed;
      expect(events.map((e) => e.type)).toEqual(['understood', 'sql', 'rows', 'stored']);
      const ids = events.map((e) => Number(e.eventId.split(':')[1]));
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect(events.every((e) => e.eventId.startsWith(`${answer.id}:`))).toBe(true);

      // A client that saw the first two resumes (on either process) with the rest only.
      const resumed = await collect(writer.streams.follow(answer.id, ids[1]!));
      expect(resumed.map((e) => e.eventId)).toEqual(events.slice(2).map((e) => e.eventId));
    });

    it('ends a resumed stream whose answer finished without recording its end with the stored exchange', async () => {
      const { answer } = await pendingAnswer(writer.store);
      const first = await writer.streams.record(answer.id, { type: 'understood', interpretation: 'events' });
      // The process died; recovery marked the answer interrupted (no final event was recorded).
      await writer.store.chats.failOrphanedPending([], new Date(Date.now() + 1000).toISOString(), 'stopped');
      const quick = new AnswerStreams(reader.store, reader.bus, logger, 50);
      const events = await collect(quick.follow(answer.id, first.id));
      expect(events.map((e) => e.type)).toEqual(['stored']);
      const stored = events[0];
      expect(stored?.type === 'stored' && stored.exchange.assistantMessage.answer?.reason?.code).toBe('INTERRUPTED');
      // Recorded now: the next follower reads it from the table.
      expect((await collect(reader.streams.follow(answer.id, first.id))).map((e) => e.eventId)).toEqual([
        stored?.eventId,
      ]);
    });

    it('stops following when the client goes away', async () => {
      const { answer } = await pendingAnswer(writer.store);
      const controller = new AbortController();
      const followed = collect(reader.streams.follow(answer.id, -1, { signal: controller.signal }));
      await sleep(50);
      controller.abort();
      expect(await followed).toEqual([]);
    });
  });
}

/**
 * Announcements are hints that can overtake each other (PostgreSQL delivers them on another
 * connection than the one that stored the rows): this bus holds them and hands them on last first.
 */
class ReorderingBus implements StreamEventBus {
  private readonly listeners = new StreamEventListeners();
  private held: StoredStreamEvent[] = [];

  publish(event: StoredStreamEvent): Promise<void> {
    this.held.push(event);
    return Promise.resolve();
  }

  /** Hands on what is held, the latest first. */
  release(): void {
    for (const event of this.held.splice(0).reverse())
      this.listeners.deliver({ answerId: event.answerId, id: event.id });
  }

  subscribe(answerId: string, listener: Parameters<StreamEventBus['subscribe']>[1]): () => void {
    return this.listeners.add(answerId, listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('answer streams whose announcements arrive out of order', () => {
  it('gives every event once, in the order recorded, when a later announcement overtakes an earlier one', async () => {
    const dir = makeTmp('answer-streams-order');
    try {
      await migrate(`${dir}/app.db`);
      const store = new AppStore(new SqliteClient(openSqlite(`${dir}/app.db`)));
      const bus = new ReorderingBus();
      const streams = new AnswerStreams(store, bus, logger, QUIET_MINUTE);
      const { question, answer } = await pendingAnswer(store);
      const followed = collect(streams.follow(answer.id, -1));
      await sleep(50); // the follower has read the (empty) table and waits for announcements
      const recorder = streams.recorder(answer.id);
      recorder.record({ type: 'understood', interpretation: 'the number of events' });
      recorder.record({ type: 'sql', sql: 'SELECT count(*) FROM events' });
      recorder.record({ type: 'rows', rowCount: 1 });
      await recorder.flush();
      bus.release();
      await sleep(50);
      const done = await store.chats.completeAnswer({
        answerId: answer.id,
        usageId: null,
        answer: answered(),
        latencyMs: 1,
        costUsd: 0,
      });
      recorder.record({ type: 'stored', exchange: { userMessage: question, assistantMessage: done! } });
      await recorder.flush();
      bus.release();
      const events = await followed;
      expect(events.map((e) => e.type)).toEqual(['understood', 'sql', 'rows', 'stored']);
      await store.close();
    } finally {
      removeTmp(dir);
    }
  });
});

describe('pruning answer streams', () => {
  it('removes events older than a day now and on every run until stopped, keeping recent ones', async () => {
    const dir = makeTmp('answer-streams-prune');
    try {
      await migrate(`${dir}/app.db`);
      const store = new AppStore(new SqliteClient(openSqlite(`${dir}/app.db`)));
      const streams = new AnswerStreams(store, new InProcessStreamEventBus(), logger, QUIET_MINUTE);
      const age = (id: number) =>
        store.sql.run('UPDATE "stream_events" SET "created_at" = ? WHERE "id" = ?', ['2000-01-01T00:00:00.000Z', id]);
      const { answer } = await pendingAnswer(store);
      const a1 = answer.id;
      const old = await streams.record(a1, { type: 'understood', interpretation: 'events' });
      await age(old.id);
      const recent = await streams.record(a1, { type: 'sql', sql: 'SELECT 1' });
      const stop = streams.startPruning(20);
      await sleep(60);
      expect((await store.streamEvents.after(a1, -1)).map((e) => e.id)).toEqual([recent.id]);
      // A later run (not the first one) removes what aged since.
      await age(recent.id);
      await sleep(60);
      expect(await store.streamEvents.after(a1, -1)).toEqual([]);
      stop();
      const kept = await streams.record(a1, { type: 'rows', rowCount: 1 });
      await age(kept.id);
      await sleep(60);
      expect((await store.streamEvents.after(a1, -1)).map((e) => e.id)).toEqual([kept.id]);
      await store.close();
    } finally {
      removeTmp(dir);
    }
  });
});
