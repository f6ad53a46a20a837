import { randomUUID } from 'node:crypto';

import { chooseChart } from '../charts/chooseChart';
import type { AnswerPath, RecordedAnswer as Answer } from '../engine';
import { InvalidRequestError, QuotaExceededError } from '../errors';
import { clarificationOf, readClarification } from '../learn/clarificationOf';
import { toReasonCode, type ReasonCode } from '../reasonCodes';
import type { AnswerDto, ChatDto, MessageDto } from '../schemas';
import { decodeCursor, encodeCursor, nowIso, Statements, type Db } from './Db';
import { MonthlyMessageCount } from './MonthlyMessageCount';

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

export const monthStartIso = (now: Date): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();

/** Chats, their messages and full results. Every read is scoped to the owning user. */
export class ChatStore {
  private readonly sql: Statements;
  private readonly monthlyMessages: MonthlyMessageCount;

  constructor(private readonly db: Db) {
    this.sql = new Statements(db);
    this.monthlyMessages = new MonthlyMessageCount(this.sql);
  }

  createChat(userId: string, title: string, greeting: string): { chat: ChatDto; greeting: MessageDto } {
    return this.db
      .transaction(() => {
        const at = nowIso();
        const chat: ChatRow = { id: randomUUID(), user_id: userId, title, created_at: at, updated_at: at };
        this.sql
          .get('INSERT INTO "chats" ("id", "user_id", "title", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?)')
          .run(chat.id, chat.user_id, chat.title, chat.created_at, chat.updated_at);
        const id = randomUUID();
        this.sql
          .get(
            `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "created_at")
           VALUES (?, ?, 0, 'assistant', 'greeting', ?, ?)`,
          )
          .run(id, chat.id, greeting, at);
        return { chat: toChat(chat), greeting: this.messageById(id) as MessageDto };
      })
      .immediate();
  }

  /** The user's chat, or null for a missing chat AND for another user's chat (indistinguishable). */
  getChat(userId: string, chatId: string): ChatDto | null {
    const row = this.sql.get('SELECT * FROM "chats" WHERE "id" = ? AND "user_id" = ?').get(chatId, userId) as
      ChatRow | undefined;
    return row ? toChat(row) : null;
  }

