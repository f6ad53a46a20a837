/**
 * Storage faults, with the real server process:
 * - a read-only database file (and a read-only directory): the server refuses to start with a
 *   message that says so, or answers every write with a typed error that says so; the file is
 *   left byte-for-byte unchanged.
 * - a full disk, two ways: a file-size limit on the server process (`ulimit -f`, the kernel then
 *   fails writes with EFBIG, which SQLite reports as SQLITE_FULL) and a page limit on every
 *   connection (`PRAGMA max_page_count`, set by a test preload): the caller gets a typed error that
 *   says the storage is full, the server stays up, nothing is half-written (no question without its
 *   outcome), and after space returns a retry with the same client message id is stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openSqlite } from '@musaeid/db';

import {
  copyDatabase,
  type CreatedUser,
  freePort,
  prepareDatabase,
  ServerProcess,
  type ServerProcessOptions,
  tmpDir,
} from '@musaeid/testkit';

import { AppStore } from '../src/store/AppStore';
import { SqliteClient } from '../src/store/SqliteClient';
import { auditDatabase } from './support/audit';
import { createUser } from './support/fixtures';
import { callProcedure, TransportError, type CallOutcome } from './support/trpcHttp';

const here = path.dirname(fileURLToPath(import.meta.url));
const MAX_PAGE_PRELOAD = path.join(here, 'support/preload/maxPageCount.mjs');
/** File-size limit for the disk-full run, in KiB (bash `ulimit -f` units): far below the database's own size. */
const FILE_SIZE_LIMIT_KIB = 256;
const MAX_MESSAGES_UNTIL_FULL = 300;

/** When the tests run as root, permission bits do not stop writes: run the server as `nobody` then. */
const runAsNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

const STORAGE_FULL = /full|space|storage|quota|disk/i;
const READ_ONLY = /read-?only|readonly|not writable|permission|EACCES|EPERM|cannot (open|write)/i;

interface Prepared {
  db: string;
  user: CreatedUser;
  chatId: string;
}

/** A database with a user and a chat, closed cleanly (no WAL left). */
async function prepare(dir: string, name: string): Promise<Prepared> {
  const db = path.join(dir, `${name}.db`);
  await prepareDatabase(db, { data: 'demo', people: 100 });
  const user = await createUser(db, `${name}@example.test`);
  const connection = openSqlite(db);
  try {
    const store = new AppStore(new SqliteClient(connection));
    const { chat } = await store.chats.createChat(user.userId, 'faults', 'Hello!');
    connection.pragma('wal_checkpoint(TRUNCATE)');
    return { db, user, chatId: chat.id };
  } finally {
    connection.close();
  }
}

