import { randomUUID } from 'node:crypto';

import type { GlossaryConcept, GlossaryEntry } from '@musaeid/core';

import { InvalidRequestError } from '../errors';
import { decodeCursor, encodeCursor, nowIso } from './Db';
import type { SqlClient } from './SqlClient';

export interface GlossaryTermDto {
  id: string;
  term: string;
  scope: 'workspace' | 'personal';
  concept: GlossaryConcept;
  createdBy: { id: string; email: string } | null;
  createdAt: string;
  updatedAt: string;
}

interface TermRow {
  id: string;
  user_id: string | null;
  term: string;
  concept: string;
  created_by: string | null;
  created_by_email: string | null;
  created_at: string;
  updated_at: string;
}

const toTerm = (r: TermRow): GlossaryTermDto => ({
  id: r.id,
  term: r.term,
  scope: r.user_id === null ? 'workspace' : 'personal',
  concept: JSON.parse(r.concept) as GlossaryConcept,
  createdBy: r.created_by && r.created_by_email ? { id: r.created_by, email: r.created_by_email } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT g.*, u."email" AS created_by_email FROM "glossary_terms" g LEFT JOIN "users" u ON u."id" = g."created_by"`;

/** 1 for a workspace term, 0 for a personal one: personal terms sort first (a number on both databases). */
const GROUP = `(CASE WHEN g."user_id" IS NULL THEN 1 ELSE 0 END)`;

/** Glossary terms: the workspace's (no owner) and each user's personal ones. */
export class GlossaryStore {
  constructor(private readonly sql: SqlClient) {}

  /** The workspace's terms and the user's own, personal first, then by term. */
  async list(userId: string): Promise<GlossaryTermDto[]> {
    return (
      await this.sql.all<TermRow>(
        `${SELECT} WHERE g."user_id" IS NULL OR g."user_id" = ? ORDER BY ${GROUP}, g."term_key"`,
        [userId],
      )
    ).map(toTerm);
  }

  /**
   * One page of {@link list}, in the same order: the cursor holds the last term's group (0 personal,
   * 1 workspace) and key, which are unique together, so a page starts right after it.
   */
  async listPage(
    userId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): Promise<{ items: GlossaryTermDto[]; nextCursor: string | null }> {
    const after = opts.cursor === undefined ? null : decodeCursor(opts.cursor);
    if (opts.cursor !== undefined && (!after || (after.at !== '0' && after.at !== '1')))
      throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page of the glossary');
    const owned = `(g."user_id" IS NULL OR g."user_id" = ?)`;
    const order = `ORDER BY ${GROUP}, g."term_key" LIMIT ?`;
    const rows = after
      ? await this.sql.all<TermRow & { term_key: string }>(
          `${SELECT} WHERE ${owned} AND (${GROUP}, g."term_key") > (?, ?) ${order}`,
          [userId, Number(after.at), after.id, opts.limit + 1],
        )
      : await this.sql.all<TermRow & { term_key: string }>(`${SELECT} WHERE ${owned} ${order}`, [
          userId,
          opts.limit + 1,
        ]);
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map(toTerm),
      nextCursor:
        rows.length > opts.limit && last ? encodeCursor(last.user_id === null ? '1' : '0', last.term_key) : null,
    };
  }

  /** What the engine consults for this user's questions. */
  async entriesFor(userId: string): Promise<GlossaryEntry[]> {
    return (await this.list(userId)).map((t) => ({ id: t.id, term: t.term, concept: t.concept, scope: t.scope }));
  }

  /** The term with this id and its owner (null: the workspace's), or null when there is none. */
  owned(id: string): Promise<{ term: GlossaryTermDto; ownerId: string | null } | null> {
    return ownedIn(this.sql, id);
  }

  /** Adds the term, or replaces what an owner's term with the same key means. */
  upsert(input: {
    ownerId: string | null;
    term: string;
    termKey: string;
    concept: GlossaryConcept;
    createdBy: string;
  }): Promise<GlossaryTermDto> {
    return this.sql.transaction(async (tx) => {
      const at = nowIso();
      const existing = await tx.get<{ id: string }>(
        `SELECT "id" FROM "glossary_terms" WHERE coalesce("user_id", '') = ? AND "term_key" = ?`,
        [input.ownerId ?? '', input.termKey],
      );
      const id = existing?.id ?? randomUUID();
      if (existing)
        await tx.run(
          `UPDATE "glossary_terms" SET "term" = ?, "concept" = ?, "created_by" = ?, "updated_at" = ? WHERE "id" = ?`,
          [input.term, JSON.stringify(input.concept), input.createdBy, at, id],
        );
      else
        await tx.run(
          `INSERT INTO "glossary_terms" ("id", "user_id", "term", "term_key", "concept", "created_by", "created_at", "updated_at")
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, input.ownerId, input.term, input.termKey, JSON.stringify(input.concept), input.createdBy, at, at],
        );
      return (await ownedIn(tx, id))?.term as GlossaryTermDto;
    });
  }

  async remove(id: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM "glossary_terms" WHERE "id" = ?', [id])) > 0;
  }
}

async function ownedIn(sql: SqlClient, id: string): Promise<{ term: GlossaryTermDto; ownerId: string | null } | null> {
  const row = await sql.get<TermRow>(`${SELECT} WHERE g."id" = ?`, [id]);
  return row ? { term: toTerm(row), ownerId: row.user_id } : null;
}
