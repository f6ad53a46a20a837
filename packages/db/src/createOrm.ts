import type { MikroORM, Options } from '@mikro-orm/better-sqlite';

import { DATA_ENTITIES } from './entities';
import { APP_ENTITIES } from './entities/app';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations';

// The driver and the migrator are imported on demand: they take most of a second to load, and reading or
// ingesting an up-to-date database never needs them.

/**
 * The MikroORM configuration of a Musaeid database file: every entity (data and app tables) and the
 * versioned migrations, listed explicitly so no file glob is needed under tsx or vitest.
 */
export async function ormConfig(file: string): Promise<Options> {
  return { ...(await sharedOrmConfig()), dbName: file };
}

/** The configuration every backend shares (entities, migrations); the caller adds where the database is. */
export async function sharedOrmConfig(): Promise<Options> {
  const { Migrator } = await import('@mikro-orm/migrations');
  return {
    entities: [...DATA_ENTITIES, ...APP_ENTITIES],
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: MIGRATIONS_TABLE,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    debug: false,
    allowGlobalContext: false,
  };
}

/**
 * Opens the ORM on a database file (for the server's use of entities). The caller closes it.
 *
 * @example const orm = await createOrm('data/musaeid.db'); const em = orm.em.fork(); ...; await orm.close();
 */
export async function createOrm(file: string): Promise<MikroORM> {
  const { MikroORM } = await import('@mikro-orm/better-sqlite');
  return MikroORM.init(await ormConfig(file));
}
