import type { SqlClient } from './SqlClient';

/** A server process's lease as stored. */
export interface Lease {
  ownerId: string;
  expiresAtMs: number;
  host: string;
  pid: number;
}

interface LeaseRow {
  owner_id: string;
  expires_at_ms: number;
  host: string;
  pid: number;
}

const toLease = (r: LeaseRow): Lease => ({
  ownerId: r.owner_id,
  expiresAtMs: Number(r.expires_at_ms),
  host: r.host,
  pid: Number(r.pid),
});

/**
 * Leases of running server processes (`server_leases`): each process renews its own row while it
 * lives; one whose lease has expired is gone, and so are the answers it was computing.
 */
export class LeaseStore {
  constructor(private readonly sql: SqlClient) {}

  /** Creates or extends a lease to `lease.expiresAtMs`. */
  async renew(lease: Lease, startedAt: string): Promise<void> {
    await this.sql.run(
      `INSERT INTO "server_leases" ("owner_id", "expires_at_ms", "host", "pid", "started_at") VALUES (?, ?, ?, ?, ?)
       ON CONFLICT ("owner_id") DO UPDATE SET "expires_at_ms" = excluded."expires_at_ms"`,
      [lease.ownerId, Math.round(lease.expiresAtMs), lease.host, lease.pid, startedAt],
    );
  }

  /** Ends `ownerId`'s lease (a graceful stop, after its answers were stored). */
  async release(ownerId: string): Promise<void> {
    await this.sql.run('DELETE FROM "server_leases" WHERE "owner_id" = ?', [ownerId]);
  }

  /** `ownerId`'s lease, or null when it holds none. */
  async get(ownerId: string): Promise<Lease | null> {
    const row = await this.sql.get<LeaseRow>(
      'SELECT "owner_id", "expires_at_ms", "host", "pid" FROM "server_leases" WHERE "owner_id" = ?',
      [ownerId],
    );
    return row ? toLease(row) : null;
  }

  /** The owners of pending answers, each with its lease (null: it holds none). */
  async ownersOfPending(): Promise<{ ownerId: string; lease: Lease | null }[]> {
    const rows = await this.sql.all<{ owner: string } & Partial<LeaseRow>>(
      `SELECT DISTINCT m."owner_id" AS owner, l."owner_id", l."expires_at_ms", l."host", l."pid"
         FROM "messages" m LEFT JOIN "server_leases" l ON l."owner_id" = m."owner_id"
         WHERE m."status" = 'pending' AND m."owner_id" IS NOT NULL`,
    );
    return rows.map((r) => ({
      ownerId: r.owner,
      lease: r.owner_id == null ? null : toLease(r as LeaseRow),
    }));
  }

  /** Removes leases that expired before `beforeMs` (their pending answers were marked interrupted by then). */
  prune(beforeMs: number): Promise<number> {
    return this.sql.run('DELETE FROM "server_leases" WHERE "expires_at_ms" < ?', [Math.round(beforeMs)]);
  }
}
