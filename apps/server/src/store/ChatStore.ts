import { randomUUID } from 'node:crypto';

import { chooseChart } from '../charts/chooseChart';
import type { AnswerPath, RecordedAnswer as Answer } from '../engine';
import { InvalidRequestError, QuotaExceededError } from '../errors';
import { clarificationOf, readClarification } from '../learn/clarificationOf';
import { toReasonCode, type ReasonCode } from '../reasonCodes';
import type { AnswerDto, ChatDto, MessageDto } from '../schemas';
import { decodeCursor, encodeCursor, nowIso } from './Db';
import { LimitStore } from './LimitStore';
import type { SqlClient } from './SqlClient';

interface ChatRow {
  id: string;
  user_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

interface MessageRow {
  id: string;
  chat_id: string;
  seq: number;
  role: 'user' | 'assistant';
  kind: 'greeting' | 'question' | 'answer';
  text: string;
  client_message_id: string | null;
  reply_to_id: string | null;
  status: 'pending' | 'answered' | 'clarify' | 'refused' | 'failed' | null;
  reason_code: string | null;
  reason_message: string | null;
  sql: string | null;
  interpretation: string | null;
  understanding: string | null;
  columns: string | null;
  preview: string | null;
  row_count: number | null;
  truncated: number | null;
  latency_ms: number | null;
  usage: string | null;
  /** JSON of the question back to the user, on `clarify` answers only. */
  clarification: string | null;
  path: AnswerPath | null;
  created_at: string;
  /** The server process computing a `pending` answer (its lease in `server_leases`). */
  owner_id: string | null;
  /** From the joined rating (`MESSAGE_SELECT`); absent when a query reads the bare table. */
  rating?: 'up' | 'down' | null;
  rating_comment?: string | null;
  rating_updated_at?: string | null;
}

/** Messages with their owner's rating (one row per message: a message has at most one rating). */
const MESSAGE_SELECT = `SELECT m.*, r."rating" AS rating, r."comment" AS rating_comment, r."updated_at" AS rating_updated_at
  FROM "messages" m LEFT JOIN "message_ratings" r ON r."message_id" = m."id"`;

/** A message row with every optional column empty (the base of rows built before they are written). */
const EMPTY_MESSAGE: Omit<MessageRow, 'id' | 'chat_id' | 'seq' | 'role' | 'kind' | 'text' | 'created_at'> = {
  client_message_id: null,
  reply_to_id: null,
  status: null,
  reason_code: null,
  reason_message: null,
  sql: null,
  interpretation: null,
  understanding: null,
  columns: null,
  preview: null,
  row_count: null,
  truncated: null,
  latency_ms: null,
  usage: null,
  clarification: null,
  path: null,
  owner_id: null,
};

interface ResultRow {
  message_id: string;
  columns: string;
  rows: string;
  row_count: number;
  truncated: number;
  params: string;
}

const toChat = (r: ChatRow): ChatDto => ({
  id: r.id,
  title: r.title,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const parseJson = <T>(text: string | null, fallback: T): T => (text === null ? fallback : (JSON.parse(text) as T));

function toMessage(r: MessageRow): MessageDto {
  const columns = r.kind === 'answer' ? parseJson<string[]>(r.columns, []) : [];
  const preview = r.kind === 'answer' ? parseJson<unknown[][]>(r.preview, []) : [];
  const answer: AnswerDto | null =
    r.kind === 'answer' && r.status
      ? {
          status: r.status,
          reason: r.reason_code ? { code: toReasonCode(r.reason_code), message: r.reason_message ?? '' } : null,
          sql: r.sql,
          interpretation: r.interpretation,
          columns,
          preview,
          rowCount: r.row_count ?? 0,
          truncated: r.truncated === 1,
          latencyMs: r.latency_ms ?? 0,
          usage: parseJson(r.usage, []),
          clarification: readClarification(parseJson<unknown>(r.clarification, null)),
          path: r.path,
          chart: r.status === 'answered' ? chooseChart(columns, preview, r.row_count ?? 0) : null,
        }
      : null;
  return {
    id: r.id,
    chatId: r.chat_id,
    seq: r.seq,
    role: r.role,
    kind: r.kind,
    text: r.text,
    clientMessageId: r.client_message_id,
    replyToId: r.reply_to_id,
    createdAt: r.created_at,
    answer,
    rating:
      r.rating && r.rating_updated_at
        ? { rating: r.rating, comment: r.rating_comment ?? null, updatedAt: r.rating_updated_at }
        : null,
  };
}

/** JSON that survives values SQLite or the engine may hand back (bigint, undefined). */
const toJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v === undefined ? null : v));

/**
 * `toJson` of arrays (result rows, column names): plain `JSON.stringify` already writes `undefined`
 * array items as null, so the replacer (one call per value, slow on big results) is only needed
 * when a value is a bigint, which makes the plain form throw.
 */
const arrayToJson = (value: readonly unknown[]): string => {
  try {
    return JSON.stringify(value);
  } catch {
    return toJson(value);
  }
};

export interface TurnForHistory {
  question: string;
  sql: string | null;
  interpretation: string | null;
  understanding: unknown;
}

/** Seconds from `now` to the start of the next month (UTC). */
export function secondsToNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** Chats, their messages and full results. Every read is scoped to the owning user. */
export class ChatStore {
  constructor(private readonly sql: SqlClient) {}