  listChats(
    userId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): { items: ChatDto[]; nextCursor: string | null } {
    const before = opts.cursor ? decodeCursor(opts.cursor) : null;
    const rows = (
      before
        ? this.sql
            .get(
              `SELECT * FROM "chats" WHERE "user_id" = ? AND ("updated_at", "id") < (?, ?)
               ORDER BY "updated_at" DESC, "id" DESC LIMIT ?`,
            )
            .all(userId, before.at, before.id, opts.limit + 1)
        : this.sql
            .get('SELECT * FROM "chats" WHERE "user_id" = ? ORDER BY "updated_at" DESC, "id" DESC LIMIT ?')
            .all(userId, opts.limit + 1)
    ) as ChatRow[];
    const page = rows.slice(0, opts.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toChat),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.updated_at, last.id) : null,
    };
  }

  renameChat(userId: string, chatId: string, title: string): ChatDto | null {
    this.sql
      .get('UPDATE "chats" SET "title" = ?, "updated_at" = ? WHERE "id" = ? AND "user_id" = ?')
      .run(title, nowIso(), chatId, userId);
    return this.getChat(userId, chatId);
  }

  /** Deletes the chat with its messages and results; false when it is not the user's. */
  deleteChat(userId: string, chatId: string): boolean {
    return this.sql.get('DELETE FROM "chats" WHERE "id" = ? AND "user_id" = ?').run(chatId, userId).changes > 0;
  }

  /**
   * One page of a chat's timeline, newest last: the latest `limit` messages, or with `cursor` (a
   * `nextCursor` of an earlier page) the `limit` messages before those. `nextCursor` is null on the
   * page holding the chat's first message.
   */
  messagesPage(
    chatId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): { messages: MessageDto[]; nextCursor: string | null } {
    let beforeSeq = Number.MAX_SAFE_INTEGER;
    if (opts.cursor !== undefined) {
      const decoded = decodeCursor(opts.cursor);
      if (!decoded || !/^\d{1,15}$/.test(decoded.at) || decoded.id !== chatId)
        throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page of this chat');
      beforeSeq = Number(decoded.at);
    }
    const rows = this.sql
      .get(`${MESSAGE_SELECT} WHERE m."chat_id" = ? AND m."seq" < ? ORDER BY m."seq" DESC LIMIT ?`)
      .all(chatId, beforeSeq, opts.limit + 1) as MessageRow[];
    const page = rows.slice(0, opts.limit).reverse();
    const first = page[0];
    return {
      messages: page.map(toMessage),
      nextCursor: rows.length > opts.limit && first ? encodeCursor(String(first.seq), chatId) : null,
    };
  }

  /** Earlier question/answer turns, oldest first, for follow-up questions. */
  history(chatId: string, beforeSeq: number): TurnForHistory[] {
    const rows = this.sql
      .get(
        `SELECT q."text" AS question, a."sql" AS sql, a."interpretation" AS interpretation,
                a."understanding" AS understanding
         FROM "messages" q JOIN "messages" a ON a."reply_to_id" = q."id"
         WHERE q."chat_id" = ? AND q."kind" = 'question' AND q."seq" < ?
         ORDER BY q."seq"`,
      )
      .all(chatId, beforeSeq) as {
      question: string;
      sql: string | null;
      interpretation: string | null;
      understanding: string | null;
    }[];
    return rows.map((r) => ({ ...r, understanding: parseJson<unknown>(r.understanding, undefined) }));
  }

  /** The seq of the chat's latest message (-1 for none): a clarification is pending only while it is the latest. */
  latestSeq(chatId: string): number {
    return (
      this.sql.get('SELECT coalesce(max("seq"), -1) AS seq FROM "messages" WHERE "chat_id" = ?').get(chatId) as {
        seq: number;
      }
    ).seq;
  }

  messageById(id: string): MessageDto | null {
    const row = this.sql.get(`${MESSAGE_SELECT} WHERE m."id" = ?`).get(id) as MessageRow | undefined;
    return row ? toMessage(row) : null;
  }

  /** A message of one of the user's chats (null for anyone else's). */
  userMessage(userId: string, messageId: string): MessageDto | null {
    const row = this.sql
      .get(`${MESSAGE_SELECT} JOIN "chats" c ON c."id" = m."chat_id" WHERE m."id" = ? AND c."user_id" = ?`)
      .get(messageId, userId) as MessageRow | undefined;
    return row ? toMessage(row) : null;
  }

  /** The stored question with this client id and its answer (null while unanswered). */
  findByClientMessageId(
    chatId: string,
    clientMessageId: string,
  ): { question: MessageDto; answer: MessageDto | null } | null {
    const q = this.sql
      .get('SELECT * FROM "messages" WHERE "chat_id" = ? AND "client_message_id" = ?')
      .get(chatId, clientMessageId) as MessageRow | undefined;
    if (!q) return null;
    return { question: toMessage(q), answer: this.answerTo(q.id) };
  }

  answerTo(questionId: string): MessageDto | null {
    const a = this.sql.get(`${MESSAGE_SELECT} WHERE m."reply_to_id" = ?`).get(questionId) as MessageRow | undefined;
    return a ? toMessage(a) : null;
  }

  /**
   * Stores a question together with its answer's placeholder (status `pending`, the next seq), so
   * the timeline never holds a question without an outcome, whatever happens next (crash, full
   * disk). Checks the monthly quota in the same IMMEDIATE transaction (nothing is stored when it is
   * used up) and opens the usage record.
   */
  storeQuestion(input: {
    userId: string;
    chatId: string;
    text: string;
    clientMessageId: string | null;
    /** The clarification this message replies to (null for a new question). */
    replyToId?: string | null;
    monthlyQuota: number;
    now?: Date;
  }): { question: MessageDto; answer: MessageDto; usageId: number } {
    return this.db
      .transaction(() => {
        const now = input.now ?? new Date();
        const used = this.monthlyMessages.count(input.userId, monthStartIso(now));
        if (used >= input.monthlyQuota) throw new QuotaExceededError(input.monthlyQuota, secondsToNextMonth(now));
        const at = now.toISOString();
        const seq = (
          this.sql
            .get('SELECT coalesce(max("seq"), -1) + 1 AS seq FROM "messages" WHERE "chat_id" = ?')
            .get(input.chatId) as {
            seq: number;
          }
        ).seq;
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
        };
        this.sql
          .get(
            `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "client_message_id", "reply_to_id", "created_at")
           VALUES (?, ?, ?, 'user', 'question', ?, ?, ?, ?)`,
          )
          .run(question.id, input.chatId, seq, input.text, input.clientMessageId, question.reply_to_id, at);
        this.sql
          .get(
            `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "reply_to_id", "status", "created_at")
           VALUES (?, ?, ?, 'assistant', 'answer', '', ?, 'pending', ?)`,
          )
          .run(answer.id, input.chatId, seq + 1, question.id, at);
        const usage = this.sql
          .get(
            `INSERT INTO "usage_records" ("user_id", "kind", "chat_id", "message_id", "created_at") VALUES (?, 'message', ?, ?, ?)`,
          )
          .run(input.userId, input.chatId, question.id, at);
        this.sql.get('UPDATE "chats" SET "updated_at" = ? WHERE "id" = ?').run(at, input.chatId);
        // The rows as just written (no read back).
        return { question: toMessage(question), answer: toMessage(answer), usageId: Number(usage.lastInsertRowid) };
      })
      .immediate();
  }

  /** The id of the usage record opened with a question (null for data stored without one). */
  usageIdOf(userId: string, question: Pick<MessageDto, 'id' | 'createdAt'>): number | null {
    // Opened in the same transaction as the question, with its timestamp: an indexed lookup.
    const id = this.sql
      .get(
        `SELECT "id" FROM "usage_records" WHERE "user_id" = ? AND "created_at" = ? AND "message_id" = ? AND "kind" = 'message'`,
      )
      .pluck()
      .get(userId, question.createdAt, question.id) as number | undefined;
    if (id !== undefined) return id;
    // Not written by storeQuestion (other timestamps): a scan, on this rare retry path only.
    const scanned = this.sql
      .get(`SELECT "id" FROM "usage_records" WHERE "message_id" = ? AND "kind" = 'message'`)
      .pluck()
      .get(question.id) as number | undefined;
    return scanned ?? null;
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
  }): MessageDto | null {
    const a = input.answer;
    return this.db
      .transaction(() => {
        const at = nowIso();
        const row = this.sql
          .get(
            `UPDATE "messages" SET "text" = ?, "status" = ?, "reason_code" = ?, "reason_message" = ?, "sql" = ?,
             "interpretation" = ?, "understanding" = ?, "columns" = ?, "preview" = ?, "row_count" = ?, "truncated" = ?,
             "latency_ms" = ?, "usage" = ?, "clarification" = ?, "path" = ? WHERE "id" = ? RETURNING *`,
          )
          .get(
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
          ) as MessageRow | undefined;
        if (!row) return null; // the chat was deleted meanwhile
        this.sql.get('DELETE FROM "message_results" WHERE "message_id" = ?').run(input.answerId);
        if (a.status === 'answered' && a.columns.length > 0) {
          this.sql
            .get(
              'INSERT INTO "message_results" ("message_id", "columns", "rows", "row_count", "truncated", "params") VALUES (?, ?, ?, ?, ?, ?)',
            )
            .run(
              input.answerId,
              arrayToJson(a.columns),
              arrayToJson(a.rows),
              a.rowCount,
              a.rowCountExact ? 0 : 1,
              arrayToJson(a.params),
            );
        }
        if (input.usageId !== null) this.completeUsage(input.usageId, a, input.costUsd);
        this.sql.get('UPDATE "chats" SET "updated_at" = ? WHERE "id" = ?').run(at, row.chat_id);
        return toMessage(row);
      })
      .immediate();
  }

  /** Marks an answer failed with a short reason (a small in-place update, tried when a full answer could not be stored). */
  failAnswer(answerId: string, reason: { code: ReasonCode; message: string }, text: string): MessageDto | null {
    this.sql
      .get(
        `UPDATE "messages" SET "status" = 'failed', "reason_code" = ?, "reason_message" = ?, "text" = ? WHERE "id" = ?`,
      )
      .run(reason.code, reason.message, text, answerId);
    return this.messageById(answerId);
  }

  /** Pending answers created before `before` (their process is gone): marked failed INTERRUPTED. */
  failStalePending(before: string, text: string): number {
    return this.db
      .prepare(
        `UPDATE "messages" SET "status" = 'failed', "reason_code" = 'INTERRUPTED',
           "reason_message" = 'the server stopped before answering', "text" = ?
         WHERE "status" = 'pending' AND "created_at" < ?`,
      )
      .run(text, before).changes;
  }

  /**
   * The stored result of an assistant message (null when there is none): its first page (`rows`), its total
   * (`rowCount`; a lower bound when `truncated`) and its statement's bound values.
   */
  result(
    messageId: string,
  ): { columns: string[]; rows: unknown[][]; rowCount: number; truncated: boolean; params: unknown[] } | null {
    const row = this.sql.get('SELECT * FROM "message_results" WHERE "message_id" = ?').get(messageId) as
      ResultRow | undefined;
    if (!row) return null;
    return {
      columns: JSON.parse(row.columns) as string[],
      rows: JSON.parse(row.rows) as unknown[][],
      rowCount: row.row_count,
      truncated: row.truncated === 1,
      params: JSON.parse(row.params) as unknown[],
    };
  }

  private completeUsage(usageId: number, a: Answer, costUsd: number): void {
    const prompt = a.usage.reduce((s, u) => s + u.promptTokens, 0);
    const completion = a.usage.reduce((s, u) => s + u.completionTokens, 0);
    const first = a.usage[0];
    this.sql
      .get(
        `UPDATE "usage_records" SET "rows_returned" = ?, "prompt_tokens" = ?, "completion_tokens" = ?,
           "provider" = ?, "model" = ?, "estimated" = ?, "cost_usd" = ?, "path" = ? WHERE "id" = ?`,
      )
      .run(
        a.status === 'answered' ? a.rows.length : 0,
        prompt,
        completion,
        first?.provider ?? null,
        first?.model ?? null,
        a.usage.some((u) => u.estimated) ? 1 : 0,
        costUsd,
        a.path,
        usageId,
      );
  }
}
