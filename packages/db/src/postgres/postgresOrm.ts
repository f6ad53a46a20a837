import type { MikroORM, Options } from '@mikro-orm/postgresql';
import pg from 'pg';

import { sharedOrmConfig } from '../createOrm';
import { MIGRATIONS_TABLE, type MigrateResult } from '../migrate';
import { MIGRATIONS } from '../migrations';

/** The MikroORM configuration of a PostgreSQL database: the same entities and migrations as a SQLite file. */
export async function postgresOrmConfig(url: string): Promise<Options> {
  return { ...(await sharedOrmConfig()), clientUrl: url } as Options;
}

/**
 * Opens the ORM on a PostgreSQL database (`postgres://user@host:port/db`). The caller closes it.
 *
 * @example const orm = await createPostgresOrm('postgres://musaeid@127.0.0.1/musaeid'); ...; await orm.close();
 */
export async function createPostgresOrm(url: string): Promise<MikroORM> {
  // Imported on demand like the SQLite driver: only PostgreSQL deployments load it.
  const { MikroORM } = await import('@mikro-orm/postgresql');
  return MikroORM.init(await postgresOrmConfig(url));
}

/**
 * Creates or upgrades a PostgreSQL database to the latest schema, all migrations in one transaction
 * (PostgreSQL's DDL is transactional, so a failed upgrade leaves the schema as it was). Idempotent.
 *
 * @example const { applied } = await migratePostgres(url); // ['Migration20261126000001', ...] on an empty database
 */
export async function migratePostgres(url: string): Promise<MigrateResult> {
  // The common case (nothing to apply) without starting the ORM, as migrate() does for a SQLite file.
  if (await isPostgresUpToDate(url)) return { applied: [] };
  // Several servers starting at once on one database migrate one after another: the first applies,
  // the others then find the schema up to date (a session lock, held on its own connection).
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('musaeid_migrate'))");
    const orm = await createPostgresOrm(url);
    try {
      return { applied: (await orm.getMigrator().up()).map((m) => m.name) };
    } finally {
      await orm.close(true);
    }
  } finally {
    await lock.end(); // ends the session, and with it the lock
  }
}

/** Whether every known migration is recorded as applied in the database (false when none is). */
async function isPostgresUpToDate(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
      `"${MIGRATIONS_TABLE}"`,
    ]);
    if (!rows[0]?.present) return false;
    const { rows: done } = await client.query<{ name: string }>(`SELECT "name" FROM "${MIGRATIONS_TABLE}"`);
    const names = new Set(done.map((r) => r.name));
    return MIGRATIONS.every((m) => names.has(m.name));
  } finally {
    await client.end();
  }
}