  createChat(userId: string, title: string, greeting: string): Promise<{ chat: ChatDto; greeting: MessageDto }> {
    return this.sql.transaction(async (tx) => {
      const at = nowIso();
      const chat: ChatRow = { id: randomUUID(), user_id: userId, title, created_at: at, updated_at: at };
      await tx.run(
        'INSERT INTO "chats" ("id", "user_id", "title", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?)',
        [chat.id, chat.user_id, chat.title, chat.created_at, chat.updated_at],
      );
      const id = randomUUID();
      await tx.run(
        `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "created_at")
           VALUES (?, ?, 0, 'assistant', 'greeting', ?, ?)`,
        [id, chat.id, greeting, at],
      );
      return { chat: toChat(chat), greeting: (await messageIn(tx, id)) as MessageDto };
    });
  }

  /** The user's chat, or null for a missing chat AND for another user's chat (indistinguishable). */
  async getChat(userId: string, chatId: string): Promise<ChatDto | null> {
    const row = await this.sql.get<ChatRow>('SELECT * FROM "chats" WHERE "id" = ? AND "user_id" = ?', [chatId, userId]);
    return row ? toChat(row) : null;
  }

  async listChats(
    userId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): Promise<{ items: ChatDto[]; nextCursor: string | null }> {
    const before = opts.cursor ? decodeCursor(opts.cursor) : null;
    const rows = before
      ? await this.sql.all<ChatRow>(
          `SELECT * FROM "chats" WHERE "user_id" = ? AND ("updated_at", "id") < (?, ?)
               ORDER BY "updated_at" DESC, "id" DESC LIMIT ?`,
          [userId, before.at, before.id, opts.limit + 1],
        )
      : await this.sql.all<ChatRow>(
          'SELECT * FROM "chats" WHERE "user_id" = ? ORDER BY "updated_at" DESC, "id" DESC LIMIT ?',
          [userId, opts.limit + 1],
        );
    const page = rows.slice(0, opts.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toChat),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.updated_at, last.id) : null,
    };
  }

  async renameChat(userId: string, chatId: string, title: string): Promise<ChatDto | null> {
    await this.sql.run('UPDATE "chats" SET "title" = ?, "updated_at" = ? WHERE "id" = ? AND "user_id" = ?', [
      title,
      nowIso(),
      chatId,
      userId,
    ]);
    return this.getChat(userId, chatId);
  }

  /** Deletes the chat with its messages and results; false when it is not the user's. */
  async deleteChat(userId: string, chatId: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM "chats" WHERE "id" = ? AND "user_id" = ?', [chatId, userId])) > 0;
  }

  /**
   * One page of a chat's timeline, newest last: the latest `limit` messages, or with `cursor` (a
   * `nextCursor` of an earlier page) the `limit` messages before those. `nextCursor` is null on the
   * page holding the chat's first message.
   */
  async messagesPage(
    chatId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): Promise<{ messages: MessageDto[]; nextCursor: string | null }> {
    // Seqs are INTEGER columns (32 bits on PostgreSQL): bounds are kept within that range.
    const maxSeq = 2 ** 31 - 1;
    let beforeSeq = maxSeq;
    if (opts.cursor !== undefined) {
      const decoded = decodeCursor(opts.cursor);
      if (!decoded || !/^\d{1,15}$/.test(decoded.at) || decoded.id !== chatId)
        throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page of this chat');
      beforeSeq = Math.min(Number(decoded.at), maxSeq);
    }
    const rows = await this.sql.all<MessageRow>(
      `${MESSAGE_SELECT} WHERE m."chat_id" = ? AND m."seq" < ? ORDER BY m."seq" DESC LIMIT ?`,
      [chatId, beforeSeq, opts.limit + 1],
    );
    const page = rows.slice(0, opts.limit).reverse();
    const first = page[0];
    return {
      messages: page.map(toMessage),
      nextCursor: rows.length > opts.limit && first ? encodeCursor(String(first.seq), chatId) : null,
    };
  }

  /** Earlier question/answer turns, oldest first, for follow-up questions. */
  async history(chatId: string, beforeSeq: number): Promise<TurnForHistory[]> {
    const rows = await this.sql.all<{
      question: string;
      sql: string | null;
      interpretation: string | null;
      understanding: string | null;
    }>(
      `SELECT q."text" AS question, a."sql" AS sql, a."interpretation" AS interpretation,
                a."understanding" AS understanding
         FROM "messages" q JOIN "messages" a ON a."reply_to_id" = q."id"
         WHERE q."chat_id" = ? AND q."kind" = 'question' AND q."seq" < ?
         ORDER BY q."seq"`,
      [chatId, beforeSeq],
    );
    return rows.map((r) => ({ ...r, understanding: parseJson<unknown>(r.understanding, undefined) }));
  }

  /** The seq of the chat's latest message (-1 for none): a clarification is pending only while it is the latest. */
  async latestSeq(chatId: string): Promise<number> {
    const row = await this.sql.get<{ seq: number }>(
      'SELECT coalesce(max("seq"), -1) AS seq FROM "messages" WHERE "chat_id" = ?',
      [chatId],
    );
    return row?.seq ?? -1;
  }

  messageById(id: string): Promise<MessageDto | null> {
    return messageIn(this.sql, id);
  }

  /** A message of one of the user's chats (null for anyone else's). */
  async userMessage(userId: string, messageId: string): Promise<MessageDto | null> {
    const row = await this.sql.get<MessageRow>(
      `${MESSAGE_SELECT} JOIN "chats" c ON c."id" = m."chat_id" WHERE m."id" = ? AND c."user_id" = ?`,
      [messageId, userId],
    );
    return row ? toMessage(row) : null;
  }

  /** The stored question with this client id and its answer (null while unanswered). */
  async findByClientMessageId(
    chatId: string,
    clientMessageId: string,
  ): Promise<{ question: MessageDto; answer: MessageDto | null } | null> {
    const q = await this.sql.get<MessageRow>(
      'SELECT * FROM "messages" WHERE "chat_id" = ? AND "client_message_id" = ?',
      [chatId, clientMessageId],
    );
    if (!q) return null;
    return { question: toMessage(q), answer: await this.answerTo(q.id) };
  }

  async answerTo(questionId: string): Promise<MessageDto | null> {
    const a = await this.sql.get<MessageRow>(`${MESSAGE_SELECT} WHERE m."reply_to_id" = ?`, [questionId]);
    return a ? toMessage(a) : null;
  }

  /**
   * Stores a question together with its answer's placeholder (status `pending`, the next seq), so
   * the timeline never holds a question without an outcome, whatever happens next (crash, full
   * disk). Counts the message against the monthly quota in the same transaction (one atomic
   * statement; nothing is stored when it is used up) and opens the usage record. The chat's row is updated first: on PostgreSQL that row lock
   * serialises two processes storing into one chat, so each reads the other's seq.
   */
  storeQuestion(input: {
    userId: string;
    chatId: string;
    text: string;
    clientMessageId: string | null;
    /** The clarification this message replies to (null for a new question). */
    replyToId?: string | null;
    monthlyQuota: number;
    /** The server process that will compute the answer (its lease); null: none holds one. */
    ownerId?: string | null;
    now?: Date;
  }): Promise<{ question: MessageDto; answer: MessageDto; usageId: number }> {
    return this.sql.transaction(async (tx) => {
      const now = input.now ?? new Date();
      const at = now.toISOString();
      await tx.run('UPDATE "chats" SET "updated_at" = ? WHERE "id" = ?', [at, input.chatId]);
      if (!(await LimitStore.countMessage(tx, input.userId, at.slice(0, 7), input.monthlyQuota)))
        throw new QuotaExceededError(input.monthlyQuota, secondsToNextMonth(now));
      const seq =
        (
          await tx.get<{ seq: number }>(
            'SELECT coalesce(max("seq"), -1) + 1 AS seq FROM "messages" WHERE "chat_id" = ?',
            [input.chatId],
          )
        )?.seq ?? 0;
      const question: MessageRow = {
        ...EMPTY_MESSAGE,
        id: randomUUID(),
        chat_id: input.chatId,
        seq,
        role: 'user',
        kind: 'question',
        text: input.text,
        client_message_id: input.clientMessageId,
        reply_to_id: input.replyToId ?? null,
        created_at: at,
      };
      const answer: MessageRow = {
        ...EMPTY_MESSAGE,
        id: randomUUID(),
        chat_id: input.chatId,
        seq: seq + 1,
        role: 'assistant',
        kind: 'answer',
        text: '',
        reply_to_id: question.id,
        status: 'pending',
        created_at: at,
        owner_id: input.ownerId ?? null,
      };
      await tx.run(
        `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "client_message_id", "reply_to_id", "created_at")
           VALUES (?, ?, ?, 'user', 'question', ?, ?, ?, ?)`,
        [question.id, input.chatId, seq, input.text, input.clientMessageId, question.reply_to_id, at],
      );
      await tx.run(
        `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "reply_to_id", "status", "created_at", "owner_id")
           VALUES (?, ?, ?, 'assistant', 'answer', '', ?, 'pending', ?, ?)`,
        [answer.id, input.chatId, seq + 1, question.id, at, answer.owner_id],
      );
      const usage = await tx.get<{ id: number }>(
        `INSERT INTO "usage_records" ("user_id", "kind", "chat_id", "message_id", "created_at")
         VALUES (?, 'message', ?, ?, ?) RETURNING "id"`,
        [input.userId, input.chatId, question.id, at],
      );
      // The rows as just written (no read back).
      return { question: toMessage(question), answer: toMessage(answer), usageId: Number(usage?.id) };
    });
  }

  /** The id of the usage record opened with a question (null for data stored without one). */
  async usageIdOf(userId: string, question: Pick<MessageDto, 'id' | 'createdAt'>): Promise<number | null> {
    // Opened in the same transaction as the question, with its timestamp: an indexed lookup.
    const found = await this.sql.get<{ id: number }>(
      `SELECT "id" FROM "usage_records" WHERE "user_id" = ? AND "created_at" = ? AND "message_id" = ? AND "kind" = 'message'`,
      [userId, question.createdAt, question.id],
    );
    if (found !== undefined) return found.id;
    // Not written by storeQuestion (other timestamps): a scan, on this rare retry path only.
    const scanned = await this.sql.get<{ id: number }>(
      `SELECT "id" FROM "usage_records" WHERE "message_id" = ? AND "kind" = 'message'`,
      [question.id],
    );
    return scanned?.id ?? null;
  }

  /**
   * Fills an answer's placeholder with the engine's answer, its full result and its usage (the
   * record `usageId`, opened by `storeQuestion`), in one transaction. Null when the placeholder is
   * gone (its chat was deleted meanwhile).
   */
  completeAnswer(input: {
    answerId: string;
    usageId: number | null;
    answer: Answer;
    latencyMs: number;
    costUsd: number;
  }): Promise<MessageDto | null> {
    const a = input.answer;
    return this.sql.transaction(async (tx) => {
      const at = nowIso();
      const row = await tx.get<MessageRow>(
        `UPDATE "messages" SET "text" = ?, "status" = ?, "reason_code" = ?, "reason_message" = ?, "sql" = ?,
             "interpretation" = ?, "understanding" = ?, "columns" = ?, "preview" = ?, "row_count" = ?, "truncated" = ?,
             "latency_ms" = ?, "usage" = ?, "clarification" = ?, "path" = ? WHERE "id" = ? RETURNING *`,
        [
          a.text,
          a.status,
          a.reason?.code ?? null,
          a.reason?.message ?? null,
          a.sql,
          a.interpretation,
          a.understanding === undefined ? null : toJson(a.understanding),
          arrayToJson(a.columns),
          arrayToJson(a.preview),
          a.rowCount,
          // The whole result is paged on demand now: what stays "cut" is only its count, past the count limit.
          a.rowCountExact ? 0 : 1,
          Math.max(0, Math.round(input.latencyMs)),
          toJson(a.usage),
          a.status === 'clarify' && a.clarification ? toJson(clarificationOf(a)) : null,
          a.path,
          input.answerId,
        ],
      );
      if (!row) return null; // the chat was deleted meanwhile
      await tx.run('DELETE FROM "message_results" WHERE "message_id" = ?', [input.answerId]);
      if (a.status === 'answered' && a.columns.length > 0) {
        await tx.run(
          'INSERT INTO "message_results" ("message_id", "columns", "rows", "row_count", "truncated", "params") VALUES (?, ?, ?, ?, ?, ?)',
          [
            input.answerId,
            arrayToJson(a.columns),
            arrayToJson(a.rows),
            a.rowCount,
            a.rowCountExact ? 0 : 1,
            arrayToJson(a.params),
          ],
        );
      }
      if (input.usageId !== null) await completeUsage(tx, input.usageId, a, input.costUsd);
      await tx.run('UPDATE "chats" SET "updated_at" = ? WHERE "id" = ?', [at, row.chat_id]);
      return toMessage(row);
    });
  }

  /** Marks an answer failed with a short reason (a small in-place update, tried when a full answer could not be stored). */
  async failAnswer(
    answerId: string,
    reason: { code: ReasonCode; message: string },
    text: string,
  ): Promise<MessageDto | null> {
    await this.sql.run(
      `UPDATE "messages" SET "status" = 'failed', "reason_code" = ?, "reason_message" = ?, "text" = ? WHERE "id" = ?`,
      [reason.code, reason.message, text, answerId],
    );
    return this.messageById(answerId);
  }

  /**
   * Makes `ownerId` the process computing `answerId` again (a retry redoes an answer whose process is
   * gone): it becomes `pending` again, provided its owner is still `previousOwner`. False when another
   * process claimed it first (it computes the answer; this one waits for it).
   */
  async claimAnswer(answerId: string, ownerId: string | null, previousOwner: string | null): Promise<boolean> {
    const changed = await this.sql.run(
      `UPDATE "messages" SET "owner_id" = ?, "status" = 'pending' WHERE "id" = ? AND "owner_id" IS NOT DISTINCT FROM ?`,
      [ownerId, answerId, previousOwner],
    );
    return changed > 0;
  }

  /** The process that computes (or last computed) `answerId`, null for none; undefined when the answer is gone. */
  async answerOwner(answerId: string): Promise<string | null | undefined> {
    const row = await this.sql.get<{ owner_id: string | null }>('SELECT "owner_id" FROM "messages" WHERE "id" = ?', [
      answerId,
    ]);
    return row === undefined ? undefined : row.owner_id;
  }

  /**
   * Pending answers whose process is gone, marked failed INTERRUPTED: those of `deadOwners`, and
   * those without an owner created before `ownerlessBefore` (written by a server that kept no lease).
   */
  async failOrphanedPending(deadOwners: readonly string[], ownerlessBefore: string, text: string): Promise<number> {
    let failed = 0;
    // One statement per owner: a fixed statement text (prepared once), and rarely more than one dead owner.
    for (const owner of [null, ...deadOwners])
      failed += await this.sql.run(
        `UPDATE "messages" SET "status" = 'failed', "reason_code" = 'INTERRUPTED',
             "reason_message" = 'the server stopped before answering', "text" = ?
           WHERE "status" = 'pending' AND ${owner === null ? '"owner_id" IS NULL AND "created_at" < ?' : '"owner_id" = ?'}`,
        [text, owner ?? ownerlessBefore],
      );
    return failed;
  }

  /** Pending answers created before `before` (their process is gone): marked failed INTERRUPTED. */
  failStalePending(before: string, text: string): Promise<number> {
    return this.sql.run(
      `UPDATE "messages" SET "status" = 'failed', "reason_code" = 'INTERRUPTED',
           "reason_message" = 'the server stopped before answering', "text" = ?
         WHERE "status" = 'pending' AND "created_at" < ?`,
      [text, before],
    );
  }

  /**
   * The stored result of an assistant message (null when there is none): its first page (`rows`), its total
   * (`rowCount`; a lower bound when `truncated`) and its statement's bound values.
   */
  async result(messageId: string): Promise<{
    columns: string[];
    rows: unknown[][];
    rowCount: number;
    truncated: boolean;
    params: unknown[];
  } | null> {
    const row = await this.sql.get<ResultRow>('SELECT * FROM "message_results" WHERE "message_id" = ?', [messageId]);
    if (!row) return null;
    return {
      columns: JSON.parse(row.columns) as string[],
      rows: JSON.parse(row.rows) as unknown[][],
      rowCount: row.row_count,
      truncated: row.truncated === 1,
      params: JSON.parse(row.params) as unknown[],
    };
  }
}

async function messageIn(sql: SqlClient, id: string): Promise<MessageDto | null> {
  const row = await sql.get<MessageRow>(`${MESSAGE_SELECT} WHERE m."id" = ?`, [id]);
  return row ? toMessage(row) : null;
}

async function completeUsage(tx: SqlClient, usageId: number, a: Answer, costUsd: number): Promise<void> {
  const prompt = a.usage.reduce((s, u) => s + u.promptTokens, 0);
  const completion = a.usage.reduce((s, u) => s + u.completionTokens, 0);
  const first = a.usage[0];
  await tx.run(
    `UPDATE "usage_records" SET "rows_returned" = ?, "prompt_tokens" = ?, "completion_tokens" = ?,
           "provider" = ?, "model" = ?, "estimated" = ?, "cost_usd" = ?, "path" = ? WHERE "id" = ?`,
    [
      a.status === 'answered' ? a.rows.length : 0,
      prompt,
      completion,
      first?.provider ?? null,
      first?.model ?? null,
      a.usage.some((u) => u.estimated) ? 1 : 0,
      costUsd,
      a.path,
      usageId,
    ],
  );
}
