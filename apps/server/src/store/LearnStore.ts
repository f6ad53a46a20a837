import { randomUUID } from 'node:crypto';

import type { VerifiedExample } from '@musaeid/core';

import { InvalidRequestError } from '../errors';
import { decodeCursor, encodeCursor, nowIso } from './Db';
import type { SqlClient } from './SqlClient';

export type Rating = 'up' | 'down';

export interface RatingDto {
  messageId: string;
  rating: Rating;
  comment: string | null;
  updatedAt: string;
}

export interface ExampleDto {
  id: string;
  question: string;
  generator: string;
  sql: string | null;
  interpretation: string | null;
  /** The offline engine's structured request (JSON), or null for SQL written by a model. */
  request: unknown;
  verifiedBy: { id: string; email: string } | null;
  sourceMessageId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FeedbackDto {
  messageId: string;
  chatId: string;
  user: { id: string; email: string };
  question: string;
  sql: string | null;
  interpretation: string | null;
  answer: string;
  comment: string;
  ratedAt: string;
}

interface ExampleRow {
  id: string;
  question: string;
  generator: string;
  request: string | null;
  sql: string | null;
  interpretation: string | null;
  verified_by: string | null;
  verified_by_email: string | null;
  source_message_id: string | null;
  created_at: string;
  updated_at: string;
}

const toExample = (r: ExampleRow): ExampleDto => ({
  id: r.id,
  question: r.question,
  generator: r.generator,
  sql: r.sql,
  interpretation: r.interpretation,
  request: r.request === null ? null : (JSON.parse(r.request) as unknown),
  verifiedBy: r.verified_by && r.verified_by_email ? { id: r.verified_by, email: r.verified_by_email } : null,
  sourceMessageId: r.source_message_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const EXAMPLE_SELECT = `SELECT x.*, u."email" AS verified_by_email FROM "verified_examples" x
  LEFT JOIN "users" u ON u."id" = x."verified_by"`;

/** What an answer of the user's own chat holds for rating it (null: not the user's, or not an answer). */
export interface RatableAnswer {
  id: string;
  status: string;
  /** The question this answer answers, as the user finally meant it (see {@link LearnStore.ratableAnswer}). */
  question: string;
  sql: string | null;
  interpretation: string | null;
  understanding: unknown;
}

interface FeedbackRow {
  message_id: string;
  comment: string;
  updated_at: string;
  chat_id: string;
  sql: string | null;
  interpretation: string | null;
  answer: string;
  question: string;
  user_id: string;
  email: string;
}

/** Ratings, verified examples and feedback (issue 13). Reads of messages are scoped to their owner. */
export class LearnStore {
  constructor(private readonly sql: SqlClient) {}

  /**
   * An assistant answer of one of the user's chats, with the question it answers. When that
   * question was the reply to a clarification (the message before it asked back), the question is
   * the one originally asked, so a verified example records what the user asked, not "the country Iran".
   */
  async ratableAnswer(userId: string, messageId: string): Promise<RatableAnswer | null> {
    const row = await this.sql.get<{
      id: string;
      status: string;
      sql: string | null;
      interpretation: string | null;
      understanding: string | null;
      chat_id: string;
      q_seq: number;
      question: string;
    }>(
      `SELECT a."id", a."status", a."sql", a."interpretation", a."understanding", a."chat_id", q."seq" AS q_seq,
                q."text" AS question
         FROM "messages" a JOIN "chats" c ON c."id" = a."chat_id" JOIN "messages" q ON q."id" = a."reply_to_id"
         WHERE a."id" = ? AND c."user_id" = ? AND a."kind" = 'answer'`,
      [messageId, userId],
    );
    if (!row) return null;
    const asked = await this.sql.get<{ text: string }>(
      `SELECT q."text" FROM "messages" b JOIN "messages" q ON q."id" = b."reply_to_id"
         WHERE b."chat_id" = ? AND b."seq" = ? AND b."status" = 'clarify'`,
      [row.chat_id, row.q_seq - 1],
    );
    return {
      id: row.id,
      status: row.status,
      question: asked?.text ?? row.question,
      sql: row.sql,
      interpretation: row.interpretation,
      understanding: row.understanding === null ? null : (JSON.parse(row.understanding) as unknown),
    };
  }

  /**
   * Stores the user's rating of an answer (replacing an earlier one) and, in the same transaction,
   * the verified example of an up-rating (or drops the one an earlier up-rating made).
   */
  rate(input: {
    userId: string;
    answer: RatableAnswer;
    rating: Rating;
    comment: string | null;
    example: { generator: string; request: unknown; sql: string | null } | null;
  }): Promise<{ rating: RatingDto; exampleId: string | null }> {
    return this.sql.transaction(async (tx) => {
      const at = nowIso();
      await tx.run(
        `INSERT INTO "message_ratings" ("message_id", "user_id", "rating", "comment", "created_at", "updated_at")
             VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT ("message_id") DO UPDATE SET "rating" = excluded."rating", "comment" = excluded."comment",
               "updated_at" = excluded."updated_at"`,
        [input.answer.id, input.userId, input.rating, input.comment, at, at],
      );
      let exampleId: string | null = null;
      if (input.rating === 'up' && input.example) {
        exampleId =
          (
            await tx.get<{ id: string }>('SELECT "id" FROM "verified_examples" WHERE "source_message_id" = ?', [
              input.answer.id,
            ])
          )?.id ?? randomUUID();
        await tx.run(
          `INSERT INTO "verified_examples" ("id", "question", "generator", "request", "sql", "interpretation",
                 "verified_by", "source_message_id", "created_at", "updated_at")
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT ("id") DO UPDATE SET "verified_by" = excluded."verified_by", "updated_at" = excluded."updated_at"`,
          [
            exampleId,
            input.answer.question,
            input.example.generator,
            input.example.request === null ? null : JSON.stringify(input.example.request),
            input.example.sql,
            input.answer.interpretation,
            input.userId,
            input.answer.id,
            at,
            at,
          ],
        );
      } else if (input.rating === 'down') {
        await tx.run('DELETE FROM "verified_examples" WHERE "source_message_id" = ?', [input.answer.id]);
      }
      return {
        rating: { messageId: input.answer.id, rating: input.rating, comment: input.comment, updatedAt: at },
        exampleId,
      };
    });
  }

  /** Every verified example, for the engine's example index. */
  async allExamples(): Promise<VerifiedExample[]> {
    return (await this.sql.all<ExampleRow>(EXAMPLE_SELECT)).map((r) => {
      const x = toExample(r);
      return {
        id: x.id,
        question: x.question,
        generator: x.generator,
        request: x.request,
        sql: x.sql,
        interpretation: x.interpretation,
      };
    });
  }

  async listExamples(opts: { cursor?: string | undefined; limit: number }): Promise<{
    items: ExampleDto[];
    nextCursor: string | null;
  }> {
    const before = opts.cursor ? decodeCursor(opts.cursor) : null;
    if (opts.cursor && !before)
      throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page');
    const rows = before
      ? await this.sql.all<ExampleRow>(
          `${EXAMPLE_SELECT} WHERE (x."updated_at", x."id") < (?, ?) ORDER BY x."updated_at" DESC, x."id" DESC LIMIT ?`,
          [before.at, before.id, opts.limit + 1],
        )
      : await this.sql.all<ExampleRow>(`${EXAMPLE_SELECT} ORDER BY x."updated_at" DESC, x."id" DESC LIMIT ?`, [
          opts.limit + 1,
        ]);
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map(toExample),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.updated_at, last.id) : null,
    };
  }

  async getExample(id: string): Promise<ExampleDto | null> {
    const row = await this.sql.get<ExampleRow>(`${EXAMPLE_SELECT} WHERE x."id" = ?`, [id]);
    return row ? toExample(row) : null;
  }

  /** Changes an example's question (the wording it is found and reused by); null when it does not exist. */
  async updateExample(id: string, question: string): Promise<ExampleDto | null> {
    await this.sql.run('UPDATE "verified_examples" SET "question" = ?, "updated_at" = ? WHERE "id" = ?', [
      question,
      nowIso(),
      id,
    ]);
    return this.getExample(id);
  }

  async removeExample(id: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM "verified_examples" WHERE "id" = ?', [id])) > 0;
  }

  /** Down-rated answers with a comment, newest first, with the question, SQL and interpretation. */
  async listFeedback(opts: { cursor?: string | undefined; limit: number }): Promise<{
    items: FeedbackDto[];
    nextCursor: string | null;
  }> {
    const before = opts.cursor ? decodeCursor(opts.cursor) : null;
    if (opts.cursor && !before)
      throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page');
    const rows = await this.sql.all<FeedbackRow>(
      `SELECT r."message_id", r."comment", r."updated_at", a."chat_id", a."sql", a."interpretation", a."text" AS answer,
                q."text" AS question, u."id" AS user_id, u."email"
         FROM "message_ratings" r JOIN "messages" a ON a."id" = r."message_id"
         JOIN "messages" q ON q."id" = a."reply_to_id" JOIN "users" u ON u."id" = r."user_id"
         WHERE r."rating" = 'down' AND r."comment" IS NOT NULL
           AND (CAST(? AS TEXT) IS NULL OR (r."updated_at", r."message_id") < (?, ?))
         ORDER BY r."updated_at" DESC, r."message_id" DESC LIMIT ?`,
      [before?.at ?? null, before?.at ?? null, before?.id ?? null, opts.limit + 1],
    );
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        messageId: r.message_id,
        chatId: r.chat_id,
        user: { id: r.user_id, email: r.email },
        question: r.question,
        sql: r.sql,
        interpretation: r.interpretation,
        answer: r.answer,
        comment: r.comment,
        ratedAt: r.updated_at,
      })),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.updated_at, last.message_id) : null,
    };
  }
}
