import pg from 'pg';
import type { MikroORM, Options } from '@mikro-orm/postgresql';

import { sharedOrmConfig } from '../createOrm';
import type { MigrateResult } from '../migrate';

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
