import { randomUUID } from 'node:crypto';

import { apiKeyMatches, apiKeyPrefix, generateApiKey } from '../auth/apiKey';
import { DuplicateEmailError, LastApiKeyError } from '../errors';
import type { ApiKeyDto, UserDto } from '../schemas';
import { decodeCursor, encodeCursor, nowIso } from './Db';
import type { SqlClient } from './SqlClient';
import { isUniqueViolation } from './sqlErrors';

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

  constructor(private readonly sql: SqlClient) {}

  /** Creates a user with a first API key, in one transaction. The key is returned once. */
  async createUser(input: {
    email: string;
    role: 'user' | 'admin';
    keyName?: string;
  }): Promise<{ user: UserDto; apiKey: string }> {
    const email = input.email.trim().toLowerCase();
    try {
      return await this.sql.transaction(async (tx) => {
        if (await tx.get('SELECT 1 FROM "users" WHERE "email" = ?', [email])) throw new DuplicateEmailError(email);
        const row: UserRow = { id: randomUUID(), email, role: input.role, created_at: nowIso(), disabled_at: null };
        await tx.run('INSERT INTO "users" ("id", "email", "role", "created_at") VALUES (?, ?, ?, ?)', [
          row.id,
          row.email,
          row.role,
          row.created_at,
        ]);
        const { key } = await insertKey(tx, row.id, input.keyName ?? 'default');
        return { user: toUser(row), apiKey: key };
      });
    } catch (error) {
      // Another process created the same address between the check and the insert.
      if (isUniqueViolation(error)) throw new DuplicateEmailError(email);
      throw error;
    }
  }

  async getUser(id: string): Promise<UserDto | null> {
    const row = await this.sql.get<UserRow>('SELECT * FROM "users" WHERE "id" = ?', [id]);
    return row ? toUser(row) : null;
  }

  async countUsers(): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT count(*) AS n FROM "users"'))?.n ?? 0;
  }

  async listUsers(opts: {
    cursor?: string | undefined;
    limit: number;
  }): Promise<{ items: UserDto[]; nextCursor: string | null }> {
    const after = opts.cursor ? decodeCursor(opts.cursor) : null;
    const rows = after
      ? await this.sql.all<UserRow>(
          'SELECT * FROM "users" WHERE ("created_at", "id") > (?, ?) ORDER BY "created_at", "id" LIMIT ?',
          [after.at, after.id, opts.limit + 1],
        )
      : await this.sql.all<UserRow>('SELECT * FROM "users" ORDER BY "created_at", "id" LIMIT ?', [opts.limit + 1]);
    const page = rows.slice(0, opts.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toUser),
      nextCursor: rows.length > opts.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  /** Disables a user (idempotent); their keys stop working at once. */
  async disableUser(id: string): Promise<UserDto | null> {
    await this.sql.run('UPDATE "users" SET "disabled_at" = coalesce("disabled_at", ?) WHERE "id" = ?', [nowIso(), id]);
    return this.getUser(id);
  }

  /**
   * The enabled user owning a valid, unrevoked key; records the key's use. One indexed query on
   * every request (nothing cached), so a revoked key or a disabled user is refused at once, by
   * every process sharing the database.
   */
  async authenticate(key: string): Promise<{ user: UserDto; keyId: string } | null> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return null;
    const row = await this.sql.get<UserRow & { key_id: string; key_hash: string }>(
      `SELECT k."id" AS key_id, k."hash" AS key_hash, u."id", u."email", u."role", u."created_at", u."disabled_at"
         FROM "api_keys" k JOIN "users" u ON u."id" = k."user_id"
         WHERE k."prefix" = ? AND k."revoked_at" IS NULL`,
      [prefix],
    );
    if (!row || !apiKeyMatches(key, row.key_hash) || row.disabled_at) return null;
    await this.touchKey(row.key_id);
    return { user: toUser(row), keyId: row.key_id };
  }

  /**
   * Records a key's use, at most once a minute per key, best effort: a busy, read-only or full
   * database must not turn every authenticated read into an error.
   */
  private async touchKey(keyId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(keyId) ?? 0) < 60_000) return;
    if (this.touched.size >= 10_000) {
      for (const [id, at] of this.touched) if (now - at >= 60_000) this.touched.delete(id);
    }
    this.touched.set(keyId, now);
    try {
      await this.sql.run('UPDATE "api_keys" SET "last_used_at" = ? WHERE "id" = ?', [
        new Date(now).toISOString(),
        keyId,
      ]);
    } catch {
      // best effort
    }
  }

  async createApiKey(userId: string, name: string): Promise<{ key: ApiKeyDto; apiKey: string }> {
    const { row, key } = await this.sql.transaction((tx) => insertKey(tx, userId, name));
    return { key: toKey(row), apiKey: key };
  }

  async listApiKeys(userId: string): Promise<ApiKeyDto[]> {
    return (
      await this.sql.all<ApiKeyRow>('SELECT * FROM "api_keys" WHERE "user_id" = ? ORDER BY "created_at" DESC, "id"', [
        userId,
      ])
    ).map(toKey);
  }

  /** The user with this e-mail address (compared as stored: trimmed, lower case), or null. */
  async findByEmail(email: string): Promise<UserDto | null> {
    const row = await this.sql.get<UserRow>('SELECT * FROM "users" WHERE "email" = ?', [email.trim().toLowerCase()]);
    return row ? toUser(row) : null;
  }

  /**
   * Revokes one of the user's keys; null when the user has no such key. Revoking the user's last
   * active key would leave them no way back in: refused (LastApiKeyError) unless `force`.
   */
  revokeApiKey(userId: string, keyId: string, opts: { force?: boolean } = {}): Promise<ApiKeyDto | null> {
    return this.sql.transaction(async (tx) => {
      // Locks the user's keys (PostgreSQL; SQLite's transaction holds the write lock already), so two
      // processes revoking the last two keys at once cannot both see "another key is left".
      const keys = await tx.all<ApiKeyRow>(
        `SELECT * FROM "api_keys" WHERE "user_id" = ?${tx.dialect === 'postgresql' ? ' FOR UPDATE' : ''}`,
        [userId],
      );
      const row = keys.find((k) => k.id === keyId);
      if (!row) return null;
      if (row.revoked_at !== null) return toKey(row);
      const others = keys.filter((k) => k.revoked_at === null && k.id !== keyId).length;
      if (others === 0 && !opts.force) throw new LastApiKeyError(keyId);
      const revokedAt = nowIso();
      await tx.run('UPDATE "api_keys" SET "revoked_at" = ? WHERE "id" = ?', [revokedAt, keyId]);
      return toKey({ ...row, revoked_at: revokedAt });
    });
  }
}

async function insertKey(tx: SqlClient, userId: string, name: string): Promise<{ row: ApiKeyRow; key: string }> {
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
  await tx.run(
    'INSERT INTO "api_keys" ("id", "user_id", "name", "prefix", "hash", "created_at") VALUES (?, ?, ?, ?, ?, ?)',
    [row.id, row.user_id, row.name, row.prefix, row.hash, row.created_at],
  );
  return { row, key: generated.key };
}
