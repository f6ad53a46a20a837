import { randomUUID } from 'node:crypto';

import type { GlossaryConcept, GlossaryEntry } from '@musaeid/core';

import { InvalidRequestError } from '../errors';
import { decodeCursor, encodeCursor, nowIso, Statements, type Db } from './Db';

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

/** Glossary terms: the workspace's (no owner) and each user's personal ones. */
export class GlossaryStore {
  private readonly sql: Statements;

  constructor(private readonly db: Db) {
    this.sql = new Statements(db);
  }

  /** The workspace's terms and the user's own, personal first, then by term. */
  list(userId: string): GlossaryTermDto[] {
    return (
      this.sql
        .get(`${SELECT} WHERE g."user_id" IS NULL OR g."user_id" = ? ORDER BY g."user_id" IS NULL, g."term_key"`)
        .all(userId) as TermRow[]
    ).map(toTerm);
  }

  /**
   * One page of {@link list}, in the same order: the cursor holds the last term's group (0 personal,
   * 1 workspace) and key, which are unique together, so a page starts right after it.
   */
  listPage(
    userId: string,
    opts: { cursor?: string | undefined; limit: number },
  ): { items: GlossaryTermDto[]; nextCursor: string | null } {
    const after = opts.cursor === undefined ? null : decodeCursor(opts.cursor);
    if (opts.cursor !== undefined && (!after || (after.at !== '0' && after.at !== '1')))
      throw new InvalidRequestError('cursor: expected a nextCursor returned by an earlier page of the glossary');
    const owned = `(g."user_id" IS NULL OR g."user_id" = ?)`;
    const order = `ORDER BY g."user_id" IS NULL, g."term_key" LIMIT ?`;
    const rows = (
      after
        ? this.sql
            .get(`${SELECT} WHERE ${owned} AND (g."user_id" IS NULL, g."term_key") > (?, ?) ${order}`)
            .all(userId, Number(after.at), after.id, opts.limit + 1)
        : this.sql.get(`${SELECT} WHERE ${owned} ${order}`).all(userId, opts.limit + 1)
    ) as (TermRow & { term_key: string })[];
    const page = rows.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map(toTerm),
      nextCursor:
        rows.length > opts.limit && last ? encodeCursor(last.user_id === null ? '1' : '0', last.term_key) : null,
    };
  }

  /** What the engine consults for this user's questions. */
  entriesFor(userId: string): GlossaryEntry[] {
    return this.list(userId).map((t) => ({ id: t.id, term: t.term, concept: t.concept, scope: t.scope }));
  }

  /** The term with this id and its owner (null: the workspace's), or null when there is none. */
  owned(id: string): { term: GlossaryTermDto; ownerId: string | null } | null {
    const row = this.sql.get(`${SELECT} WHERE g."id" = ?`).get(id) as TermRow | undefined;
    return row ? { term: toTerm(row), ownerId: row.user_id } : null;
  }

  /** Adds the term, or replaces what an owner's term with the same key means. */
  upsert(input: {
    ownerId: string | null;
    term: string;
    termKey: string;
    concept: GlossaryConcept;
    createdBy: string;
  }): GlossaryTermDto {
    return this.db
      .transaction(() => {
        const at = nowIso();
        const existing = this.sql
          .get(`SELECT "id" FROM "glossary_terms" WHERE coalesce("user_id", '') = ? AND "term_key" = ?`)
          .pluck()
          .get(input.ownerId ?? '', input.termKey) as string | undefined;
        const id = existing ?? randomUUID();
        if (existing)
          this.sql
            .get(
              `UPDATE "glossary_terms" SET "term" = ?, "concept" = ?, "created_by" = ?, "updated_at" = ? WHERE "id" = ?`,
            )
            .run(input.term, JSON.stringify(input.concept), input.createdBy, at, id);
        else
          this.sql
            .get(
              `INSERT INTO "glossary_terms" ("id", "user_id", "term", "term_key", "concept", "created_by", "created_at", "updated_at")
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(id, input.ownerId, input.term, input.termKey, JSON.stringify(input.concept), input.createdBy, at, at);
        return this.owned(id)?.term as GlossaryTermDto;
      })
      .immediate();
  }

  remove(id: string): boolean {
    return this.sql.get('DELETE FROM "glossary_terms" WHERE "id" = ?').run(id).changes > 0;
  }
}