describe('faults', () => {
  const tmp = tmpDir('faults');
  let template: Prepared;

  beforeAll(async () => {
    template = await prepare(tmp.dir, 'template');
  });

  afterAll(() => {
    // Give the directories back their write bit so that they can be removed.
    try {
      chmodSync(tmp.dir, 0o755);
    } catch {
      // already gone
    }
    tmp.cleanup();
  });

  /** A copy of the template database in its own directory (mode 0755 so that `nobody` can reach it). */
  function copyTemplate(name: string): Prepared & { dir: string } {
    const dir = path.join(tmp.dir, name);
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(tmp.dir, 0o755);
    const db = path.join(dir, 'musaeid.db');
    copyDatabase(template.db, db);
    return { ...template, db, dir };
  }

  describe.each([
    { label: 'read-only file in a writable directory', readOnlyDir: false },
    { label: 'read-only file in a read-only directory', readOnlyDir: true },
  ])('read-only database: $label', ({ readOnlyDir }) => {
    it('refuses to start or refuses each write, with a clear message, and writes nothing', async () => {
      const name = readOnlyDir ? 'ro-dir' : 'ro-file';
      const prepared = copyTemplate(name);
      expect(existsSync(`${prepared.db}-wal`)).toBe(false);
      const before = sha256(prepared.db);
      chmodSync(prepared.db, 0o444);
      if (readOnlyDir) chmodSync(prepared.dir, 0o555);
      const server = new ServerProcess({
        db: prepared.db,
        port: await freePort(),
        ...runAsNobody,
        startTimeoutMs: 60_000,
      });
      let behaviour: string;
      try {
        let started = true;
        let refusal = '';
        try {
          await server.start();
        } catch (error) {
          started = false;
          const message = (error as Error).message;
          refusal =
            message
              .split('\n')
              .find((line) => READ_ONLY.test(line))
              ?.trim() ?? '';
          // Refusing to start is fine when it says why, naming the problem.
          expect(message).toMatch(READ_ONLY);
        }
        if (started) {
          const call = (p: string, input: unknown): Promise<CallOutcome> =>
            callProcedure({ baseUrl: server.url, path: p, type: 'mutation', input, apiKey: prepared.user.apiKey });
          const writes = [
            await call('chat.create', {}),
            await call('chat.send', {
              chatId: prepared.chatId,
              text: 'How many companies are there?',
              clientMessageId: randomUUID(),
            }),
            await call('keys.create', { name: 'ro' }),
          ];
          for (const outcome of writes) {
            expect(outcome.ok).toBe(false);
            if (!outcome.ok) {
              expect(outcome.message).toMatch(READ_ONLY);
              expect(outcome.code).not.toBe('UNKNOWN');
            }
          }
          // Reads still work and the server is still up.
          const read = await callProcedure({
            baseUrl: server.url,
            path: 'chat.get',
            type: 'query',
            input: { chatId: prepared.chatId },
            apiKey: prepared.user.apiKey,
          });
          expect(read.ok).toBe(true);
          behaviour = `started; writes refused with ${writes.map((w) => (w.ok ? 'OK' : w.code)).join(', ')}`;
        } else {
          behaviour = `refused to start: ${refusal.slice(0, 300)}`;
        }
      } finally {
        await server.stop('SIGTERM');
        chmodSync(prepared.dir, 0o755);
        chmodSync(prepared.db, 0o644);
      }
      console.log(`faults: read-only (${name}): ${behaviour}`);
      expect(sha256(prepared.db)).toBe(before);
      const audit = auditDatabase(prepared.db);
      expect(audit.integrity).toBe('ok');
      expect(audit.unanswered).toEqual([]);
      expect(audit.pending).toEqual([]);
    }, 120_000);
  });

  describe.each([
    {
      label: 'file-size limit (ulimit -f)',
      options: (): Partial<ServerProcessOptions> => ({ shellPrefix: `ulimit -f ${FILE_SIZE_LIMIT_KIB};` }),
    },
    {
      label: 'page limit (PRAGMA max_page_count)',
      options: (): Partial<ServerProcessOptions> => ({
        preload: [MAX_PAGE_PRELOAD],
        env: { MUSAEID_TEST_MAX_PAGES_EXTRA: '0' },
      }),
    },
  ])('disk full: $label', ({ label, options }) => {
    it('answers with a typed "storage full" error, stays up, half-writes nothing, and recovers', async () => {
      const prepared = copyTemplate(label.startsWith('file') ? 'full-fsize' : 'full-pages');
      if (label.startsWith('file')) expect(statSync(prepared.db).size).toBeGreaterThan(FILE_SIZE_LIMIT_KIB * 1024);
      const port = await freePort();
      const full = new ServerProcess({ db: prepared.db, port, ...options() });
      await full.start();
      const sent: { clientMessageId: string; outcome: CallOutcome | TransportError }[] = [];
      let firstFailure: { clientMessageId: string; text: string; outcome: CallOutcome | TransportError } | undefined;
      try {
        for (let i = 0; i < MAX_MESSAGES_UNTIL_FULL && firstFailure === undefined; i += 1) {
          const clientMessageId = `full-${i}`;
          const text = `How many events are there in ${2000 + (i % 30)}?`;
          let outcome: CallOutcome | TransportError;
          try {
            outcome = await callProcedure({
              baseUrl: full.url,
              path: 'chat.send',
              type: 'mutation',
              input: {
                chatId: prepared.chatId,
                text,
                clientMessageId,
              },
              apiKey: prepared.user.apiKey,
            });
          } catch (error) {
            if (!(error instanceof TransportError)) throw error;
            outcome = error;
          }
          sent.push({ clientMessageId, outcome });
          if (outcome instanceof TransportError || !outcome.ok) firstFailure = { clientMessageId, text, outcome };
        }
        expect(firstFailure, `no failure after ${sent.length} messages: the fault was not triggered`).toBeDefined();
        const failure = firstFailure?.outcome;
        // A typed error, not a dropped connection or a crash.
        expect(failure).not.toBeInstanceOf(TransportError);
        if (failure && !(failure instanceof TransportError) && !failure.ok) {
          console.log(
            `faults: ${label}: message ${sent.length} refused with ${failure.code} (HTTP ${failure.status}): ${failure.message}`,
          );
          expect(failure.message).toMatch(STORAGE_FULL);
          expect(failure.code).not.toBe('UNKNOWN');
        }
        const health = await callProcedure({ baseUrl: full.url, path: 'health', type: 'query', input: {} });
        expect(health.ok, 'the server must stay up on a full disk').toBe(true);
        // Reads still work.
        const timeline = await callProcedure({
          baseUrl: full.url,
          path: 'chat.get',
          type: 'query',
          input: { chatId: prepared.chatId },
          apiKey: prepared.user.apiKey,
        });
        expect(timeline.ok).toBe(true);
      } finally {
        await full.stop('SIGTERM');
      }

      // Nothing half-written: every stored question has its outcome, and the file is sound.
      const afterFault = auditDatabase(prepared.db);
      expect(afterFault.integrity).toBe('ok');
      expect(afterFault.unanswered, 'a question was stored without its outcome').toEqual([]);
      console.log(
        `faults: ${label}: after the fault: ${afterFault.questions} questions, ${afterFault.pending.length} answers still pending`,
      );
      expect(afterFault.misplacedAnswers).toEqual([]);

      // Space is back: the refused message, retried with the same client id, is stored exactly once.
      const recovered = new ServerProcess({ db: prepared.db, port });
      await recovered.start();
      try {
        const retry = await callProcedure({
          baseUrl: recovered.url,
          path: 'chat.send',
          type: 'mutation',
          input: {
            chatId: prepared.chatId,
            // A retry sends the same message again (the same id with another text is a 409 CONFLICT).
            text: firstFailure?.text ?? 'How many events are there?',
            clientMessageId: firstFailure?.clientMessageId ?? 'none',
          },
          apiKey: prepared.user.apiKey,
        });
        expect(retry.ok).toBe(true);
      } finally {
        await recovered.stop('SIGTERM');
      }
      const afterRecovery = auditDatabase(prepared.db);
      expect(afterRecovery.integrity).toBe('ok');
      expect(afterRecovery.duplicateClientIds).toEqual([]);
      expect(afterRecovery.unanswered).toEqual([]);
      expect(afterRecovery.pending, 'a restart must settle answers left pending').toEqual([]);
      expect(afterRecovery.outOfOrderChats).toEqual([]);
      for (const s of sent) {
        if (!(s.outcome instanceof TransportError) && s.outcome.ok)
          expect(afterRecovery.byClientId.has(s.clientMessageId)).toBe(true);
      }
    }, 120_000);
  });
});
