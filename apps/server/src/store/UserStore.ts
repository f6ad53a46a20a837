import { randomUUID } from 'node:crypto';

import { apiKeyMatches, apiKeyPrefix, generateApiKey } from '../auth/apiKey';
import { DuplicateEmailError, LastApiKeyError } from '../errors';
import type { ApiKeyDto, UserDto } from '../schemas';
import { decodeCursor, encodeCursor, nowIso, Statements, type Db } from './Db';

interface UserRow {
  id: string;
  email: string;
  role: 'user' | 'admin';
  created_at: string;
  disabled_at: string | null;
}

interface ApiKeyRow {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toUser = (r: UserRow): UserDto => ({
  id: r.id,
  email: r.email,
  role: r.role,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
});

const toKey = (r: ApiKeyRow): ApiKeyDto => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/** Accounts and API keys. */
export class UserStore {
  /** When each key's use was last recorded (pruned of entries older than a minute as it grows). */
  private readonly touched = new Map<string, number>();
  private readonly sql: Statements;

  constructor(private readonly db: Db) {
    this.sql = new Statements(db);
  }

  /** Creates a user with a first API key, in one transaction. The key is returned once. */
  createUser(input: { email: string; role: 'user' | 'admin'; keyName?: string }): { user: UserDto; apiKey: string } {
    const email = input.email.trim().toLowerCase();
    return this.db
      .transaction(() => {
        if (this.db.prepare('SELECT 1 FROM "users" WHERE "email" = ?').get(email)) throw new DuplicateEmailError(email);
        const row: UserRow = { id: randomUUID(), email, role: input.role, created_at: nowIso(), disabled_at: null };
        this.db
          .prepare('INSERT INTO "users" ("id", "email", "role", "created_at") VALUES (?, ?, ?, ?)')
          .run(row.id, row.email, row.role, row.created_at);
        const { key } = this.insertKey(row.id, input.keyName ?? 'default');
        return { user: toUser(row), apiKey: key };
      })
      .immediate();
  }

  getUser(id: string): UserDto | null {
    const row = this.db.prepare('SELECT * FROM "users" WHERE "id" = ?').get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  countUsers(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM "users"').get() as { n: number }).n;
  }

  listUsers(opts: { cursor?: string | undefined; limit: number }): { items: UserDto[]; nextCursor: string | null } {
    const after = opts.cursor ? decodeCursor(opts.cursor) : null;
    const rows = (
      after
        ? this.db
            .prepare('SELECT * FROM "users" WHERE ("created_at", "id") > (?, ?) ORDER BY "created_at", "id" LIMIT ?')
            .all(after.at, after.id, opts.limit + 1)
        : this.db.prepare('SELECT * FROM "users" ORDER BY "created_at", "id" LIMIT ?').all(opts.limit + 1)
    ) as UserRow[];
    const page = rows.slice(0, opts.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toUser),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  /** Disables a user (idempotent); their keys stop working at once. */
  disableUser(id: string): UserDto | null {
    this.db.prepare('UPDATE "users" SET "disabled_at" = coalesce("disabled_at", ?) WHERE "id" = ?').run(nowIso(), id);
    return this.getUser(id);
  }

  /**
   * The enabled user owning a valid, unrevoked key; records the key's use. One indexed query on
   * every request (nothing cached), so a revoked key or a disabled user is refused at once, by
   * every process sharing the file.
   */
  authenticate(key: string): { user: UserDto; keyId: string } | null {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return null;
    const row = this.sql
      .get(
        `SELECT k."id" AS key_id, k."hash" AS key_hash, u."id", u."email", u."role", u."created_at", u."disabled_at"
         FROM "api_keys" k JOIN "users" u ON u."id" = k."user_id"
         WHERE k."prefix" = ? AND k."revoked_at" IS NULL`,
      )
      .get(prefix) as (UserRow & { key_id: string; key_hash: string }) | undefined;
    if (!row || !apiKeyMatches(key, row.key_hash) || row.disabled_at) return null;
    this.touchKey(row.key_id);
    return { user: toUser(row), keyId: row.key_id };
  }

  /**
   * Records a key's use, at most once a minute per key, best effort: a busy, read-only or full
   * database must not turn every authenticated read into an error.
   */
  private touchKey(keyId: string): void {
    const now = Date.now();
    if (now - (this.touched.get(keyId) ?? 0) < 60_000) return;
    if (this.touched.size >= 10_000) {
      for (const [id, at] of this.touched) if (now - at >= 60_000) this.touched.delete(id);
    }
    this.touched.set(keyId, now);
    try {
      this.sql.get('UPDATE "api_keys" SET "last_used_at" = ? WHERE "id" = ?').run(new Date(now).toISOString(), keyId);
    } catch {
      // best effort
    }
  }

  createApiKey(userId: string, name: string): { key: ApiKeyDto; apiKey: string } {
    const { row, key } = this.db.transaction(() => this.insertKey(userId, name)).immediate();
    return { key: toKey(row), apiKey: key };
  }

  listApiKeys(userId: string): ApiKeyDto[] {
    return (
      this.db
        .prepare('SELECT * FROM "api_keys" WHERE "user_id" = ? ORDER BY "created_at" DESC, "id"')
        .all(userId) as ApiKeyRow[]
    ).map(toKey);
  }

  /** The user with this e-mail address (compared as stored: trimmed, lower case), or null. */
  findByEmail(email: string): UserDto | null {
    const row = this.db.prepare('SELECT * FROM "users" WHERE "email" = ?').get(email.trim().toLowerCase()) as
      UserRow | undefined;
    return row ? toUser(row) : null;
  }

  /**
   * Revokes one of the user's keys; null when the user has no such key. Revoking the user's last
   * active key would leave them no way back in: refused (LastApiKeyError) unless `force`.
   */
  revokeApiKey(userId: string, keyId: string, opts: { force?: boolean } = {}): ApiKeyDto | null {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT * FROM "api_keys" WHERE "id" = ? AND "user_id" = ?').get(keyId, userId) as
          ApiKeyRow | undefined;
        if (!row) return null;
        if (row.revoked_at !== null) return toKey(row);
        const others = this.db
          .prepare('SELECT count(*) FROM "api_keys" WHERE "user_id" = ? AND "revoked_at" IS NULL AND "id" <> ?')
          .pluck()
          .get(userId, keyId) as number;
        if (others === 0 && !opts.force) throw new LastApiKeyError(keyId);
        const revokedAt = nowIso();
        this.db.prepare('UPDATE "api_keys" SET "revoked_at" = ? WHERE "id" = ?').run(revokedAt, keyId);
        return toKey({ ...row, revoked_at: revokedAt });
      })
      .immediate();
  }

  private insertKey(userId: string, name: string): { row: ApiKeyRow; key: string } {
    const generated = generateApiKey();
    const row: ApiKeyRow = {
      id: randomUUID(),
      user_id: userId,
      name,
      prefix: generated.prefix,
      hash: generated.hash,
      created_at: nowIso(),
      last_used_at: null,
      revoked_at: null,
    };
    this.db
      .prepare(
        'INSERT INTO "api_keys" ("id", "user_id", "name", "prefix", "hash", "created_at") VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(row.id, row.user_id, row.name, row.prefix, row.hash, row.created_at);
    return { row, key: generated.key };
  }
}
